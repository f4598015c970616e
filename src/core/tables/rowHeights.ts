import { CellRange } from "../grid/grid";
import { CellSpec } from "./sheetSpec";
import { mergeAtTopLeft } from "./mergeLookup";
import { SheetSpec } from "./sheetSpec";
import { EXCEL_ROWS } from "../grid/excelLimits";

const LINE_POINTS = 15;
const DEFAULT_WIDTH = 9;
/** Excel width units count '0' digits; ordinary text is a little narrower. Kept low so text is never cut off. */
const CHARS_PER_UNIT = 1.05;
/** Excel's tallest row (points); a taller height is refused or cut by the host. */
export const MAX_ROW_POINTS = 409;

/**
 * Row heights (points) for rows whose wrapped text needs more than one line. Excel and LibreOffice never grow a
 * merged cell's row by themselves, so the heights are written out for every row that needs them.
 */
export function estimateRowHeights(
  cells: { row: number; col: number; cell: CellSpec }[],
  merges: CellRange[],
  widths: number[],
): { row: number; height: number }[] {
  const mergeAt = mergeAtTopLeft(merges);
  const needed = new Map<number, number>();
  for (let i = 0; i < cells.length; i++) {
    const { row, col, cell } = cells[i];
    if (!cell.wrap || cell.value === undefined || cell.value === null) continue;
    const text = String(cell.value);
    const m = mergeAt(row, col);
    const top = m ? m.top : row;
    const bottom = m ? m.bottom : row;
    const right = m ? m.right : col;
    const width = widthOf(widths, m ? m.left : col, right);
    const scale = (cell.fontSize ?? 11) / 11;
    const lines = linesOf(text, width, scale, cell.bold === true);
    const perRow = Math.min(MAX_ROW_POINTS, Math.ceil((lines * LINE_POINTS * scale) / (bottom - top + 1)));
    // Rows no taller than the default are not written out, so such a height changes nothing.
    if (perRow <= LINE_POINTS) continue;
    for (let r = top; r <= bottom; r++) needed.set(r, Math.max(needed.get(r) ?? 0, perRow));
  }
  return [...needed.entries()]
    .filter(([, h]) => h > LINE_POINTS)
    .sort((a, b) => a[0] - b[0])
    .map(([row, height]) => ({ row, height }));
}

/** Width (Excel units) of columns left–right, a column without a width of its own at Excel's default. */
export function widthOf(widths: readonly number[], left: number, right: number): number {
  let width = 0;
  for (let c = left; c <= right; c++) width += widths[c] ?? DEFAULT_WIDTH;
  return width;
}

/** Points a wrapped text cell needs to show all of its text in a cell `width` units wide. */
export function textPoints(cell: CellSpec, width: number): number {
  if (cell.value === undefined || cell.value === null) return 0;
  const scale = (cell.fontSize ?? 11) / 11;
  return linesOf(String(cell.value), width, scale, cell.bold === true) * LINE_POINTS * scale;
}

/** The widest a character can be counted: bold capitals. */
const WIDEST_FACTOR = 1.1 * 1.3;

function charsPerLine(width: number, scale: number, widthFactor: number): number {
  return Math.max(1, Math.floor((width * CHARS_PER_UNIT) / scale / widthFactor) - 1);
}

/** Lines the text needs in a cell `width` units wide. */
function linesOf(text: string, width: number, scale: number, bold: boolean): number {
  // A text no longer than the shortest line it could get, without line breaks, takes one line: skip counting.
  if (text.length <= charsPerLine(width, scale, WIDEST_FACTOR) && !text.includes("\n")) return 1;
  const widthFactor = (bold ? 1.1 : 1) * (mostlyCapitals(text) ? 1.3 : 1);
  const perLine = charsPerLine(width, scale, widthFactor);
  return text.split("\n").reduce((n, p) => n + wrappedLines(p, perLine), 0);
}

/** Lines a paragraph takes when wrapped at word boundaries, as Excel wraps it. */
export function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) {
      used = need;
      continue;
    }
    if (used > 0) lines++;
    lines += Math.floor(Math.max(0, word.length - 1) / perLine);
    used = word.length % perLine || perLine;
  }
  return lines;
}

/** Capitals are about a third wider than lower case. */
function mostlyCapitals(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      capitals++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return letters > 0 && capitals / letters > 0.6;
}

/** Points of each row of a built spec: its estimated height, else Excel's default. */
export function rowPointsOf(spec: SheetSpec): (row: number) => number {
  const heights = spec.rowHeights ?? [];
  const usual = heights.every(
    (h) => Number.isInteger(h.row) && h.row >= 0 && h.row < EXCEL_ROWS && !Number.isNaN(h.height),
  );
  if (!usual) {
    const height = new Map(heights.map((h) => [h.row, h.height]));
    return (r) => height.get(r) ?? LINE_POINTS;
  }
  // The page planner asks for every row, several times: a flat table up to the last row with a height of its own.
  let last = -1;
  for (const h of heights) last = Math.max(last, h.row);
  const table = new Float64Array(last + 1).fill(Number.NaN);
  for (const h of heights) table[h.row] = h.height;
  return (r) => {
    const v = Number.isInteger(r) && r >= 0 && r <= last ? table[r] : Number.NaN;
    return Number.isNaN(v) ? LINE_POINTS : v;
  };
}
