import { ColumnKey, ColumnMap } from "../model/columns";

/**
 * The user's columns win over what header matching found; a column the user gave to one key is taken from any
 * other key that claimed it. Only `keys` (the family's) are applied; indexes outside the sheet are ignored.
 */
export function applyColumnOverrides(
  found: ColumnMap,
  overrides: ColumnMap | undefined,
  colCount: number,
  keys: readonly ColumnKey[],
): ColumnMap {
  if (!overrides) return found;
  const columns: ColumnMap = { ...found };
  for (const key of keys) {
    const col = overrides[key];
    if (col === undefined || !Number.isInteger(col) || col < 0 || col >= Math.max(colCount, 1)) continue;
    for (const other of Object.keys(columns) as ColumnKey[]) if (columns[other] === col) delete columns[other];
    columns[key] = col;
  }
  return columns;
}

/** `A`, `A dan B`, `A, B dan C`: header words in a message. */
export function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} dan ${words[words.length - 1]}`;
}
