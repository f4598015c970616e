import { CellSpec } from "./sheetSpec";
import { TableRows } from "./pageBreaks";

/** `#,##0` and `#,##0.00`, with or without the draft mark's `"*"` (figureMarks.ts, withStar). */
const WHOLE = /#,##0(?![.0#])/g;
const unmarked = (numFmt: string) => numFmt.replace(/"\*"/g, "");

/**
 * One money format per column of a table's rows: where some amounts have sen (`218.530.004,75`, `#,##0.00`), the
 * whole ones beside them are shown with `,00` too, so that a printed column does not mix both (print31 F7). Amounts
 * are the right-aligned cells (amountCell); an indikator's figures, centred, keep the digits each is written with.
 * Values stay as they are; a changed cell is a new object (cells may be shared between rows). Returns the cells in
 * order.
 */
export function oneAmountFormatPerColumn<P extends { row: number; col: number; cell: CellSpec }>(
  cells: P[],
  tables: readonly TableRows[],
): P[] {
  const blocks = tables.flatMap((t) => [t.body, ...(t.parts ?? []).map((p) => p.body)]);
  if (blocks.length === 0) return cells;
  const blockOf = (row: number) => blocks.findIndex(([top, bottom]) => row >= top && row <= bottom);
  // Columns of each block that hold an amount with sen.
  const withSen = new Set<string>();
  let lastRow = -1;
  let block = -1;
  for (const { row, col, cell } of cells) {
    if (cell.numFmt === undefined || cell.align !== "right" || !cell.numFmt.includes("#,##0.00")) continue;
    if (row !== lastRow) [lastRow, block] = [row, blockOf(row)];
    if (block >= 0 && unmarked(cell.numFmt) === "#,##0.00") withSen.add(`${block}:${col}`);
  }
  if (withSen.size === 0) return cells;
  lastRow = -1;
  return cells.map((placed) => {
    const numFmt = placed.cell.numFmt;
    if (numFmt === undefined || placed.cell.align !== "right" || unmarked(numFmt) !== "#,##0") return placed;
    if (placed.row !== lastRow) [lastRow, block] = [placed.row, blockOf(placed.row)];
    if (block < 0 || !withSen.has(`${block}:${placed.col}`)) return placed;
    return { ...placed, cell: { ...placed.cell, numFmt: numFmt.replace(WHOLE, "#,##0.00") } };
  });
}
