/** Header cells and title lines: text in the top-left cell of a box, the box merged, every cell styled. */
import { CellStyle, ErSheet } from "./sheet";

export function box(
  sheet: ErSheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  text: string | null,
  style: CellStyle,
): void {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) sheet.style(r, c, style);
  const cell = sheet.get(top, left)!;
  cell.value = text;
  if (text !== null && /^\d+$/.test(text)) cell.numFmt = "@";
  sheet.merge(top, left, bottom, right);
}

/** A line of text across the given columns (title rows, "Perangkat Daerah : …", signature lines). */
export function line(sheet: ErSheet, row: number, left: number, right: number, text: string, style: CellStyle): void {
  box(sheet, row, left, row, right, text, style);
}
