import { columnLetters, quoteSheetName, rangeToA1, toA1 } from "../../core/grid/address";
import { MAX_CELL_TEXT, MAX_EXCEL_NUMBER } from "../../core/grid/excelLimits";
import { FILL_INPUT } from "../../core/tables/cellStyles";
import { CellSpec, marginsOf, PrintSetup, SheetSpec } from "../../core/tables/sheetSpec";
import { linkTarget, writtenContent } from "../../core/workbook/writtenContent";
import { CellLook } from "./styleSheet";
import { Flavor, TRANSITIONAL } from "../ooxml/flavor";

const LINK_COLOUR = "0563C1";
const FONT = { name: "Calibri", size: 11 };
const A4 = 9;

/**
 * A cell to write: a generated cell (CellSpec), or a cell carried over from a workbook of another format, which may
 * also hold a boolean or an error value (`error`: the value is its text, `#N/A`), as a constant or a cached result.
 */
export type WorksheetCell = Omit<CellSpec, "value" | "result"> & {
  value?: CellSpec["value"] | boolean;
  result?: CellSpec["result"] | boolean;
  error?: boolean;
};

/** What a worksheet part is written from: a generated SheetSpec, or a sheet carried over from another format. */
export type WorksheetContent = Omit<SheetSpec, "name" | "kind" | "append" | "cells" | "print"> & {
  cells: { row: number; col: number; cell: WorksheetCell }[];
  /** Without it the sheet gets default margins and no page setup of ours. */
  print?: PrintSetup;
  /** Columns and rows the officer hid (0-based), in a sheet carried over from another format. */
  hiddenColumns?: number[];
  hiddenRows?: number[];
};

/** The look of a spec cell: every generated cell names its font (Calibri 11) so LibreOffice lays it out as Excel. */
export function lookOf(cell: WorksheetCell): CellLook {
  const look: CellLook = { fontName: FONT.name, fontSize: cell.fontSize ?? FONT.size };
  if (cell.numFmt) look.numFmt = cell.numFmt;
  if (cell.bold) look.bold = true;
  if (cell.italic) look.italic = true;
  if (cell.link && cell.formula === undefined) {
    look.underline = true;
    look.color = LINK_COLOUR;
  }
  const fill = cell.fill ?? (cell.input ? FILL_INPUT : undefined);
  if (fill) look.fill = fill;
  if (cell.border) look.border = true;
  if (cell.wrap) look.wrap = true;
  if (cell.align) look.horizontal = cell.align;
  if (cell.indent && cell.indent > 0) look.indent = cell.indent;
  if (cell.valign) look.vertical = cell.valign;
  return look;
}

/**
 * A key two cells share exactly when lookOf gives them equal looks, made without the look: a sheet has tens of
 * thousands of cells in a handful of looks. The number format goes last, as the one field that may hold any
 * character; every field before it is a number, a flag, an alignment word or a colour in hex.
 */
function lookKey(cell: WorksheetCell): string {
  const fill = cell.fill ?? (cell.input ? FILL_INPUT : "");
  const link = cell.link && cell.formula === undefined ? 1 : 0;
  const indent = cell.indent && cell.indent > 0 ? cell.indent : 0;
  return (
    `${cell.fontSize ?? FONT.size}|${cell.bold ? 1 : 0}${cell.italic ? 1 : 0}${link}${cell.border ? 1 : 0}` +
    `${cell.wrap ? 1 : 0}|${cell.align || ""}|${indent}|${cell.valign || ""}|${fill || ""}|${cell.numFmt || ""}`
  );
}

export interface WorksheetWriteContext {
  /** Final names of generated sheets by their spec name (links follow suffixes). */
  finalNames: ReadonlyMap<string, string>;
  /** cellXfs index of a look (appended to the package's styles). */
  styleOf: (look: CellLook) => number;
  /** The package's spelling (transitional when not given). */
  flavor?: Flavor;
}

/**
 * A SheetSpec as a worksheet part, written directly: inline strings (the user's shared strings stay untouched),
 * formulas with the engine's value as cached result, styles by index into the package's styles.xml. Elements come
 * in the schema's order. `carried` holds elements carried over from the sheet this one replaces (its drawing, its
 * protection).
 */
export function worksheetXml(
  spec: WorksheetContent,
  ctx: WorksheetWriteContext,
  carried: CarriedElements = {},
): string {
  const flavor = ctx.flavor ?? TRANSITIONAL;
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<worksheet xmlns="${flavor.main}" xmlns:r="${flavor.rel}">`,
  ];
  out.push(sheetPr(spec, carried));
  const extent = extentOf(spec);
  out.push(`<dimension ref="${extent ? rangeToA1(extent) : "A1"}"/>`);
  // The officer's view of a sheet we do not freeze (their frozen panes, their zoom) stays; ours where we freeze.
  out.push(carried.sheetViews && !spec.freeze ? carried.sheetViews : sheetViews(spec));
  out.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  out.push(cols(spec));
  out.push(sheetData(spec, ctx));
  if (carried.sheetProtection) out.push(carried.sheetProtection);
  if (spec.autoFilter) out.push(`<autoFilter ref="${rangeToA1(spec.autoFilter)}"/>`);
  else if (carried.autoFilter) out.push(carried.autoFilter);
  const merges = spec.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  if (merges.length > 0) {
    out.push(`<mergeCells count="${merges.length}">`);
    for (const m of merges) out.push(`<mergeCell ref="${rangeToA1(m)}"/>`);
    out.push(`</mergeCells>`);
  }
  if (carried.conditionalFormatting) out.push(...carried.conditionalFormatting);
  out.push(dataValidations(spec, carried.dataValidation ?? [], carried.dataValidationsAttributes));
  out.push(hyperlinks(spec, ctx, carried.hyperlink ?? []));
  // The officer's print settings on the sheet this one replaces win over ours (officerPageSetup.ts).
  const theirs = carried.officerPrint;
  const written = writtenPageSetup(spec);
  if (theirs?.printOptions) out.push(theirs.printOptions);
  const margins = written.margins;
  out.push(
    theirs?.pageMargins ??
      `<pageMargins left="${margins.left}" right="${margins.right}" top="${margins.top}" bottom="${margins.bottom}" header="${margins.header}" footer="${margins.footer}"/>`,
  );
  if (spec.print) {
    // Fit switched off by the officer: their scale prints, and our fit counts go with the fit.
    const ours = { ...written.attributes };
    if (theirs?.fitOff) {
      delete ours.fitToWidth;
      delete ours.fitToHeight;
    }
    const attributes = Object.entries({ ...ours, ...(theirs?.pageSetup ?? {}) });
    out.push(`<pageSetup ${attributeText(attributes.map(([name, value]) => ({ name, value })))}/>`);
  }
  out.push(headerFooter(spec, theirs?.header));
  out.push(rowBreaks(spec));
  if (carried.ignoredErrors) out.push(carried.ignoredErrors);
  if (carried.drawing) out.push(carried.drawing);
  if (carried.legacyDrawing) out.push(carried.legacyDrawing);
  if (carried.extLst) out.push(carried.extLst);
  out.push(`</worksheet>`);
  return out.join("");
}

/**
 * The print settings an officer gave a generated sheet, where they differ from the writer's (officerPageSetup.ts).
 */
export interface OfficerPageSetup {
  /** `pageSetup` attributes of theirs, as written (name="value"), that the writer's would otherwise replace. */
  pageSetup: Record<string, string>;
  /** Fit to page switched off (`<pageSetUpPr fitToPage>` no longer on): their scale prints instead. */
  fitOff: boolean;
  printOptions?: string;
  pageMargins?: string;
  /** Their `headerFooter` parts other than the odd-page footer (by element name, as XML), and its attributes. */
  header?: { attributes: string; parts: { name: string; xml: string }[] };
}

/** What the writer puts in `pageSetup` for a spec (writtenPageSetup), by attribute, and its fit and margins. */
export interface WrittenPageSetup {
  attributes: Record<string, string>;
  fit: boolean;
  margins: Record<string, number>;
}

/**
 * Elements of a replaced sheet the user added (carriedElements.ts): what points at their parts (a chart, comments),
 * their protection, their conditional formats, drop-down lists and links, tab colour and view, as XML.
 */
export interface CarriedElements {
  drawing?: string;
  legacyDrawing?: string;
  sheetProtection?: string;
  conditionalFormatting?: string[];
  /** `dataValidation` elements. */
  dataValidation?: string[];
  /** `<dataValidations>`'s own attributes but its count (`disablePrompts="1"`). */
  dataValidationsAttributes?: string;
  /** `hyperlink` elements (an external one's relationship stays in the sheet's relationships part). */
  hyperlink?: string[];
  extLst?: string;
  tabColor?: string;
  sheetViews?: string;
  /** `<sheetPr>`'s own attributes as written (`codeName="Sheet8"`), and its `outlinePr`. */
  sheetPrAttributes?: string;
  outlinePr?: string;
  /** The officer's filter buttons on a sheet whose spec has none of ours. */
  autoFilter?: string;
  ignoredErrors?: string;
  /** The officer's own print settings, where they differ from ours. */
  officerPrint?: OfficerPageSetup;
}

function sheetPr(spec: WorksheetContent, carried: CarriedElements): string {
  const tab = spec.tabColor
    ? `<tabColor rgb="FF${spec.tabColor.replace(/^#/, "").toUpperCase()}"/>`
    : (carried.tabColor ?? "");
  const outline = carried.outlinePr ?? "";
  const fit = spec.print?.fitToWidth && !carried.officerPrint?.fitOff ? `<pageSetUpPr fitToPage="1"/>` : "";
  const attrs = carried.sheetPrAttributes ? ` ${carried.sheetPrAttributes}` : "";
  return tab || outline || fit || attrs ? `<sheetPr${attrs}>${tab}${outline}${fit}</sheetPr>` : "";
}

function sheetViews(spec: WorksheetContent): string {
  const f = spec.freeze;
  if (!f || (f.rows <= 0 && f.cols <= 0)) return `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`;
  const pane = f.rows > 0 && f.cols > 0 ? "bottomRight" : f.rows > 0 ? "bottomLeft" : "topRight";
  const split = `${f.cols > 0 ? ` xSplit="${f.cols}"` : ""}${f.rows > 0 ? ` ySplit="${f.rows}"` : ""}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${toA1(f.rows, f.cols)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

function cols(spec: WorksheetContent): string {
  const hidden = new Set(spec.hiddenColumns ?? []);
  const parts: string[] = [];
  const last = Math.max(spec.columnWidths.length - 1, ...hidden);
  for (let i = 0; i <= last; i++) {
    const w = spec.columnWidths[i] ?? 0;
    const width = w > 0 ? ` width="${w}" customWidth="1"` : "";
    if (hidden.has(i)) parts.push(`<col min="${i + 1}" max="${i + 1}"${width || ' width="9.140625"'} hidden="1"/>`);
    else if (w > 0) parts.push(`<col min="${i + 1}" max="${i + 1}"${width}/>`);
  }
  return parts.length > 0 ? `<cols>${parts.join("")}</cols>` : "";
}

function sheetData(spec: WorksheetContent, ctx: WorksheetWriteContext): string {
  const heights = new Map((spec.rowHeights ?? []).map((h) => [h.row, h.height]));
  const byRow = new Map<number, WorksheetContent["cells"]>();
  // A SheetSpec lists its cells in row-major order: then each row's cells come out in column order as they are.
  let ordered = true;
  let previous: WorksheetContent["cells"][number] | null = null;
  for (const placed of spec.cells) {
    let line = byRow.get(placed.row);
    if (!line) byRow.set(placed.row, (line = []));
    line.push(placed);
    if (previous && (placed.row < previous.row || (placed.row === previous.row && placed.col <= previous.col))) {
      ordered = false;
    }
    previous = placed;
  }
  const hidden = new Set(spec.hiddenRows ?? []);
  const rows = [...new Set([...byRow.keys(), ...heights.keys(), ...hidden])].sort((a, b) => a - b);
  const out: string[] = ["<sheetData>"];
  const styles = new Map<string, number>();
  const styleOf = (cell: WorksheetCell): number => {
    const key = lookKey(cell);
    let s = styles.get(key);
    if (s === undefined) styles.set(key, (s = ctx.styleOf(lookOf(cell))));
    return s;
  };
  for (const row of rows) {
    const h = heights.get(row);
    const height = h !== undefined ? ` ht="${h}" customHeight="1"` : "";
    out.push(`<row r="${row + 1}"${height}${hidden.has(row) ? ' hidden="1"' : ""}>`);
    const line = byRow.get(row) ?? [];
    if (!ordered) line.sort((a, b) => a.col - b.col);
    for (const { col, cell } of line) out.push(cellXml(row, col, cell, styleOf(cell), ctx));
    out.push(`</row>`);
  }
  out.push("</sheetData>");
  return out.join("");
}

function cellXml(row: number, col: number, cell: WorksheetCell, s: number, ctx: WorksheetWriteContext): string {
  const ref = `${columnLetters(col)}${row + 1}`;
  const written = contentOf(cell, ctx.finalNames);
  if (written.formula !== undefined) {
    const f = `<f>${escapeText(written.formula)}</f>`;
    return `<c r="${ref}" s="${s}"${valueXml(written.value, cell.error === true, f)}</c>`;
  }
  const v = written.value;
  if (typeof v === "string" && v !== "" && v.length <= MAX_CELL_TEXT && !cell.error) {
    return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeText(xmlSafe(v))}</t></is></c>`;
  }
  const value = valueXml(v, cell.error === true, "");
  // Empty, not finite, or longer than Excel holds: the cell stays empty (the engine's findings say why).
  return value === ">" ? `<c r="${ref}" s="${s}"/>` : `<c r="${ref}" s="${s}"${value}</c>`;
}

/** The type attribute and `<v>` of a value (after the formula `f`), starting with the `>` that ends `<c …`. */
function valueXml(v: string | number | boolean | null, error: boolean, f: string): string {
  if (isStorable(v)) return `>${f}<v>${v}</v>`;
  if (typeof v === "boolean") return ` t="b">${f}<v>${v ? 1 : 0}</v>`;
  if (typeof v === "string" && error) return ` t="e">${f}<v>${escapeText(v)}</v>`;
  if (typeof v === "string" && f !== "") return ` t="str">${f}<v>${escapeText(xmlSafe(v))}</v>`;
  return `>${f}`;
}

/** A generated cell's content as every writer shows it; a carried-over cell's boolean as it is. */
function contentOf(
  cell: WorksheetCell,
  finalNames: ReadonlyMap<string, string>,
): { value: string | number | boolean | null; formula?: string } {
  if (cell.formula !== undefined) return { value: cell.result ?? null, formula: cell.formula };
  if (typeof cell.value === "boolean") return { value: cell.value };
  return writtenContent(cell as CellSpec, finalNames);
}

/** A number Excel can store: finite and within its range (a cell with anything else stays empty). */
function isStorable(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= MAX_EXCEL_NUMBER;
}

function dataValidations(spec: WorksheetContent, officers: readonly string[], attributes?: string): string {
  const lists = spec.cells.filter(({ cell }) => cell.validationList && cell.validationList.length > 0);
  if (lists.length === 0 && officers.length === 0) return "";
  const groups = new Map<string, string[]>();
  for (const { row, col, cell } of lists) {
    const formula = `"${(cell.validationList ?? []).join(",").replace(/"/g, '""')}"`;
    const refs = groups.get(formula) ?? [];
    refs.push(toA1(row, col));
    groups.set(formula, refs);
  }
  const own = officers.length > 0 && attributes ? ` ${attributes}` : "";
  const out = [`<dataValidations count="${groups.size + officers.length}"${own}>`];
  for (const [formula, refs] of groups) {
    out.push(
      `<dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="${refs.join(" ")}"><formula1>${escapeText(formula)}</formula1></dataValidation>`,
    );
  }
  out.push(...officers, `</dataValidations>`);
  return out.join("");
}

function hyperlinks(spec: WorksheetContent, ctx: WorksheetWriteContext, officers: readonly string[]): string {
  const links = spec.cells.filter(({ cell }) => cell.link && cell.formula === undefined);
  if (links.length === 0 && officers.length === 0) return "";
  const out = ["<hyperlinks>"];
  for (const { row, col, cell } of links) {
    const target = linkTarget(cell.link as NonNullable<CellSpec["link"]>, ctx.finalNames);
    out.push(
      `<hyperlink ref="${toA1(row, col)}" location="${escapeAttr(`${quoteSheetName(target.sheet)}!${cell.link?.cell}`)}"/>`,
    );
  }
  out.push(...officers, "</hyperlinks>");
  return out.join("");
}

function headerFooter(spec: WorksheetContent, theirs?: OfficerPageSetup["header"]): string {
  const footer = spec.print?.footer;
  const ours = footer ? `<oddFooter>${escapeText(footer)}</oddFooter>` : "";
  if (!theirs) return ours ? `<headerFooter>${ours}</headerFooter>` : "";
  // Their header (and any other part) around our footer, in the schema's order: oddHeader, oddFooter, even…, first….
  const order = ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"];
  const parts = [...theirs.parts];
  if (ours) parts.push({ xml: ours, name: "oddFooter" });
  parts.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return `<headerFooter${theirs.attributes}>${parts.map((p) => p.xml).join("")}</headerFooter>`;
}

/** What the writer puts in a sheet's page setup for a spec, by attribute, and its margins. */
export function writtenPageSetup(spec: WorksheetContent): WrittenPageSetup {
  const print = spec.print;
  const attributes: Record<string, string> = print ? { paperSize: String(A4), orientation: print.orientation } : {};
  if (print?.fitToWidth) Object.assign(attributes, { fitToWidth: "1", fitToHeight: "0" });
  if (print?.firstPageNumber !== undefined)
    Object.assign(attributes, { firstPageNumber: String(print.firstPageNumber), useFirstPageNumber: "1" });
  return { attributes, fit: print?.fitToWidth === true, margins: marginsOf(print) };
}

function rowBreaks(spec: WorksheetContent): string {
  const breaks = [...new Set(spec.rowBreaks ?? [])].filter((r) => r > 0).sort((a, b) => a - b);
  if (breaks.length === 0) return "";
  const items = breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${items}</rowBreaks>`;
}

function extentOf(spec: WorksheetContent): { top: number; left: number; bottom: number; right: number } | null {
  if (spec.cells.length === 0) return null;
  let bottom = 0;
  let right = 0;
  for (const { row, col } of spec.cells) {
    if (row > bottom) bottom = row;
    if (col > right) right = col;
  }
  return { top: 0, left: 0, bottom, right };
}

/** Characters XML 1.0 cannot hold (control characters other than tab and line breaks) are dropped. */
function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

/** Attributes as they are written inside a start tag: `codeName="Sheet8" filterMode="1"`. */
export function attributeText(attrs: readonly { name: string; value: string }[]): string {
  return attrs.map((a) => `${a.name}="${escapeAttr(a.value)}"`).join(" ");
}
