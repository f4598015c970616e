import { ColumnMap } from "../model/columns";
import { parseA1 } from "../grid/address";
import { CellReader } from "./readCells";

/**
 * SUBTOTAL with a function number of 101–111 leaves hidden rows out (109: the sum of the visible rows); 1–11 counts
 * them, as SUM does. Its range: one column, from a row to a row.
 */
const SUBTOTAL_OF_VISIBLE =
  /SUBTOTAL\(\s*1(?:0[1-9]|1[01])\s*,\s*(\$?[A-Z]{1,3}\$?\d+)\s*:\s*(\$?[A-Z]{1,3}\$?\d+)\s*\)/gi;

/**
 * Whether a formula leaves hidden rows out (a SUBTOTAL of 101–111): only then does reading which rows are hidden tell
 * the engine anything, so an adapter that pays for that reading asks it only then.
 */
export function leavesHiddenRowsOut(formula: string): boolean {
  return /SUBTOTAL\(\s*1(?:0[1-9]|1[01])\s*,/i.test(formula);
}

/** A hidden row a parent's SUBTOTAL(109, …) leaves out, and the cell of that formula. */
export interface LeftOutRow {
  row: number;
  /** A1 of the SUBTOTAL that leaves it out. */
  by: string;
}

/**
 * Hidden data rows inside the range of a SUBTOTAL(109, …) in the pagu or realisasi column above them: a sub kegiatan
 * dropped in the APBD-P is hidden, not deleted, and the office's SUBTOTAL leaves it out of its kegiatan. Such a row is
 * no budget row of the sheet (its figures are in no total). Hidden rows under a SUM count, as Excel counts them.
 */
export function hiddenRowsLeftOut(reader: CellReader, columns: ColumnMap, first: number, last: number): LeftOutRow[] {
  const hidden = reader.grid.hiddenRows;
  if (!hidden || hidden.length === 0) return [];
  const cols = [columns.pagu, columns.realisasiAnggaran].filter((c): c is number => c !== undefined);
  const ranges: { top: number; bottom: number; by: string }[] = [];
  for (let r = first; r <= last; r++) {
    for (const c of cols) {
      const formula = reader.grid.cells[r]?.[c]?.formula;
      if (!formula || !/SUBTOTAL/i.test(formula)) continue;
      for (const m of formula.matchAll(SUBTOTAL_OF_VISIBLE)) {
        const from = parseA1(m[1].replace(/\$/g, ""));
        const to = parseA1(m[2].replace(/\$/g, ""));
        if (from && to && from.col === c && to.col === c && from.row > r)
          ranges.push({ top: from.row, bottom: to.row, by: reader.a1(r, c) });
      }
    }
  }
  const out: LeftOutRow[] = [];
  for (const row of hidden) {
    if (row < first || row > last) continue;
    const range = ranges.find((x) => row >= x.top && row <= x.bottom);
    if (range) out.push({ row, by: range.by });
  }
  return out;
}
