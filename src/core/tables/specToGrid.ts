import { Grid, GridCell } from "../grid/grid";
import { SheetSpec } from "./sheetSpec";

/**
 * The Grid a workbook would give back for a written SheetSpec (formula cells hold their cached result): how the
 * engine re-reads a sheet it generated, e.g. the Data Pendukung template once the user has filled it.
 */
export function specToGrid(spec: SheetSpec): Grid {
  let rowCount = 0;
  let colCount = spec.columnWidths.length;
  for (const { row, col } of spec.cells) {
    rowCount = Math.max(rowCount, row + 1);
    colCount = Math.max(colCount, col + 1);
  }
  const cells: (GridCell | undefined)[][] = Array.from({ length: rowCount }, () => []);
  for (const { row, col, cell } of spec.cells) {
    const value = cell.formula !== undefined ? (cell.result ?? null) : (cell.value ?? null);
    if (value === null && cell.formula === undefined) continue;
    const g: GridCell = { value };
    if (cell.numFmt) g.numFmt = cell.numFmt;
    if (cell.formula !== undefined) g.formula = cell.formula;
    if (cell.bold) g.bold = true;
    // Fills as the adapters give them: on text cells, as `#RRGGBB`.
    if (cell.fill && typeof value === "string" && /\p{L}/u.test(value)) g.fill = `#${cell.fill}`;
    cells[row][col] = g;
  }
  return { name: spec.name, rowCount, colCount, cells, merges: spec.merges.map((m) => ({ ...m })) };
}
