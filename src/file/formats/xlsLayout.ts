import { XmlStyle } from "./spreadsheetMlStyles";
import { DEFAULT_INDEXED_COLORS } from "../xlsx/colors";

/**
 * Per sheet of an .xls (BIFF8): the look of each cell by `row:col` (cells with content in `cells`, blank ones in
 * `emptyCells`), where it has one besides Excel's default: bold, indent, horizontal and vertical alignment, wrapped
 * text and a border on some side. SheetJS's community edition reads the fill of a BIFF cell but drops the rest of
 * its format (README.md in this folder), and the rest is three record types: FONT and XF in the workbook globals,
 * and the XF index every cell record carries. Read from the `Workbook` stream SheetJS's own CFB reader hands over.
 */
export interface XlsSheetLayout {
  cells: Map<string, XmlStyle>;
  emptyCells: Map<string, XmlStyle>;
}

/** [MS-XLS] record types read here. */
const BOF = 0x0809;
const EOF = 0x000a;
const FONT = 0x0031;
const XF = 0x00e0;
const BOUNDSHEET = 0x0085;
const PALETTE = 0x0092;
/** Cell records whose first six bytes are row, column and XF index. */
const SINGLE_CELLS = new Set([0x0203, 0x027e, 0x00fd, 0x0204, 0x0205, 0x0006]);
const BLANK = 0x0201;
const MULRK = 0x00bd;
const MULBLANK = 0x00be;
/** BOF's version field for BIFF8; BIFF5's records differ and are left to SheetJS alone. */
const BIFF8 = 0x0600;
const BOLD_WEIGHT = 700;
/** Blank styled cells marked per sheet, at most (a format over whole columns is not a table's blank cells). */
const MAX_BLANK_CELLS = 200_000;

const HORIZONTAL: (XmlStyle["align"] | undefined)[] = [undefined, "left", "center", "right"];
/** alcV: top, center; bottom is Excel's default and justify/distributed have no counterpart in generated cells. */
const VERTICAL: (XmlStyle["valign"] | undefined)[] = ["top", "middle"];
/** fls of a solid fill; other patterns mix two colours and are left out, as SheetJS leaves them. */
const SOLID = 1;
/**
 * Colour indexes a fill names, 8 to 63 ([MS-XLS] 2.5.161): the legacy indexed palette .xlsx shares
 * (DEFAULT_INDEXED_COLORS), which a PALETTE record overrides from index 8 on. An index below 8 or from 64 on (the
 * system colours) gives no fill here.
 */
const FIRST_PALETTE_INDEX = 8;
const LAST_PALETTE_INDEX = 63;

/** The layout of each worksheet by its name; empty when the stream is not BIFF8 or cannot be read. */
export function xlsLayout(workbook: Uint8Array): Map<string, XlsSheetLayout> {
  const out = new Map<string, XlsSheetLayout>();
  try {
    const view = new DataView(workbook.buffer, workbook.byteOffset, workbook.byteLength);
    const globals = readGlobals(view);
    if (!globals) return out;
    for (const sheet of globals.sheets) {
      const layout = readSheet(view, sheet.offset, globals);
      if (layout) out.set(sheet.name, layout);
    }
  } catch {
    // A stream SheetJS could read but this pass cannot: the cells keep what SheetJS gave them.
    out.clear();
  }
  return out;
}

interface Globals {
  /** The look of each XF index on a cell with content (its fill comes from SheetJS), null for Excel's default. */
  looks: (XmlStyle | null)[];
  /** The same with the fill, for blank cells (SheetJS makes no cell for them). */
  blankLooks: (XmlStyle | null)[];
  sheets: { name: string; offset: number }[];
}

function readGlobals(view: DataView): Globals | null {
  if (view.byteLength < 8 || view.getUint16(0, true) !== BOF || view.getUint16(4, true) !== BIFF8) return null;
  const bold: boolean[] = [];
  const xfs: number[] = [];
  const palette = [...DEFAULT_INDEXED_COLORS];
  const sheets: Globals["sheets"] = [];
  for (let p = 0; p + 4 <= view.byteLength;) {
    const type = view.getUint16(p, true);
    const length = view.getUint16(p + 2, true);
    const data = p + 4;
    if (data + length > view.byteLength) break;
    if (type === EOF) {
      const looks = xfs.map((at) => xfLook(view, at, bold, null));
      return { looks, blankLooks: xfs.map((at) => xfLook(view, at, bold, palette)), sheets };
    }
    if (type === FONT && length >= 8) bold.push(view.getUint16(data + 6, true) >= BOLD_WEIGHT);
    else if (type === XF && length >= 20) xfs.push(data);
    else if (type === PALETTE && length >= 2) {
      const count = Math.min(
        view.getUint16(data, true),
        LAST_PALETTE_INDEX - FIRST_PALETTE_INDEX + 1,
        Math.floor((length - 2) / 4),
      );
      for (let i = 0; i < count; i++) palette[FIRST_PALETTE_INDEX + i] = rgbHex(view, data + 2 + 4 * i);
    } else if (type === BOUNDSHEET && length >= 8 && view.getUint8(data + 5) === 0) {
      sheets.push({ name: shortString(view, data + 6), offset: view.getUint32(data, true) });
    }
    p = data + length;
  }
  return null;
}

function rgbHex(view: DataView, p: number): string {
  return [0, 1, 2]
    .map((i) =>
      view
        .getUint8(p + i)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
}

/**
 * One XF record as a look, its fill too when a palette is given; its font by index (font 4 does not exist in BIFF:
 * index 5 is the fifth record).
 */
function xfLook(view: DataView, p: number, bold: boolean[], palette: readonly string[] | null): XmlStyle | null {
  const font = view.getUint16(p, true);
  const alignment = view.getUint8(p + 6);
  const indent = view.getUint8(p + 8) & 0x0f;
  const borders = view.getUint16(p + 10, true);
  const look: XmlStyle = {};
  if (bold[font < 4 ? font : font - 1]) look.bold = true;
  if (indent > 0) look.indent = indent;
  const align = HORIZONTAL[alignment & 0x07];
  if (align) look.align = align;
  const valign = VERTICAL[(alignment >> 4) & 0x07];
  if (valign) look.valign = valign;
  if (alignment & 0x08) look.wrap = true;
  if (borders !== 0) look.border = true;
  if (palette && view.getUint32(p + 14, true) >>> 26 === SOLID) {
    const index = view.getUint16(p + 18, true) & 0x7f;
    if (index >= FIRST_PALETTE_INDEX && index <= LAST_PALETTE_INDEX) look.fill = `#${palette[index]}`;
  }
  return Object.keys(look).length > 0 ? look : null;
}

/** A BOUNDSHEET name: a character count, a flag for UTF-16, then the characters. */
function shortString(view: DataView, p: number): string {
  const count = view.getUint8(p);
  const wide = (view.getUint8(p + 1) & 0x01) === 1;
  let s = "";
  for (let i = 0; i < count; i++) {
    s += String.fromCharCode(wide ? view.getUint16(p + 2 + 2 * i, true) : view.getUint8(p + 2 + i));
  }
  return s;
}

function readSheet(view: DataView, offset: number, globals: Globals): XlsSheetLayout | null {
  if (offset + 4 > view.byteLength || view.getUint16(offset, true) !== BOF) return null;
  const layout: XlsSheetLayout = { cells: new Map(), emptyCells: new Map() };
  const put = (target: Map<string, XmlStyle>, row: number, col: number, xf: number) => {
    const look = (target === layout.cells ? globals.looks : globals.blankLooks)[xf];
    if (look) target.set(`${row}:${col}`, look);
  };
  let p = offset + 4 + view.getUint16(offset + 2, true);
  while (p + 4 <= view.byteLength) {
    const type = view.getUint16(p, true);
    const length = view.getUint16(p + 2, true);
    const data = p + 4;
    if (type === EOF || data + length > view.byteLength) break;
    // A chart or an embedded object has a substream of its own inside the sheet's: skipped whole.
    if (type === BOF) {
      p = skipSubstream(view, p);
      continue;
    }
    if (SINGLE_CELLS.has(type) && length >= 6) {
      put(layout.cells, view.getUint16(data, true), view.getUint16(data + 2, true), view.getUint16(data + 4, true));
    } else if (type === BLANK && length >= 6 && layout.emptyCells.size < MAX_BLANK_CELLS) {
      put(
        layout.emptyCells,
        view.getUint16(data, true),
        view.getUint16(data + 2, true),
        view.getUint16(data + 4, true),
      );
    } else if ((type === MULRK || type === MULBLANK) && length >= 6) {
      const row = view.getUint16(data, true);
      const first = view.getUint16(data + 2, true);
      const step = type === MULRK ? 6 : 2;
      const target = type === MULRK ? layout.cells : layout.emptyCells;
      const n = Math.floor((length - 6) / step);
      for (let i = 0; i < n && (type === MULRK || target.size < MAX_BLANK_CELLS); i++) {
        put(target, row, first + i, view.getUint16(data + 4 + i * step, true));
      }
    }
    p = data + length;
  }
  return layout;
}

/** The position after the EOF that closes the substream whose BOF is at `p` (nested ones included). */
function skipSubstream(view: DataView, p: number): number {
  let depth = 0;
  while (p + 4 <= view.byteLength) {
    const type = view.getUint16(p, true);
    const next = p + 4 + view.getUint16(p + 2, true);
    if (type === BOF) depth++;
    else if (type === EOF && --depth === 0) return next;
    p = next;
  }
  return p;
}
