import { columnLetters } from "../../core/grid/address";
/**
 * Formula text as the package stores it, turned into what Excel shows and what each cell of a shared formula holds.
 * A small scanner walks the text: string literals, quoted sheet names, `[…]` (structured references, external
 * workbook indexes) and error literals are copied as they are; each word (a run of name characters) is a function
 * name, a sheet name, a defined name, or a reference, told apart by what follows it and by its shape.
 */

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"];

/** Prefixes Excel writes before functions newer than 2007 and LAMBDA parameters, and never shows. */
const HIDDEN_PREFIX = /^(_xlfn\.|_xlws\.|_xlpm\.)+/i;

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

/** The formula as Excel shows it (without `=`): `_xlfn.` and similar storage prefixes removed. */
export function tidyFormula(text: string): string {
  return rewrite(text, 0, 0);
}

/**
 * The formula of a cell `rows` below and `cols` right of the shared formula's master cell: relative references move
 * by that much, absolute (`$`) parts stay, and a reference moved off the sheet becomes `#REF!`, as in Excel.
 */
export function shiftFormula(text: string, rows: number, cols: number): string {
  return rewrite(text, rows, cols);
}

function rewrite(text: string, rows: number, cols: number): string {
  let out = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(text, i, ch);
      out += text.slice(i, end);
      i = end;
    } else if (ch === "[") {
      const end = closingBracket(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (ch === "#") {
      const literal = ERROR_LITERALS.find((e) => text.slice(i, i + e.length).toUpperCase() === e);
      const length = literal?.length ?? 1;
      out += text.slice(i, i + length);
      i += length;
    } else if (isNameChar(text.charCodeAt(i), ch)) {
      let end = i + 1;
      while (end < n && isNameChar(text.charCodeAt(end), text[end])) end++;
      out += word(text, i, end, rows, cols);
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** One word of the formula at [start, end), rewritten. */
function word(text: string, start: number, end: number, rows: number, cols: number): string {
  const w = text.slice(start, end);
  const next = text[end];
  if (next === "(") return w.replace(HIDDEN_PREFIX, "");
  if (next === "!" || next === "[") return w;
  if (w.charCodeAt(0) === 95 /* _ */) return w.replace(HIDDEN_PREFIX, "");
  if (rows === 0 && cols === 0) return w;
  const cell = CELL.exec(w);
  if (cell) return shiftCell(cell, rows, cols);
  const partner = rangePartner(text, start, end);
  if (partner === null) return w;
  const column = COLUMN.exec(w);
  if (column && COLUMN.test(partner)) return shiftColumn(column[1], column[2], cols);
  const row = ROW.exec(w);
  if (row && ROW.test(partner)) return shiftRow(row[1], row[2], rows);
  return w;
}

/** The word on the other side of a `:` next to this one (`A` in `A:B` for `B`), or null. */
function rangePartner(text: string, start: number, end: number): string | null {
  if (text[end] === ":") {
    let e = end + 1;
    while (e < text.length && isNameChar(text.charCodeAt(e), text[e])) e++;
    return text.slice(end + 1, e);
  }
  if (start > 0 && text[start - 1] === ":") {
    let s = start - 1;
    while (s > 0 && isNameChar(text.charCodeAt(s - 1), text[s - 1])) s--;
    return text.slice(s, start - 1);
  }
  return null;
}

function shiftCell(m: RegExpExecArray, rows: number, cols: number): string {
  const [, colAbs, letters, rowAbs, digits] = m;
  const col = columnNumber(letters);
  const row = Number(digits);
  if (col > MAX_COL || row < 1 || row > MAX_ROW) return m[0];
  const newCol = colAbs ? col : col + cols;
  const newRow = rowAbs ? row : row + rows;
  if (newCol < 1 || newCol > MAX_COL || newRow < 1 || newRow > MAX_ROW) return "#REF!";
  return `${colAbs}${colAbs ? letters : lettersOf(newCol)}${rowAbs}${newRow}`;
}

function shiftColumn(abs: string, letters: string, cols: number): string {
  const col = columnNumber(letters);
  if (abs || col > MAX_COL) return `${abs}${letters}`;
  const moved = col + cols;
  return moved < 1 || moved > MAX_COL ? "#REF!" : lettersOf(moved);
}

function shiftRow(abs: string, digits: string, rows: number): string {
  const row = Number(digits);
  if (abs || row < 1 || row > MAX_ROW) return `${abs}${digits}`;
  const moved = row + rows;
  return moved < 1 || moved > MAX_ROW ? "#REF!" : String(moved);
}

function closingQuote(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" && depth > 0) {
      i++; // `'` escapes the next character inside a structured reference
    } else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Letters, digits, `_`, `.`, `$`, `\` and `?` make up names, references and numbers; so do non-ASCII letters. */
function isNameChar(code: number, ch: string): boolean {
  if (code < 128) {
    return (
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      (code >= 48 && code <= 57) ||
      code === 95 ||
      code === 46 ||
      code === 36 ||
      code === 92 ||
      code === 63
    );
  }
  return /[\p{L}\p{N}]/u.test(ch);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 32) - 96);
  return n;
}

/** 1-based column number to letters (1 → A). */
function lettersOf(n: number): string {
  return columnLetters(n - 1);
}
