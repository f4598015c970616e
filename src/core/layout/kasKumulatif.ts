import { ColumnMap } from "../model/columns";
import { isCumulative, KAS_KEYS, normaliseHeader } from "./headerWords";
import { CellReader } from "./readCells";

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
