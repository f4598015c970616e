import { CellRange } from "../../core/grid/grid";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../core/grid/excelLimits";

/**
 * An A1 reference (`B12`, `$B$12`) as 0-based row and column, or null when it is not one. Hand-written: a sheet
 * calls it once per cell.
 */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36) i++;
  let col = 0;
  let letters = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    letters++;
  }
  if (letters === 0 || letters > 3 || col > EXCEL_COLUMNS) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
    digits++;
  }
  if (digits === 0 || row < 1 || row > EXCEL_ROWS) return null;
  return { row: row - 1, col: col - 1 };
}

/** `A1:C3` (or a single `A1`) as a 0-based rectangle, or null when malformed. */
export function parseRangeRef(ref: string): CellRange | null {
  const colon = ref.indexOf(":");
  const from = parseCellRef(colon < 0 ? ref : ref.slice(0, colon));
  const to = colon < 0 ? from : parseCellRef(ref.slice(colon + 1));
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}
