import { CellRange } from "../grid/grid";
import { EXCEL_COLUMNS } from "../grid/excelLimits";

/**
 * The merge whose top-left cell is at (row, col), if any, for the passes over every cell of a built sheet (column
 * widths, row heights). Keyed by row × the column count, no string per cell; merges sit in a few rows (titles,
 * captions), so the rows between them are answered without a lookup. Of two merges at one cell, the later counts.
 */
export function mergeAtTopLeft(merges: readonly CellRange[]): (row: number, col: number) => CellRange | undefined {
  const byTopLeft = new Map<number, CellRange>();
  let first = Infinity;
  let last = -Infinity;
  for (const m of merges) {
    byTopLeft.set(m.top * EXCEL_COLUMNS + m.left, m);
    if (!Number.isFinite(m.top)) continue;
    first = Math.min(first, m.top);
    last = Math.max(last, m.top);
  }
  return (row, col) => (row >= first && row <= last ? byTopLeft.get(row * EXCEL_COLUMNS + col) : undefined);
}
