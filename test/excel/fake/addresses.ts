import { CellRange } from "../../../src/core/grid/grid";
import { fromA1, quoteSheetName, rangeToA1 } from "../../../src/core/grid/address";
import { unsupported } from "./errors";

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

/** An A1 address as Worksheet.getRange takes it: `A1`, `A1:C3`, `A:C`, `3:5`, with optional `$` and sheet prefix. */
export function parseRangeAddress(address: string): CellRange {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim().toUpperCase();
  const [a, b = a] = local.split(":");
  if (/^[A-Z]+$/.test(a) && /^[A-Z]+$/.test(b)) {
    return { top: 0, bottom: MAX_ROW, left: fromA1(`${a}1`).col, right: fromA1(`${b}1`).col };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    return { top: Number(a) - 1, bottom: Number(b) - 1, left: 0, right: MAX_COL };
  }
  const p = fromA1(a);
  const q = fromA1(b);
  return {
    top: Math.min(p.row, q.row),
    bottom: Math.max(p.row, q.row),
    left: Math.min(p.col, q.col),
    right: Math.max(p.col, q.col),
  };
}

export function qualifiedAddress(sheet: string, rect: CellRange): string {
  return `${quoteSheetName(sheet)}!${rangeToA1(rect)}`;
}

export function cellCount(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Cells one statement may change cell by cell in the fake (whole rows or columns are sized per line instead). */
const MAX_CELLWISE = 2_000_000;

export function eachCell(rect: CellRange, fn: (row: number, col: number) => void): void {
  if (cellCount(rect) > MAX_CELLWISE) throw unsupported("cell-by-cell changes to whole rows or columns");
  for (let row = rect.top; row <= rect.bottom; row++) for (let col = rect.left; col <= rect.right; col++) fn(row, col);
}
