import { ColumnMap } from "../model/columns";
import { isCumulative, KAS_KEYS, normaliseHeader } from "./headerWords";
import { CellReader } from "./readCells";

/**
 * The sheet's one kas column, when its header says it is the kas planned up to a quarter (`RAK S/D TW III`): no
 * quarter's own kas, and no four to add up to the pagu, so it is not read as one (its key is taken out of the map).
 * A column the officer chose is kept.
 */
export function withoutLoneCumulativeKas(
  reader: CellReader,
  headerRows: readonly [number, number],
  columns: ColumnMap,
  chosen: ColumnMap | undefined,
): ColumnMap {
  const present = KAS_KEYS.filter((k) => columns[k] !== undefined);
  if (present.length !== 1 || chosen?.[present[0]] !== undefined) return columns;
  const col = columns[present[0]] as number;
  for (let r = headerRows[0]; r <= headerRows[1]; r++) {
    if (isCumulative(normaliseHeader(reader.masterText(r, col)))) {
      const { [present[0]]: _lone, ...rest } = columns;
      return rest;
    }
  }
  return columns;
}

/**
 * True when the header says the anggaran kas columns are cumulative: `S/D TW II` under `ANGGARAN KAS`, or
 * `ANGGARAN KAS (KUMULATIF)` over `TW I … TW IV`. Each column then holds the kas planned up to and including its
 * quarter, and the one of TW IV is the year's. Read over every header cell from the first kas column to the last,
 * so that a group word written once above the first of them (no merge) counts for all.
 */
export function kasIsCumulative(
  reader: CellReader,
  headerRows: readonly [number, number],
  columns: ColumnMap,
): boolean {
  const kas = KAS_KEYS.map((k) => columns[k]).filter((c): c is number => c !== undefined);
  if (kas.length < 2) return false;
  const left = Math.min(...kas);
  const right = Math.max(...kas);
  for (let r = headerRows[0]; r <= headerRows[1]; r++) {
    for (let c = left; c <= right; c++) if (isCumulative(normaliseHeader(reader.masterText(r, c)))) return true;
  }
  return false;
}
