import { Grid } from "../core/grid/grid";
import { CellRange } from "../core/grid/grid";
import { ProgressFn } from "../core/ports/workbookPort";
import { GridAssembly } from "./gridAssembly";
import { parseAreasAddress } from "./mergedAreas";
import { isPayloadLimitError } from "./officeErrors";
import { CONTENT_BYTES_PER_CELL, RequestBudget, rowsPerRequest } from "./requestBudget";
import { detailRequests } from "./detailRequests";
import { leavesHiddenRowsOut } from "../core/layout/hiddenBySubtotal";
import { cellRects, formulaRects, isWordText, textRects } from "./textCells";

const STYLE_PROPS: Excel.CellPropertiesLoadOptions = {
  format: { font: { bold: true }, indentLevel: true, fill: { color: true, pattern: true } },
};

/**
 * Read a worksheet's used range into a Grid with a number of syncs that does not grow with its size: one for the
 * extent and merges, then per block of rows one for formulas (a cell without one gives its value) and number formats,
 * and one for the bold, indent and fill of its text cells and the cached results of its formula cells. A formula
 * whose result is text costs one more sync for its style. An ordinary sheet is one block; a block is as many rows as
 * fit in one request. A sheet with a SUBTOTAL that leaves hidden rows out costs one more, for which rows are hidden.
 */
export async function readWorksheet(
  context: Excel.RequestContext,
  name: string,
  budget: RequestBudget,
  onProgress?: ProgressFn,
  mergedAreas = true,
): Promise<Grid> {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load("name");
  // getUsedRange (not …OrNullObject) answers A1 for an empty sheet, so the merges can be asked in the same request.
  const used = sheet.getUsedRange(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  const merged = mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  await context.sync();

  const assembly = new GridAssembly(sheet.name);
  if (merged && !merged.isNullObject) assembly.merges = parseAreasAddress(merged.address);
  const area = { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
  const end = area.top + area.rows;
  let bytesPerCell = CONTENT_BYTES_PER_CELL;
  let maxRows = Number.POSITIVE_INFINITY;
  let row = area.top;
  onProgress?.({ phase: "membaca", done: 0, total: area.rows });
  while (row < end) {
    const rows = Math.min(end - row, maxRows, rowsPerRequest(area.columns, bytesPerCell, budget));
    const block = sheet.getRangeByIndexes(row, area.left, rows, area.columns);
    block.load("formulas, numberFormat");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows that fits in one request (5 MB on the web); an ordinary sheet is one block
      await context.sync();
    } catch (e) {
      if (!isPayloadLimitError(e) || rows === 1) throw e;
      maxRows = Math.ceil(rows / 2);
      continue;
    }
    const formulas = block.formulas;
    const formats = block.numberFormat;
    assembly.putContent(row, area.left, formulas, formats);
    const measured = (JSON.stringify(formulas).length + JSON.stringify(formats).length) / (rows * area.columns);
    bytesPerCell = Math.max(bytesPerCell, Math.ceil(measured * 1.2));
    const withFormulas = formulaRects(formulas, row, area.left);
    await readDetails(context, sheet, textRects(formulas, row, area.left), withFormulas, budget, assembly);
    if (withFormulas.length > 0) {
      const results = formulas.map((line, i) => line.map((_, j) => assembly.formulaResult(row + i, area.left + j)));
      await readDetails(context, sheet, cellRects(results, row, area.left, isWordText), [], budget, assembly);
    }
    row += rows;
    onProgress?.({ phase: "membaca", done: row - area.top, total: area.rows });
  }
  const grid = assembly.grid();
  if (grid.cells.some((line) => line?.some((cell) => cell?.formula !== undefined && leavesHiddenRowsOut(cell.formula))))
    await readHiddenRows(context, sheet, area, grid);
  return grid;
}

/**
 * The rows the sheet hides (by hand or by a filter), one request: the used range's visible cells (ExcelApi 1.9) are
 * runs of rows, and a row in none of them is hidden. Asked only of a sheet whose SUBTOTAL leaves hidden rows out.
 */
async function readHiddenRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: { top: number; left: number; rows: number; columns: number },
  grid: Grid,
): Promise<void> {
  const visible = sheet
    .getRangeByIndexes(area.top, area.left, area.rows, area.columns)
    .getSpecialCellsOrNullObject("Visible");
  visible.load("address");
  await context.sync();
  const shown = new Uint8Array(area.rows);
  if (!visible.isNullObject) {
    for (const r of parseAreasAddress(visible.address)) {
      for (let row = Math.max(r.top, area.top); row <= Math.min(r.bottom, area.top + area.rows - 1); row++)
        shown[row - area.top] = 1;
    }
  }
  const hidden: number[] = [];
  shown.forEach((s, i) => {
    if (s === 0) hidden.push(area.top + i);
  });
  if (hidden.length > 0) grid.hiddenRows = hidden;
}

/**
 * Bold, indent and fill of the text cells and the cached results of the formula cells: one request for an ordinary
 * block, more only when they do not fit in one; none when there is nothing to ask.
 */
async function readDetails(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  styleRects: CellRange[],
  valueRects: CellRange[],
  budget: RequestBudget,
  assembly: GridAssembly,
): Promise<void> {
  const rangeOf = (r: CellRange) => sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
  for (const request of detailRequests(styleRects, valueRects, budget)) {
    const styles = request.styles.map((rect) => ({ rect, result: rangeOf(rect).getCellProperties(STYLE_PROPS) }));
    const values = request.values.map((rect) => ({ rect, range: rangeOf(rect).load("values") }));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request-sized group of ranges; an ordinary block is one group
    await context.sync();
    for (const { rect, range } of values) assembly.putFormulaValues(rect, range.values);
    for (const { rect, result } of styles) assembly.putStyles(rect, result.value);
  }
}
