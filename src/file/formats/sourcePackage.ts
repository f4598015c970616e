import { GridCell } from "../../core/grid/grid";
import { emptyWorkbookParts } from "../package/emptyPackage";
import { SheetWriter } from "../package/sheetWriter";
import { CellLook } from "../package/styleSheet";
import { WorkbookPackage } from "../package/workbookPackage";
import { WorksheetCell, WorksheetContent, worksheetXml } from "../package/worksheetXml";
import { SourceBook, SourceSheet } from "./sourceBook";
import { XmlStyle } from "./spreadsheetMlStyles";

/**
 * A new .xlsx package holding the sheets of a file of another format as real sheets (values, formulas with their
 * cached values, merges, number formats, column widths, bold, indent and fill where the reader knows them), written
 * by the same worksheet writer as the generated sheets. From then on the workbook is an .xlsx like any other.
 */
export function packageFromSourceBook(book: SourceBook): WorkbookPackage {
  const pkg = WorkbookPackage.fromParts(emptyWorkbookParts());
  const writer = new SheetWriter(pkg, new Map());
  const ctx = { finalNames: new Map<string, string>(), styleOf: (look: CellLook) => pkg.styles().xfOf(look) };
  const allHidden = book.sheets.every((s) => s.hidden);
  book.sheets.forEach((sheet, i) => {
    const state = sheet.hidden && !(allHidden && i === 0) ? "hidden" : "visible";
    writer.addSheet(sheet.grid.name, worksheetXml(sheetContent(sheet), ctx), state);
  });
  const workbook = pkg.workbook();
  for (const n of book.names) workbook.setDefinedName(n.name, n.sheet, n.ref);
  if (book.names.length > 0) pkg.touch("workbook");
  pkg.flush();
  return pkg;
}

/** A source sheet as what the worksheet writer writes. */
export function sheetContent(sheet: SourceSheet): WorksheetContent {
  const cells: WorksheetContent["cells"] = [];
  const looks = sheet.looks;
  sheet.grid.cells.forEach((line, row) => {
    line?.forEach((cell, col) => {
      if (!cell) return;
      const look = looks?.get(`${row}:${col}`);
      cells.push({ row, col, cell: look ? { ...worksheetCell(cell), ...lookCell(look) } : worksheetCell(cell) });
    });
  });
  // Blank cells with a look of their own (a table's empty bordered cells): written empty, with it.
  if (looks) {
    for (const [key, look] of looks) {
      const [row, col] = key.split(":").map(Number);
      if (!sheet.grid.cells[row]?.[col]) cells.push({ row, col, cell: { value: null, ...lookCell(look) } });
    }
  }
  return {
    cells,
    merges: sheet.grid.merges,
    columnWidths: sheet.columnWidths,
    rowHeights: sheet.rowHeights,
    ...(sheet.hiddenColumns ? { hiddenColumns: sheet.hiddenColumns } : {}),
    ...(sheet.hiddenRows ? { hiddenRows: sheet.hiddenRows } : {}),
  };
}

/** A look read beside the grid as the writer's cell fields (an indent only ever comes with content, in the grid). */
function lookCell(look: XmlStyle): WorksheetCell {
  const cell: WorksheetCell = {};
  if (look.border) cell.border = true;
  if (look.align) cell.align = look.align;
  if (look.valign) cell.valign = look.valign;
  if (look.wrap) cell.wrap = true;
  if (look.bold) cell.bold = true;
  if (look.fill) cell.fill = look.fill.replace(/^#/, "");
  return cell;
}

function worksheetCell(g: GridCell): WorksheetCell {
  const error = g.text !== undefined && g.text === g.value && typeof g.value === "string" && g.value.startsWith("#");
  const cell: WorksheetCell = {};
  if (g.formula !== undefined) {
    cell.formula = g.formula;
    if (g.value !== null) cell.result = g.value;
  } else cell.value = g.value;
  if (error) cell.error = true;
  if (g.numFmt !== undefined && g.numFmt !== "General") cell.numFmt = g.numFmt;
  if (g.bold) cell.bold = true;
  if (g.indent) cell.indent = g.indent;
  if (g.fill) cell.fill = g.fill.replace(/^#/, "");
  return cell;
}
