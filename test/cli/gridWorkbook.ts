import ExcelJS from "exceljs";
import { Grid } from "../../src/core/grid/grid";

/** A Grid written as an exceljs worksheet: values, formulas with their results, merges, bold and fills. */
export function addGridSheet(workbook: ExcelJS.Workbook, grid: Grid): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(grid.name);
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      if (cell.formula) target.value = { formula: cell.formula, result: cell.value ?? undefined } as ExcelJS.CellValue;
      else if (cell.value !== null) target.value = cell.value;
      if (cell.numFmt) target.numFmt = cell.numFmt;
      if (cell.bold) target.font = { bold: true };
      if (cell.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.fill.slice(1)}` } };
    }),
  );
  for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return ws;
}
