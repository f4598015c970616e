import { ColumnMap } from "../model/columns";
import { isColumnNumberRow, lastMappedColumn } from "./columnNumbers";
import { classifyHeader, normaliseHeader } from "./headerWords";
import { CellReader } from "./readCells";

/**
 * Rows inside the data that repeat the header (offices copy it onto every printed page): the row whose uraian and
 * PAGU cells hold those header words, the second header row when the header has two, and a row of column numbers
 * right after. They are skipped, not read as data.
 */
export function repeatedHeaderRows(
  reader: CellReader,
  columns: ColumnMap,
  headerHeight: number,
  first: number,
  last: number,
): Set<number> {
  const skip = new Set<number>();
  const { uraian, pagu } = columns;
  if (uraian === undefined || pagu === undefined) return skip;
  for (let r = first; r <= last; r++) {
    // A number in PAGU is data (its text starts with a digit or a sign), without turning it into text.
    const raw = reader.cell(r, pagu);
    if (typeof raw?.value === "number" && Number.isFinite(raw.value) && !reader.merges.find(r, pagu)) continue;
    const paguText = reader.text(r, pagu);
    if (paguText === "" || /^[\d\s(+-]/.test(paguText)) continue;
    const isPagu = classifyHeader(normaliseHeader(paguText));
    const isUraian = classifyHeader(normaliseHeader(reader.text(r, uraian)));
    if (isPagu?.kind !== "key" || isPagu.key !== "pagu" || isUraian?.kind !== "key" || isUraian.key !== "uraian")
      continue;
    let end = r + headerHeight - 1;
    if (end + 1 <= last && isColumnNumberRow(reader, end + 1, lastMappedColumn(columns))) end++;
    for (let k = r; k <= end; k++) skip.add(k);
    r = end;
  }
  return skip;
}
