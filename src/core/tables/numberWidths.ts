import { CellSpec, SheetSpec } from "./sheetSpec";
import { mergeAtTopLeft } from "./mergeLookup";

/** Excel shows `#####` when a number does not fit its column: widen the column instead. */
const PADDING = 2;
const BOLD_FACTOR = 1.15;
const DEFAULT_WIDTH = 9;

/** Characters a number takes when shown with its format: thousands separators, decimals, `%`, sign. */
export function shownLength(value: number, numFmt: string | undefined): number {
  return lengthIn(value, formatOf(numFmt));
}

function lengthIn(value: number, { percent, decimals, grouped }: ShownFormat): number {
  const shown = Math.abs(percent ? value * 100 : value);
  const integerDigits = Math.max(1, digitsOf(Math.floor(shown)));
  const separators = grouped ? Math.floor((integerDigits - 1) / 3) : 0;
  return integerDigits + separators + (decimals > 0 ? decimals + 1 : 0) + (percent ? 1 : 0) + (value < 0 ? 1 : 0);
}

interface ShownFormat {
  percent: boolean;
  decimals: number;
  /** Thousands separators. */
  grouped: boolean;
}

/** A table has tens of thousands of numbers in a handful of formats: each format is read once. */
const formats = new Map<string | undefined, ShownFormat>();

function formatOf(numFmt: string | undefined): ShownFormat {
  let known = formats.get(numFmt);
  if (!known) {
    const section = (numFmt ?? "").split(";")[0];
    known = {
      percent: section.includes("%"),
      decimals: /[0#]\.([0#]+)/.exec(section)?.[1].length ?? (numFmt ? 0 : 2),
      grouped: section.includes(","),
    };
    formats.set(numFmt, known);
  }
  return known;
}

const POW10 = Array.from({ length: 22 }, (_, k) => 10 ** k);

/** `n.toString().length` for a whole number n ≥ 0, without writing it out below 10^21 (where it has no exponent). */
function digitsOf(n: number): number {
  if (!(n < 1e21)) return n.toString().length;
  let digits = 1;
  while (n >= POW10[digits]) digits++;
  return digits;
}

function numberOf(cell: CellSpec): number | null {
  if (cell.formula !== undefined) return typeof cell.result === "number" ? cell.result : null;
  return typeof cell.value === "number" ? cell.value : null;
}

/** Widen every column (or the last column of a merge) whose numbers would not fit. Returns the same spec. */
export function fitNumberColumns(spec: SheetSpec): SheetSpec {
  const mergeAt = mergeAtTopLeft(spec.merges);
  const widths = spec.columnWidths;
  // Consecutive cells mostly share a format.
  let lastFmt: string | undefined | null = null;
  let shown: ShownFormat = formatOf(undefined);
  for (let i = 0; i < spec.cells.length; i++) {
    const { row, col, cell } = spec.cells[i];
    const n = numberOf(cell);
    if (n === null) continue;
    if (cell.numFmt !== lastFmt) {
      lastFmt = cell.numFmt;
      shown = formatOf(lastFmt);
    }
    const scale = (cell.fontSize ?? 11) / 11;
    const needed = (lengthIn(n, shown) * (cell.bold ? BOLD_FACTOR : 1) + PADDING) * scale;
    const m = mergeAt(row, col);
    const right = m ? m.right : col;
    let available = 0;
    for (let c = col; c <= right; c++) available += widths[c] ?? DEFAULT_WIDTH;
    if (available >= needed) continue;
    for (let c = widths.length; c < right; c++) widths[c] = DEFAULT_WIDTH;
    widths[right] = Math.ceil(((widths[right] ?? DEFAULT_WIDTH) + needed - available) * 10) / 10;
  }
  return spec;
}
