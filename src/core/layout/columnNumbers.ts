import { CellReader } from "./readCells";

const COLUMN_NUMBER = /^\(?\d{1,3}\)?\.?$/;

/**
 * True for the optional row of column numbers under the header (`1 2 3 … 12 8 9 …`): at least three cells, every
 * non-empty one a small whole number. The numbering need not be a clean sequence (the seed restarts at 8).
 */
export function isColumnNumberRow(reader: CellReader, row: number): boolean {
  const cells = reader.grid.cells[row] ?? [];
  let count = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || cell.value === null || cell.value === undefined || cell.value === "") continue;
    const v = cell.value;
    const ok =
      typeof v === "number"
        ? Number.isInteger(v) && v >= 0 && v <= 999
        : typeof v === "string" && COLUMN_NUMBER.test(v.trim());
    if (!ok) {
      if (typeof v === "string" && v.trim() === "") continue;
      return false;
    }
    count++;
  }
  return count >= 3;
}
