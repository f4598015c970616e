import { CellRange, CellValue, Grid, GridCell } from "../../core/grid/grid";
import { backgroundColour, cssColour, cssValue, lengthInPoints } from "./cssStyles";
import { HtmlCell, HtmlTable, tableHasContent } from "./htmlTables";
import { SourceSheet } from "./sourceBook";
import { sheetNames } from "./sheetNames";

/** Excel's names for some `mso-number-format` values. */
const NAMED_FORMATS: Record<string, string> = {
  general: "General",
  "general number": "General",
  standard: "#,##0.00",
  fixed: "0.00",
  percent: "0.00%",
  scientific: "0.00E+00",
  "short date": "m/d/yyyy",
  "medium date": "d-mmm-yy",
  "long date": "d mmmm yyyy",
  "short time": "h:mm",
  "medium time": "h:mm AM/PM",
  "long time": "h:mm:ss",
};
/** A number written plainly, as programs print them: `1500`, `-0.89`, `18.4`, `1e-3`; not `0012` nor `1.500.000`. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/;
const EXCEL_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);
/** Points per indent level of Excel's HTML (`padding-left` without `mso-char-indent-count`). */
const POINTS_PER_INDENT = 9;
/** Excel's column width in characters from pixels: the widest digit of Calibri 11 is 7 px, plus 5 px padding. */
const DIGIT_PX = 7;

/**
 * The tables of a web page or HTML export as sheets; empty tables are left out. A page that names none of its
 * tables gets, as in Excel, its file's name for the first (`fileStem`), then `Sheet2`…
 */
export function htmlSheets(tables: HtmlTable[], fileStem = ""): SourceSheet[] {
  const used = tables.filter(tableHasContent);
  const names = sheetNames(
    used.map((t, i) => sheetNameOf(t.caption, used.length) ?? (i === 0 && fileStem ? fileStem : `Sheet${i + 1}`)),
  );
  const page: PageNumbers = {
    typed: used.some((t) => t.cells.some((c) => c.attributes.has("sdval"))),
    dotThousands: used.some((t) => t.cells.some((c) => DOT_THOUSANDS.test(c.text.trim()))),
  };
  return used.map((table, i) => ({
    grid: tableGrid(table, names[i], page),
    columnWidths: table.columnWidths.map((px) => (px > 0 ? Math.round(((px - 5) / DIGIT_PX + 0.71) * 100) / 100 : 0)),
    rowHeights: [],
    hidden: false,
  }));
}

/** LibreOffice's export heads each sheet `Sheet 1: <name>`; an app export has only its page title. */
function sheetNameOf(caption: string | null, tableCount: number): string | null {
  if (!caption) return null;
  return sheetHeadingName(caption) ?? (tableCount === 1 || caption.length <= 31 ? caption : null);
}

/** The sheet's name in LibreOffice's heading of an exported sheet (`Sheet 1: <name>`, in its language); else null. */
export function sheetHeadingName(caption: string): string | null {
  return /^[^:]{1,20}\s\d+:\s*(.+)$/.exec(caption)?.[1] ?? null;
}

/**
 * How the page writes its numbers. `typed`: LibreOffice's export gives every number its `sdval`, so in such a page a
 * cell without one is text, even `1`. `dotThousands`: the page groups thousands with dots (`50.500.000`,
 * `1.250,50`), as Indonesian apps export, so its `500.000` is five hundred thousand, not 500 as Excel in English
 * would take it: kept as the text it is, for the engine to read as the page writes numbers.
 */
interface PageNumbers {
  typed: boolean;
  dotThousands: boolean;
}

/**
 * Two or more dot groups, dot groups before a decimal comma, or a decimal comma with one or two digits (`80,25`,
 * `1,5%`): a page that writes numbers so groups thousands with dots.
 */
const DOT_THOUSANDS =
  /^[-(]?(?:Rp\.?\s*)?(?:\d{1,3}(?:(?:\.\d{3}){2,}(?:,\d+)?|(?:\.\d{3})+,\d+)|\d+,\d{1,2}\s*%?)\)?$/;
/** A number Excel in English reads as a decimal, but with one group of three digits after a dot: `500.000`. */
const ONE_DOT_GROUP = /^-?[1-9]\d{0,2}\.\d{3}$/;

function tableGrid(table: HtmlTable, name: string, page: PageNumbers): Grid {
  const cells: (GridCell | undefined)[][] = [];
  const merges: CellRange[] = [];
  let rowCount = 0;
  let colCount = 0;
  for (const c of table.cells) {
    if (c.rowSpan > 1 || c.colSpan > 1) {
      merges.push({ top: c.row, left: c.col, bottom: c.row + c.rowSpan - 1, right: c.col + c.colSpan - 1 });
    }
    const cell = gridCell(c, page);
    if (!cell) continue;
    (cells[c.row] ??= [])[c.col] = cell;
    rowCount = Math.max(rowCount, c.row + 1);
    colCount = Math.max(colCount, c.col + 1);
  }
  for (let r = 0; r < rowCount; r++) cells[r] ??= [];
  return { name, rowCount, colCount, cells, merges };
}

function gridCell(c: HtmlCell, page: PageNumbers): GridCell | undefined {
  const numFmt = numberFormat(c);
  const formula = formulaOf(c);
  const value = cellValue(c, numFmt, page);
  if (formula === undefined && (value === null || value === "")) return undefined;
  const cell: GridCell = { value };
  const format = numFmt ?? (typeof value === "number" ? shownDecimalsFormat(c.text, value) : undefined);
  if (format) cell.numFmt = format;
  if (formula !== undefined) cell.formula = formula;
  if (typeof value === "string" && EXCEL_ERRORS.has(value) && c.attributes.has("x:err")) cell.text = value;
  if (c.bold) cell.bold = true;
  const indent = indentOf(c);
  if (indent > 0) cell.indent = indent;
  const fill = fillOf(c);
  if (fill) cell.fill = fill;
  return cell;
}

/** `mso-number-format` (Excel, WPS, app exports) or LibreOffice's `sdnum="1033;0;#,##0"`. */
function numberFormat(c: HtmlCell): string | undefined {
  const mso = c.style.get("mso-number-format");
  if (mso !== undefined) {
    const code = cssValue(mso);
    return NAMED_FORMATS[code.toLowerCase()] ?? code;
  }
  const sdnum = c.attributes.get("sdnum");
  if (sdnum) {
    const parts = sdnum.split(";");
    const code = parts.slice(2).join(";");
    if (code && code !== "General" && code !== "Standard") return code;
  }
  return undefined;
}

/**
 * What the cell holds, as Excel takes it when it opens the file: a cell marked as text (`@`, `x:str`) keeps its
 * text exactly; `x:num`/`sdval` carry the number behind formatted text; otherwise only a plainly written number is
 * a number (never in a `typed` page, where every number carries its `sdval`; nor `500.000` in a page that groups
 * thousands with dots), and everything else (`55.599.900,00`, `0,39%`, `2.07.03`) stays the text that was typed.
 */
function cellValue(c: HtmlCell, numFmt: string | undefined, page: PageNumbers): CellValue {
  const a = c.attributes;
  const text = c.text;
  const str = a.get("x:str");
  if (str !== undefined) return str !== "" ? str : text;
  if (a.has("x:bool")) return /^(true|1)$/i.test(a.get("x:bool") || text);
  if (a.has("x:err")) return a.get("x:err") || text;
  if (numFmt === "@") return text;
  const num = a.get("x:num") ?? a.get("sdval");
  if (num !== undefined) {
    const n = Number(num !== "" ? num : text);
    if (num !== "" || PLAIN_NUMBER.test(text)) return Number.isFinite(n) ? n : text;
  }
  if (page.typed) return text;
  if (PLAIN_NUMBER.test(text) && !(page.dotThousands && ONE_DOT_GROUP.test(text))) {
    const n = Number(text);
    if (Number.isFinite(n)) return n;
  }
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  return text;
}

/**
 * A plain number written with more decimals than the number has (`2.10`, a bidang's code; `1500.50`): a format that
 * shows them, so that the cell reads as it was shown (a code `2.10`, a figure at two decimals), not as `2.1`.
 */
function shownDecimalsFormat(text: string, value: number): string | undefined {
  const m = /^-?\d+\.(\d+)$/.exec(text.trim());
  if (!m || String(value) === text.trim()) return undefined;
  return `0.${"0".repeat(Math.min(m[1].length, 15))}`;
}

/** Excel's `x:fmla="=SUM(A1:A3)"`; the cell's value is then the cached result. */
function formulaOf(c: HtmlCell): string | undefined {
  const f = c.attributes.get("x:fmla");
  if (!f) return undefined;
  const text = f.startsWith("=") ? f.slice(1) : f;
  return text.trim() !== "" ? text : undefined;
}

function indentOf(c: HtmlCell): number {
  const count = Number(c.style.get("mso-char-indent-count"));
  if (Number.isFinite(count) && count > 0) return Math.min(15, Math.round(count));
  const padding = lengthInPoints(c.style.get("padding-left"));
  return padding !== null && padding > 0 ? Math.min(15, Math.round(padding / POINTS_PER_INDENT)) : 0;
}

/** `bgcolor` or a CSS background on the cell, else on its row (which paints the cell too). */
function fillOf(c: HtmlCell): string | null {
  return (
    cssColour(c.attributes.get("bgcolor")) ??
    backgroundColour(c.style) ??
    cssColour(c.rowAttributes.get("bgcolor")) ??
    backgroundColour(c.rowStyle)
  );
}
