/**
 * Writes ErSheets with exceljs: values, formulas with their cached results, number formats, fonts, borders, fills
 * (by ARGB or by theme colour and tint) and merges. The zip entries get a fixed date so a rebuild is identical.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { formulaText } from "./formula";
import { Cell, CellStyle, columnLetters, ErSheet } from "./sheet";

export interface SheetSetup {
  /** Rows repeated on every printed page, e.g. "8:11". */
  printTitlesRow?: string;
  /** Freeze panes below this row. */
  freezeRows?: number;
}

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };

function fillOf(style: CellStyle): ExcelJS.Fill | undefined {
  if (!style.fill) return undefined;
  const { argb, theme, tint } = style.fill;
  const fgColor = (argb ? { argb } : { theme, ...(tint !== undefined ? { tint } : {}) }) as Partial<ExcelJS.Color>;
  return { type: "pattern", pattern: "solid", fgColor };
}

function styleOf(cell: Cell): Partial<ExcelJS.Style> {
  const s = cell.style ?? {};
  const style: Partial<ExcelJS.Style> = {
    font: { name: "Arial", size: s.size ?? 9, bold: s.bold === true, italic: s.italic === true },
    alignment: {
      horizontal: s.h ?? "left",
      vertical: s.v ?? "top",
      wrapText: s.wrap === true,
    },
  };
  if (s.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const fill = fillOf(s);
  if (fill) style.fill = fill;
  if (cell.numFmt) style.numFmt = cell.numFmt;
  return style;
}

export function addSheet(wb: ExcelJS.Workbook, sheet: ErSheet, setup: SheetSetup = {}): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(setup.printTitlesRow ? { printTitlesRow: setup.printTitlesRow } : {}),
      margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    ...(setup.freezeRows ? { views: [{ state: "frozen", ySplit: setup.freezeRows, xSplit: 0 }] } : {}),
  });
  sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [key, cell] of sheet.cells) {
    const target = ws.getCell(key);
    target.style = styleOf(cell);
    if (cell.formula)
      target.value = { formula: formulaText(cell.formula), result: cell.value as number } as ExcelJS.CellFormulaValue;
    else target.value = cell.value;
  }
  for (const m of sheet.merges) ws.mergeCells(`${columnLetters(m.left)}${m.top}:${columnLetters(m.right)}${m.bottom}`);
  for (const [row, height] of sheet.heights) ws.getRow(row).height = height;
  return ws;
}

export function newWorkbook(date: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "lkjip-excel";
  wb.lastModifiedBy = "lkjip-excel";
  wb.created = date;
  wb.modified = date;
  return wb;
}

/** exceljs stamps every zip entry with the current time; rewrite them with a fixed one so rebuilds are identical. */
async function normaliseZip(buffer: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  const names: string[] = [];
  zip.forEach((name, entry) => {
    if (!entry.dir) names.push(name);
  });
  for (const name of names) out.file(name, await zip.file(name)!.async("uint8array"), { date, createFolders: false });
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

export async function writeWorkbook(wb: ExcelJS.Workbook, file: string, date: Date): Promise<void> {
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await normaliseZip(raw, date));
}
