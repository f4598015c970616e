import { CellRange } from "./grid";

/** 0-based column index to letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column to an A1 address. */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 address to 0-based row and column; throws on a malformed address. */
export function fromA1(address: string): { row: number; col: number } {
  const at = parseA1(address);
  if (!at) throw new Error(`Alamat sel tidak valid: ${address}`);
  return at;
}

/** True when the text is a plain A1 address (`B12`, `$B$12`): what parseA1 reads. */
export function isA1(address: string): boolean {
  return parseA1(address) !== null;
}

/** A1 address to 0-based row and column, or null when it is not one (anything but a string included). */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = typeof address === "string" ? /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim()) : null;
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function rangeToA1(r: CellRange): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** A range with `$` before every column and row (`$A$5:$H$40`), as defined names hold them. */
export function absoluteRangeA1(r: CellRange): string {
  const a = `$${columnLetters(r.left)}$${r.top + 1}`;
  const b = `$${columnLetters(r.right)}$${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Quote a sheet name for use in a formula or hyperlink: 'My Sheet'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
