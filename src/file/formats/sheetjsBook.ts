import { excelReferences, hasBracketReference } from "./odsFormula";
import type * as SheetJs from "@e965/xlsx";
import { CellRange, CellValue, GridCell } from "../../core/grid/grid";
import { SourceBook, SourceName, SourceReadError, SourceSheet } from "./sourceBook";
import { sheetNames } from "./sheetNames";
import { decodeEntities } from "./htmlEntities";
import { declaresOtherThanUtf8, decodeText } from "./textBytes";
import { odsLayout } from "./odsLayout";
import { xlsLayout, XlsSheetLayout } from "./xlsLayout";
import { spreadsheetMlLayout, XmlStyle } from "./spreadsheetMlStyles";

/*
 * SheetJS (community edition 0.20.3, from npm as @e965/xlsx) reads the binary and foreign workbook formats: see
 * README.md in this folder for why, and for what it gives per format. It is loaded on first use, so a page or a run
 * that only ever opens .xlsx files never loads it.
 */
let library: Promise<typeof SheetJs> | null = null;
const sheetJs = () => (library ??= import("@e965/xlsx"));

/** Messages SheetJS prints while reading a valid file: about a number format it approximates. */
const EXPECTED_WARNINGS = [/^ODS number format may be incorrect/];
const EXCEL_ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/** Read an .xls, .ods or SpreadsheetML 2003 file with SheetJS. */
export async function readWithSheetJs(bytes: Uint8Array, format: "xls" | "ods" | "spreadsheetml"): Promise<SourceBook> {
  const XLSX = await sheetJs();
  let workbook: SheetJs.WorkBook;
  try {
    // SheetJS reads SpreadsheetML bytes as UTF-8 whatever its XML declaration says: a windows-1252 export is
    // decoded here and handed over as text.
    const asText = format === "spreadsheetml" && declaresOtherThanUtf8(bytes);
    workbook = quietly(() =>
      XLSX.read(asText ? decodeText(bytes) : bytes, {
        type: asText ? "string" : "array",
        // Formulas with their cached values, number formats, fills; no conversion of text into numbers or dates.
        cellFormula: true,
        cellNF: true,
        cellStyles: true,
        cellDates: false,
        raw: true,
        dense: true,
      }),
    );
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    if (/^(File is password-protected|Password is incorrect|Encryption scheme unsupported)/.test(detail))
      throw new SourceReadError("password", detail);
    throw new SourceReadError("damaged", detail);
  }
  const info = workbook.Workbook?.Sheets ?? [];
  // SheetJS hands an .ods sheet's name over still XML-escaped (`Realisasi &amp; Capaian`): the officer's name is
  // the decoded one, and the generated workbook must keep it so.
  const names = sheetNames(format === "ods" ? workbook.SheetNames.map(decodeEntities) : workbook.SheetNames);
  // SpreadsheetML is XML: what SheetJS leaves out of it (bold, fill colours, indents, widths) is read beside it.
  // So is an .ods (XML in a zip): its cell styles and column widths are read beside it too.
  const layout = format === "spreadsheetml" ? spreadsheetMlLayout(bytes) : null;
  const ods = format === "ods" && bytes[0] === 0x50 ? odsLayout(bytes) : [];
  // An .xls's bold, indent, alignment and borders, from the records SheetJS reads past (xlsLayout.ts).
  const xls = format === "xls" ? xlsLooks(XLSX, bytes) : new Map<string, XlsSheetLayout>();
  const sheets = workbook.SheetNames.map((original, i) => {
    const hidden = Boolean(info[i]?.Hidden) || ods[i]?.hidden === true;
    const sheet = sheetOf(workbook.Sheets[original], names[i], hidden, layout?.styles);
    const widths = layout?.columnWidths[i] ?? ods[i]?.columnWidths;
    if (widths?.some((w) => w > 0)) sheet.columnWidths = widths.slice(0, Math.max(sheet.grid.colCount, 1));
    const looks = xls.get(original);
    if (looks) applyLooks(sheet, looks);
    if (ods[i]) {
      applyLooks(sheet, ods[i]);
      addBlankMerges(sheet, ods[i].merges);
      if (ods[i].hiddenColumns.length > 0) sheet.hiddenColumns = ods[i].hiddenColumns;
      if (ods[i].hiddenRows.length > 0) sheet.hiddenRows = ods[i].hiddenRows;
    }
    return sheet;
  });
  if (sheets.length === 0) throw new SourceReadError("no-sheets");
  return { format, sheets, names: portableNames(workbook.Workbook?.Names ?? [], sheets.length) };
}

/**
 * Run SheetJS with its console messages held back: the expected ones are dropped, any other is printed after the
 * call as it would have been. Errors it throws pass through.
 */
export function quietly<T>(read: () => T): T {
  const methods = ["error", "warn", "log"] as const;
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const held: { method: (typeof methods)[number]; args: unknown[] }[] = [];
  for (const method of methods) console[method] = (...args: unknown[]) => held.push({ method, args });
  try {
    return read();
  } finally {
    Object.assign(console, saved);
    for (const { method, args } of held) {
      if (!EXPECTED_WARNINGS.some((re) => re.test(String(args[0])))) saved[method](...args);
    }
  }
}

type SheetJsCell = SheetJs.CellObject & {
  s?: { patternType?: string; fgColor?: { rgb?: string } };
  /** SpreadsheetML: the cell's `ss:StyleID`. */
  StyleID?: string;
};

function sheetOf(
  ws: SheetJs.WorkSheet | undefined,
  name: string,
  hidden: boolean,
  xmlStyles?: Map<string, XmlStyle>,
): SourceSheet {
  const data = ((ws as { "!data"?: (SheetJsCell | undefined)[][] } | undefined)?.["!data"] ?? []) as (
    (SheetJsCell | undefined)[] | undefined
  )[];
  const cells: (GridCell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  data.forEach((row, r) => {
    if (!row) return;
    const line: (GridCell | undefined)[] = [];
    row.forEach((c, col) => {
      const cell = c ? gridCell(c, xmlStyles) : undefined;
      if (cell) line[col] = cell;
    });
    if (line.length === 0) return;
    cells[r] = line;
    rowCount = r + 1;
    colCount = Math.max(colCount, line.length);
  });
  cells.length = rowCount;
  for (let r = 0; r < rowCount; r++) cells[r] ??= [];
  const merges: CellRange[] = (ws?.["!merges"] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  const columnWidths = (ws?.["!cols"] ?? []).map((c) => (c && !c.hidden && typeof c.width === "number" ? c.width : 0));
  const rowHeights: SourceSheet["rowHeights"] = [];
  const hiddenRows: number[] = [];
  (ws?.["!rows"] ?? []).forEach((r, row) => {
    if (r?.hidden) hiddenRows.push(row);
    else if (r && typeof r.hpt === "number" && r.hpt > 0) rowHeights.push({ row, height: r.hpt });
  });
  const hiddenColumns: number[] = [];
  (ws?.["!cols"] ?? []).forEach((c, col) => {
    if (c?.hidden) hiddenColumns.push(col);
  });
  const sheet: SourceSheet = { grid: { name, rowCount, colCount, cells, merges }, columnWidths, rowHeights, hidden };
  if (hiddenColumns.length > 0) sheet.hiddenColumns = hiddenColumns;
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  return sheet;
}

/** The looks of an .xls's sheets by name, from its `Workbook` stream (none from a BIFF5 `Book`). */
function xlsLooks(XLSX: typeof SheetJs, bytes: Uint8Array): Map<string, XlsSheetLayout> {
  try {
    const stream = XLSX.CFB.find(XLSX.CFB.read(bytes, { type: "array" }), "Workbook");
    const content = stream?.content;
    return content ? xlsLayout(content instanceof Uint8Array ? content : Uint8Array.from(content)) : new Map();
  } catch {
    return new Map();
  }
}

/** Bold, indent and fill by `row:col` onto the sheet's cells; borders and alignment, and blank cells, as looks. */
function applyLooks(sheet: SourceSheet, layout: XlsSheetLayout): void {
  const looks = new Map<string, XmlStyle>();
  sheet.grid.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      const look = cell ? layout.cells.get(`${r}:${c}`) : undefined;
      if (!cell || !look) return;
      if (look.bold) cell.bold = true;
      if (look.indent) cell.indent = look.indent;
      if (look.fill) cell.fill = look.fill;
      if (look.border || look.align || look.valign || look.wrap) looks.set(`${r}:${c}`, look);
    }),
  );
  // Blank cells; where SheetJS made a grid cell for one, the look above is already there.
  for (const [key, look] of layout.emptyCells) if (!looks.has(key)) looks.set(key, look);
  if (looks.size > 0) sheet.looks = looks;
}

/** Merges SheetJS leaves out (over blank cells), from the sheet's own XML; each once. */
function addBlankMerges(sheet: SourceSheet, merges: CellRange[]): void {
  const key = (m: CellRange) => `${m.top}:${m.left}:${m.bottom}:${m.right}`;
  const known = new Set(sheet.grid.merges?.map(key) ?? []);
  for (const m of merges) {
    if (known.has(key(m)) || m.bottom >= sheet.grid.rowCount || m.right >= sheet.grid.colCount) continue;
    known.add(key(m));
    (sheet.grid.merges ??= []).push(m);
  }
}

function gridCell(c: SheetJsCell, xmlStyles?: Map<string, XmlStyle>): GridCell | undefined {
  let value: CellValue;
  let text: string | undefined;
  switch (c.t) {
    case "s":
      value = String(c.v ?? "");
      break;
    case "n":
      value = typeof c.v === "number" && Number.isFinite(c.v) ? c.v : null;
      break;
    case "b":
      value = Boolean(c.v);
      break;
    case "e":
      text = c.w ?? EXCEL_ERRORS[Number(c.v)] ?? "#N/A";
      value = text;
      break;
    case "d":
      value = c.v instanceof Date ? 25569 + c.v.getTime() / 86400000 : null;
      break;
    case "z":
      // A formula without a saved result (an .ods written by a tool that does not calculate, fmt42 D1): kept with
      // its formula and no value, so it is said as not calculated, as in an .xlsx, rather than read as an empty cell.
      if (typeof c.f !== "string") return undefined;
      value = null;
      break;
    default:
      return undefined;
  }
  const f = typeof c.f === "string" ? excelReferences(c.f) : undefined;
  const formula = f !== undefined && portableFormula(f) ? f : undefined;
  if (formula === undefined && (value === null || value === "")) return undefined;
  const cell: GridCell = { value };
  if (text !== undefined) cell.text = text;
  if (formula !== undefined) cell.formula = formula;
  if (typeof c.z === "string" && c.z !== "General") cell.numFmt = c.z;
  const rgb = c.s?.patternType === "solid" ? c.s.fgColor?.rgb : undefined;
  if (rgb && /^[0-9A-Fa-f]{6}$/.test(rgb)) cell.fill = `#${rgb.toUpperCase()}`;
  const xml = c.StyleID !== undefined ? xmlStyles?.get(c.StyleID) : undefined;
  if (xml?.bold) cell.bold = true;
  if (xml?.indent) cell.indent = xml.indent;
  if (xml?.fill) cell.fill = xml.fill;
  return cell;
}

/**
 * A formula the new .xlsx can hold as it is. References to other workbooks (`[1]Sheet!A1`) would need their link
 * parts, a reference left in OpenDocument syntax would show `#NAME?` (odsFormula.ts), and a reader's placeholder for
 * what it could not decode would make Excel repair the file: such a cell keeps its cached value only.
 */
function portableFormula(f: string): boolean {
  return f.trim() !== "" && !hasBracketReference(f) && !/\?\?|#UNKNOWN/.test(f);
}

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/**
 * The user's names (ranges, constants, formulas) and the print titles and areas, each once. Left out: SheetJS's
 * artefacts (`_xlfn.*` for newer functions), names whose formula it could not decode (`#REF!`, `#NAME?`, an
 * undecoded entity) and names that point into other workbooks (`[1]…`), which would need their link parts.
 */
function portableNames(names: { Name?: unknown; Ref?: unknown; Sheet?: number }[], sheetCount: number): SourceName[] {
  const out: SourceName[] = [];
  const seen = new Set<string>();
  for (const n of names) {
    if (typeof n.Name !== "string" || (typeof n.Ref !== "string" && typeof n.Ref !== "number")) continue;
    let ref = String(n.Ref)
      .replace(/&apos;/g, "'")
      .trim();
    if (!NAME.test(n.Name) || n.Name.startsWith("_xlfn.")) continue;
    if (n.Name.startsWith("_xlnm.")) {
      if (n.Name !== "_xlnm.Print_Titles" && n.Name !== "_xlnm.Print_Area") continue;
      // A print area of several ranges is a plain list in .xlsx, not a parenthesised union.
      if (ref.startsWith("(") && ref.endsWith(")")) ref = ref.slice(1, -1);
    }
    if (ref === "" || /#REF!|#NAME\?|\[\d*\]|&[a-z]+;/i.test(ref)) continue;
    if (n.Sheet !== undefined && (typeof n.Sheet !== "number" || n.Sheet < 0 || n.Sheet >= sheetCount)) continue;
    const key = `${n.Name.toLowerCase()}|${n.Sheet ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: n.Name, ...(typeof n.Sheet === "number" ? { sheet: n.Sheet } : {}), ref });
  }
  return out;
}
