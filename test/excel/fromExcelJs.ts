import ExcelJS from "exceljs";
import { CellValue } from "../../src/core/grid/grid";
import { createInMemoryExcel, InMemoryExcel } from "./inMemoryExcel";
import { FakeSheet } from "./fake/model";

/**
 * Shades of the Office 2007 theme (the one exceljs writes) as Excel's colour picker shows them, by theme index and
 * tint in whole percent: what Excel reports as `format.fill.color` for such a cell. Only the shades the tests use;
 * an unknown one fails rather than guess.
 */
const EXCEL_THEME_SHADES: Record<string, string> = {
  "4:80": "#DCE6F1",
  "4:40": "#95B3D7",
  "9:40": "#FABF8F",
  "0:-15": "#D9D9D9",
};

/**
 * An in-memory Excel holding an exceljs workbook's worksheets as Excel would hold them after opening the file:
 * values (a formula cell holds its cached result), formulas, number formats, bold, indent, solid fills resolved to
 * `#RRGGBB`, merges (merged-away cells empty). Independent of the package reader under test.
 */
export function inMemoryFromExcelJs(workbook: ExcelJS.Workbook): InMemoryExcel {
  const excel = createInMemoryExcel();
  for (const ws of workbook.worksheets) {
    const sheet = new FakeSheet(ws.name);
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const target = sheet.cell(r - 1, c - 1);
        const v = cell.value as unknown;
        if (cell.type === ExcelJS.ValueType.Formula) {
          target.formula = cell.formula;
          target.value = plain(cell.result);
        } else target.value = plain(v);
        if (cell.numFmt && cell.numFmt !== "General") target.numFmt = cell.numFmt;
        if (cell.font?.bold) target.format.bold = true;
        if (cell.alignment?.indent) target.format.indent = cell.alignment.indent;
        const fill = solidFill(cell.fill);
        if (fill) target.format.fill = fill;
      }),
    );
    sheet.merges = Object.values((ws as unknown as { _merges: Record<string, ExcelJS.Range> })._merges).map((m) => ({
      top: m.top - 1,
      left: m.left - 1,
      bottom: m.bottom - 1,
      right: m.right - 1,
    }));
    excel.workbook.model.sheets.push(sheet);
  }
  excel.workbook.model.active = excel.workbook.model.sheets[0] ?? null;
  return excel;
}

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  const o = v as { error?: string; richText?: { text: string }[] };
  if (o.error) return o.error;
  if (o.richText) return o.richText.map((r) => r.text).join("");
  throw new Error(`inMemoryFromExcelJs: unsupported value ${JSON.stringify(v)}`);
}

function solidFill(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid" || !fill.fgColor) return undefined;
  const color = fill.fgColor as { argb?: string; theme?: number; tint?: number };
  if (color.argb) return `#${color.argb.slice(-6).toUpperCase()}`;
  const key = `${color.theme}:${Math.round((color.tint ?? 0) * 100)}`;
  const shade = EXCEL_THEME_SHADES[key];
  if (!shade) throw new Error(`inMemoryFromExcelJs: no known Excel shade for theme colour ${key}`);
  return shade;
}
