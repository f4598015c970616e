import { ColumnMap } from "../model/columns";
import { GridCell } from "../grid/grid";
import { CellReader } from "./readCells";

const COLUMN_NUMBER = /^\(?\d{1,3}\)?\.?$/;

/**
 * True for the optional row of column numbers under the header (`1 2 3 … 12 8 9 …`): at least three cells, every
 * non-empty one a small whole number. The numbering need not be a clean sequence (the seed restarts at 8). Only
 * the table's columns count (up to `lastColumn`, the last one recognised): a note or a link typed right of them on
 * that row is not part of the numbering and does not make it a data row.
 */
export function isColumnNumberRow(reader: CellReader, row: number, lastColumn = Infinity): boolean {
  return everyFilledCell(reader, row, lastColumn, (v) =>
    typeof v === "number"
      ? Number.isInteger(v) && v >= 0 && v <= 999
      : typeof v === "string" && COLUMN_NUMBER.test(v.trim()),
  );
}

/**
 * True when the row has at least three cells with content up to `lastColumn` and each of them passes `ok`; a cell
 * holding only spaces counts as empty.
 */
function everyFilledCell(
  reader: CellReader,
  row: number,
  lastColumn: number,
  ok: (v: NonNullable<GridCell["value"]>) => boolean,
): boolean {
  const cells = reader.grid.cells[row] ?? [];
  let count = 0;
  const end = Math.min(cells.length - 1, lastColumn);
  for (let c = 0; c <= end; c++) {
    const v = cells[c]?.value;
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
    if (!ok(v)) return false;
    count++;
  }
  return count >= 3;
}

/** The rightmost column the column map names: cells right of it on a numbering row are the officer's notes. */
export function lastMappedColumn(columns: ColumnMap): number {
  let last = -1;
  for (const col of Object.values(columns)) if (typeof col === "number" && col > last) last = col;
  return last < 0 ? Infinity : last;
}

/** What a unit row under the header says in a cell: `%`, `(Rp)`, `%/satuan`, `Rp (000)`, `K`, `Satuan`. */
const UNIT_WORD =
  /^\(?\s*(?:%|rp\.?|rupiah|satuan|k|kinerja|volume|fisik|persen|keuangan|(?:%|persen)\s*\/\s*satuan|satuan\s*\/\s*(?:%|persen)|rp\.?\s*\(?\s*(?:000|ribu(?:an)?|juta(?:an)?)\s*\)?)\s*\)?$/i;

/**
 * A row of units under the header (`%/satuan | % | (Rp) | (Rp) …`): header, not data. At least three cells, each a
 * unit word, up to the last mapped column.
 */
export function isUnitRow(reader: CellReader, row: number, lastColumn = Infinity): boolean {
  return everyFilledCell(reader, row, lastColumn, (v) => typeof v === "string" && UNIT_WORD.test(v.trim()));
}
