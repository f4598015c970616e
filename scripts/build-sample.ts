/**
 * Builds assets/samples/pengukuran-kinerja-2022.xlsx from its data file, with exceljs directly (not through the
 * engine), laid out like the office's own Pengukuran Kinerja sheet.
 *
 *   npx tsx scripts/build-sample.ts [out.xlsx]
 *
 * Sheet "TW I 2022" holds every number as text exactly as typed; "TW IV 2022" holds real numbers with formats
 * that show the same digits. The output is byte-for-byte reproducible.
 */
import * as fs from "fs";
import * as path from "path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import JSZip from "jszip";

export type Level = "program" | "kegiatan" | "subKegiatan";
type Four = [string, string, string, string];

export interface SampleBudgetRow {
  level: Level;
  uraian: string;
  pagu: string;
  kas: Four;
  realisasi: string;
  capaian: string;
}

export interface SampleIndikator {
  name: string;
  /** Numerator then denominator, one sheet row each. */
  formulasi: string[];
  target: Four;
  realisasi: string;
  capaian: string;
}

export interface SampleSasaran {
  name: string;
  indikator: SampleIndikator[];
  budget: SampleBudgetRow[];
}

export interface SampleTujuan {
  no: string;
  name: string;
  indikatorTujuan: string;
  sasaran: SampleSasaran[];
}

export interface SampleSheet {
  name: string;
  /** "text": every number as the typed text; "typed": real numbers with number formats. */
  numbers: "text" | "typed";
  title: string[];
  columnNumbers: string[];
  tujuan: SampleTujuan[];
  signature: string[];
}

export interface SampleData {
  description: string;
  source: string;
  /** Top and second header row, one entry per column; "" continues a group (top) or merges down (sub). */
  header: { top: string[]; sub: string[] };
  notes: string[];
  sheets: SampleSheet[];
}

const ROOT = path.join(__dirname, "..");
export const SAMPLE_DATA_PATH = path.join(ROOT, "assets", "samples", "pengukuran-kinerja-2022.data.json");
export const SAMPLE_XLSX_PATH = path.join(ROOT, "assets", "samples", "pengukuran-kinerja-2022.xlsx");

/** 1-based columns of the layout (A..T). */
export const COL = {
  no: 1,
  tujuan: 2,
  indikatorTujuan: 3,
  sasaran: 4,
  indikator: 5,
  formulasi: 6,
  target: 7,
  realisasiKinerja: 11,
  capaianKinerja: 12,
  uraian: 13,
  pagu: 14,
  kas: 15,
  realisasi: 19,
  capaian: 20,
} as const;
export const TABLE_WIDTH = 20;
export const HEADER_ROW = 5;
export const COLUMN_NUMBER_ROW = 7;
export const FIRST_DATA_ROW = 8;

const FIXED_DATE = new Date(Date.UTC(2022, 11, 30, 0, 0, 0));
const COLUMN_WIDTHS = [5, 22, 22, 22, 24, 30, 10, 10, 10, 10, 11, 11, 48, 17, 16, 16, 16, 16, 17, 10];
const LINE_HEIGHT = 12;
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

type NumberKind = "amount" | "percentPoints" | "kinerja";

interface TypedCell {
  value: ExcelJS.CellValue;
  numFmt?: string;
}

export function readSampleData(file: string = SAMPLE_DATA_PATH): SampleData {
  return JSON.parse(fs.readFileSync(file, "utf8")) as SampleData;
}

/** Rows an indikator takes: one per formulasi line. */
export function indikatorHeight(ind: SampleIndikator): number {
  return Math.max(1, ind.formulasi.length);
}

/** Rows a sasaran block takes: its budget rows or its indikator rows, whichever is more. */
export function sasaranHeight(s: SampleSasaran): number {
  const indikatorRows = s.indikator.reduce((n, i) => n + indikatorHeight(i), 0);
  return Math.max(1, s.budget.length, indikatorRows);
}

/** Turn a seed text (`412.786.800`, `97,44%`, `99,84`, `-`) into what a sheet with real numbers holds. */
export function typedCell(text: string, kind: NumberKind, where: string): TypedCell {
  const s = text.trim();
  if (s === "") return { value: null };
  if (s === "-") return { value: "-" };
  const m = /^(-?)(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?(%?)$/.exec(s);
  if (!m) throw new Error(`${where}: "${text}" bukan angka yang dikenali`);
  const [, sign, int, frac = "", percent] = m;
  const number = new Decimal(`${sign}${int.replace(/\./g, "")}.${frac || "0"}`);
  const zeros = frac.length > 0 ? "." + "0".repeat(frac.length) : "";
  if (percent) return { value: number.div(100).toNumber(), numFmt: `0${zeros}%` };
  if (kind === "amount") return { value: number.toNumber(), numFmt: `#,##0${zeros}` };
  return { value: number.toNumber(), numFmt: `0${zeros}` };
}

function numberCell(sheet: SampleSheet, text: string, kind: NumberKind, where: string): TypedCell {
  if (sheet.numbers === "text") return text === "" ? { value: null } : { value: text, numFmt: "@" };
  return typedCell(text, kind, where);
}

function styleCell(cell: ExcelJS.Cell, opts: { numeric: boolean; center: boolean }) {
  cell.style = {
    font: { name: "Arial", size: 9, bold: false },
    alignment: {
      vertical: "top",
      horizontal: opts.center ? "center" : opts.numeric ? "right" : "left",
      wrapText: true,
    },
    border: BOX,
  };
}

function put(ws: ExcelJS.Worksheet, row: number, col: number, value: ExcelJS.CellValue, numFmt?: string) {
  const cell = ws.getCell(row, col);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
}

function mergeDown(ws: ExcelJS.Worksheet, top: number, bottom: number, col: number) {
  if (bottom > top) ws.mergeCells(top, col, bottom, col);
}

function writeTitle(ws: ExcelJS.Worksheet, title: string[]) {
  title.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.style = { font: { name: "Arial", size: 12, bold: true }, alignment: { horizontal: "center", vertical: "middle" } };
    ws.mergeCells(i + 1, 1, i + 1, TABLE_WIDTH);
  });
}

function writeHeader(ws: ExcelJS.Worksheet, data: SampleData, sheet: SampleSheet) {
  const { top, sub } = data.header;
  for (let c = 1; c <= TABLE_WIDTH; c++) {
    for (const [row, text] of [
      [HEADER_ROW, top[c - 1]],
      [HEADER_ROW + 1, sub[c - 1]],
    ] as const) {
      const cell = ws.getCell(row, c);
      cell.value = text === "" ? null : text;
      cell.style = {
        font: { name: "Arial", size: 9, bold: true },
        alignment: { horizontal: "center", vertical: "middle", wrapText: true },
        border: BOX,
        fill: HEADER_FILL,
      };
    }
    const n = sheet.columnNumbers[c - 1] ?? "";
    const numberCellAt = ws.getCell(COLUMN_NUMBER_ROW, c);
    numberCellAt.value = n === "" ? null : sheet.numbers === "text" ? n : Number(n);
    numberCellAt.style = {
      font: { name: "Arial", size: 8, italic: true },
      alignment: { horizontal: "center", vertical: "middle" },
      border: BOX,
      ...(sheet.numbers === "text" ? { numFmt: "@" } : {}),
    };
  }
  for (let c = 1; c <= TABLE_WIDTH; c++) {
    if (top[c - 1] === "") continue;
    let end = c;
    while (end < TABLE_WIDTH && top[end] === "") end++;
    if (end > c) ws.mergeCells(HEADER_ROW, c, HEADER_ROW, end);
    else if (sub[c - 1] === "") ws.mergeCells(HEADER_ROW, c, HEADER_ROW + 1, c);
  }
}

/** NO as typed: a whole number is a number in a sheet with real numbers; `4.` stays text. */
function tujuanNo(sheet: SampleSheet, no: string): ExcelJS.CellValue {
  if (no === "") return null;
  return sheet.numbers === "typed" && /^\d+$/.test(no) ? Number(no) : no;
}

/** Style every table cell first (a merge copies the master's style), then write values, then merge. */
function writeBody(ws: ExcelJS.Worksheet, sheet: SampleSheet, lastRow: number) {
  const numericCols = new Set<number>([7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20]);
  for (let r = FIRST_DATA_ROW; r <= lastRow; r++) {
    for (let c = 1; c <= TABLE_WIDTH; c++) {
      styleCell(ws.getCell(r, c), { numeric: numericCols.has(c), center: c === COL.no });
    }
  }
  const merges: [number, number, number][] = [];
  let row = FIRST_DATA_ROW;
  for (const tujuan of sheet.tujuan) {
    const tujuanTop = row;
    put(ws, row, COL.no, tujuanNo(sheet, tujuan.no));
    put(ws, row, COL.tujuan, tujuan.name || null);
    put(ws, row, COL.indikatorTujuan, tujuan.indikatorTujuan || null);
    for (const sasaran of tujuan.sasaran) {
      const top = row;
      put(ws, top, COL.sasaran, sasaran.name || null);
      writeIndikator(ws, sheet, sasaran, top, merges);
      sasaran.budget.forEach((b, i) => writeBudgetRow(ws, sheet, b, top + i));
      row += sasaranHeight(sasaran);
      merges.push([top, row - 1, COL.sasaran]);
    }
    for (const c of [COL.no, COL.tujuan, COL.indikatorTujuan]) merges.push([tujuanTop, row - 1, c]);
  }
  for (const [top, bottom, col] of merges) mergeDown(ws, top, bottom, col);
}

function writeIndikator(
  ws: ExcelJS.Worksheet,
  sheet: SampleSheet,
  sasaran: SampleSasaran,
  top: number,
  merges: [number, number, number][],
) {
  let r = top;
  for (const ind of sasaran.indikator) {
    const h = indikatorHeight(ind);
    const where = `${sheet.name} indikator "${ind.name}"`;
    put(ws, r, COL.indikator, ind.name || null);
    ind.formulasi.forEach((line, i) => put(ws, r + i, COL.formulasi, line || null));
    const numbers = [...ind.target, ind.realisasi, ind.capaian];
    numbers.forEach((text, i) => {
      const t = numberCell(sheet, text, "kinerja", where);
      put(ws, r, COL.target + i, t.value, t.numFmt);
    });
    for (let c: number = COL.indikator; c <= COL.capaianKinerja; c++) if (c !== COL.formulasi) merges.push([r, r + h - 1, c]);
    r += h;
  }
}

function writeBudgetRow(ws: ExcelJS.Worksheet, sheet: SampleSheet, b: SampleBudgetRow, row: number) {
  const where = `${sheet.name} baris ${row} "${b.uraian}"`;
  put(ws, row, COL.uraian, b.uraian || null);
  const amounts = [b.pagu, ...b.kas, b.realisasi];
  amounts.forEach((text, i) => {
    const t = numberCell(sheet, text, "amount", where);
    put(ws, row, COL.pagu + i, t.value, t.numFmt);
  });
  const capaian = numberCell(sheet, b.capaian, "percentPoints", where);
  put(ws, row, COL.capaian, capaian.value, capaian.numFmt);
  if (b.level === "program") {
    for (let c = COL.uraian; c <= TABLE_WIDTH; c++) {
      const cell = ws.getCell(row, c);
      cell.font = { ...cell.font, bold: true };
    }
  }
}

function writeSignature(ws: ExcelJS.Worksheet, lines: string[], firstRow: number) {
  const left = COL.kas + 1;
  lines.forEach((line, i) => {
    const cell = ws.getCell(firstRow + i, left);
    cell.value = line === "" ? null : line;
    cell.style = { font: { name: "Arial", size: 10 }, alignment: { horizontal: "center" } };
    ws.mergeCells(firstRow + i, left, firstRow + i, TABLE_WIDTH);
  });
}

/** Lines a wrapped text needs in a column of the given width (Arial 9 fits about 1.3 characters per unit, bold 1.15). */
function wrappedLines(text: string, width: number, bold: boolean): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? 1.15 : 1.3)));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * exceljs does not size rows and LibreOffice keeps the default height, which hides wrapped text: give every row the
 * height its single-row cells need, then grow the last row of a vertical merge whose text still does not fit.
 */
function fitRowHeights(ws: ExcelJS.Worksheet, first: number, last: number) {
  const heights = new Map<number, number>();
  const tall: { top: number; bottom: number; lines: number }[] = [];
  for (let r = first; r <= last; r++) {
    heights.set(r, 1);
    for (let c = 1; c <= TABLE_WIDTH; c++) {
      const cell = ws.getCell(r, c);
      if (cell.isMerged && cell.master !== cell) continue;
      if (cell.value === null || cell.value === undefined) continue;
      const lines = wrappedLines(String(cell.value), COLUMN_WIDTHS[c - 1], cell.font?.bold === true);
      const bottom = mergeBottom(ws, r, c, last);
      if (bottom === r) heights.set(r, Math.max(heights.get(r)!, lines));
      else tall.push({ top: r, bottom, lines });
    }
  }
  for (const { top, bottom, lines } of tall) {
    let have = 0;
    for (let r = top; r <= bottom; r++) have += heights.get(r)!;
    if (have < lines) heights.set(bottom, heights.get(bottom)! + lines - have);
  }
  for (const [r, lines] of heights) ws.getRow(r).height = lines * LINE_HEIGHT + 3;
}

/** Last row of the vertical merge that starts at (row, col), or row itself. */
function mergeBottom(ws: ExcelJS.Worksheet, row: number, col: number, last: number): number {
  const master = ws.getCell(row, col);
  let r = row;
  while (r < last && ws.getCell(r + 1, col).isMerged && ws.getCell(r + 1, col).master === master) r++;
  return r;
}

/** Last table row of a sheet: the data rows follow the column-number row. */
export function lastDataRow(sheet: SampleSheet): number {
  const rows = sheet.tujuan.reduce((n, t) => n + t.sasaran.reduce((m, s) => m + sasaranHeight(s), 0), 0);
  return FIRST_DATA_ROW + rows - 1;
}

function addSheet(wb: ExcelJS.Workbook, data: SampleData, sheet: SampleSheet) {
  const ws = wb.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${HEADER_ROW}:${COLUMN_NUMBER_ROW}`,
      margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  COLUMN_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  writeTitle(ws, sheet.title);
  writeHeader(ws, data, sheet);
  const last = lastDataRow(sheet);
  writeBody(ws, sheet, last);
  fitRowHeights(ws, FIRST_DATA_ROW, last);
  writeSignature(ws, sheet.signature, last + 2);
}

export function buildSampleWorkbook(data: SampleData): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "lkjip-excel";
  wb.lastModifiedBy = "lkjip-excel";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of data.sheets) addSheet(wb, data, sheet);
  return wb;
}

/** exceljs stamps every zip entry with the current time; rewrite them with a fixed one so rebuilds are identical. */
export async function normaliseZip(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  const names: string[] = [];
  zip.forEach((name, entry) => {
    if (!entry.dir) names.push(name);
  });
  for (const name of names) {
    out.file(name, await zip.file(name)!.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

export async function writeSampleXlsx(data: SampleData, outFile: string): Promise<void> {
  const raw = Buffer.from(await buildSampleWorkbook(data).xlsx.writeBuffer());
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, await normaliseZip(raw));
}

async function main() {
  const out = process.argv[2] ? path.resolve(process.argv[2]) : SAMPLE_XLSX_PATH;
  await writeSampleXlsx(readSampleData(), out);
  console.log(`Contoh ditulis: ${path.relative(process.cwd(), out)}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
