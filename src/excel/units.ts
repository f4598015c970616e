/**
 * Excel column width in characters (of the default font's widest digit, 7 px for Calibri 11) to points, as Excel
 * sizes a column: the characters plus 5 px of padding, at 96 px per inch (0.75 pt per px). 8.43 → 48 pt.
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.round(characters * 7) + 5;
  return pixels * 0.75;
}

export function inchesToPoints(inches: number): number {
  return Math.round(inches * 72 * 100) / 100;
}
