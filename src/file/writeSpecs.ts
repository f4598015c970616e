import ExcelJS from "exceljs";
import { quoteSheetName } from "../core/grid/address";
import { CellSpec, PrintSetup, SheetSpec } from "../core/tables/sheetSpec";

const A4 = 9;
/** Inches, as exceljs and Excel's page setup count them. */
const DEFAULT_MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
const INPUT_FILL = "FFF2CC";
const LINK_COLOUR = "FF0563C1";
const FONT_NAME = "Calibri";
const FONT_SIZE = 11;
const THIN = { style: "thin" as const };
const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Add one generated sheet to the workbook under its final name. `finalNames` maps a spec's desired name to the
 * name it was written under, so links to another generated sheet follow a suffix such as ` (2)`.
 */
export function writeSheetSpec(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  name: string,
  finalNames: ReadonlyMap<string, string> = new Map(),
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(name, {
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : undefined,
    views: spec.freeze ? [{ state: "frozen", xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }] : undefined,
    pageSetup: pageSetup(spec.print),
  });
  spec.columnWidths.forEach((width, i) => {
    if (width > 0) worksheet.getColumn(i + 1).width = width;
  });
  for (const { row, height } of spec.rowHeights ?? []) worksheet.getRow(row + 1).height = height;
  for (const { row, col, cell } of spec.cells) writeCell(worksheet.getCell(row + 1, col + 1), cell, finalNames);
  for (const m of spec.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    worksheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  if (spec.autoFilter) {
    const f = spec.autoFilter;
    worksheet.autoFilter = {
      from: { row: f.top + 1, column: f.left + 1 },
      to: { row: f.bottom + 1, column: f.right + 1 },
    };
  }
  return worksheet;
}

function writeCell(target: ExcelJS.Cell, spec: CellSpec, finalNames: ReadonlyMap<string, string>): void {
  if (spec.formula !== undefined) {
    // The constructor keeps a result of 0 (the `value` setter of a formula would drop it).
    target.value = { formula: spec.formula, result: spec.result } as ExcelJS.CellFormulaValue;
  } else if (spec.link) {
    const sheet = finalNames.get(spec.link.sheet) ?? spec.link.sheet;
    const text = spec.value === null || spec.value === undefined ? `${sheet}!${spec.link.cell}` : String(spec.value);
    target.value = { text, hyperlink: `#${quoteSheetName(sheet)}!${spec.link.cell}` };
  } else if (spec.value !== undefined) {
    target.value = spec.value;
  }
  if (spec.numFmt) target.numFmt = spec.numFmt;
  const font = fontOf(spec);
  if (font) target.font = font;
  if (spec.wrap || spec.align || spec.valign) {
    target.alignment = {
      wrapText: spec.wrap || undefined,
      horizontal: spec.align,
      vertical: spec.valign === "middle" ? "middle" : spec.valign,
    };
  }
  if (spec.border) target.border = THIN_BORDER;
  const fill = spec.fill ?? (spec.input ? INPUT_FILL : undefined);
  if (fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } };
}

/**
 * Every written cell names its font and size: a font without them falls back to the application's default
 * (LibreOffice: another face and size than Excel's Calibri 11), which breaks the row heights the tables plan.
 */
function fontOf(spec: CellSpec): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = { name: FONT_NAME, family: 2, size: spec.fontSize ?? FONT_SIZE };
  if (spec.bold) font.bold = true;
  if (spec.italic) font.italic = true;
  if (spec.link) {
    font.underline = true;
    font.color = { argb: LINK_COLOUR };
  }
  return font;
}

function pageSetup(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  const setup: Partial<ExcelJS.PageSetup> = {
    orientation: print.orientation,
    paperSize: A4 as ExcelJS.PageSetup["paperSize"],
    fitToPage: print.fitToWidth,
    margins: { ...DEFAULT_MARGINS, ...(print.margins ?? {}) },
  };
  if (print.fitToWidth) {
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
  if (print.repeatRows) setup.printTitlesRow = `${print.repeatRows[0] + 1}:${print.repeatRows[1] + 1}`;
  return setup;
}

function argb(rgb: string): string {
  const hex = rgb.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex : `FF${hex}`;
}
