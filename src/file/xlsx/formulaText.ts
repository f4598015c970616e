import { columnLetters } from "../../core/grid/address";
import { isNameChar, scanFormula } from "../../core/grid/formulaScan";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../core/grid/excelLimits";

/**
 * Formula text as the package stores it, turned into what Excel shows and what each cell of a shared formula holds.
 * The engine's scanner (core/grid/formulaScan.ts) walks the text: string literals, quoted sheet names, `[…]` and
 * error literals are copied as they are; each word is a function name, a sheet name, a defined name, or a
 * reference, told apart by what follows it and by its shape.
 */

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
  for (const t of scanFormula(text)) {
    out += t.kind === "word" ? word(text, t.start, t.end, rows, cols) : text.slice(t.start, t.end);
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
  if (col > EXCEL_COLUMNS || row < 1 || row > EXCEL_ROWS) return m[0];
  const newCol = colAbs ? col : col + cols;
  const newRow = rowAbs ? row : row + rows;
  if (newCol < 1 || newCol > EXCEL_COLUMNS || newRow < 1 || newRow > EXCEL_ROWS) return "#REF!";
  return `${colAbs}${colAbs ? letters : lettersOf(newCol)}${rowAbs}${newRow}`;
}

function shiftColumn(abs: string, letters: string, cols: number): string {
  const col = columnNumber(letters);
  if (abs || col > EXCEL_COLUMNS) return `${abs}${letters}`;
  const moved = col + cols;
  return moved < 1 || moved > EXCEL_COLUMNS ? "#REF!" : lettersOf(moved);
}

function shiftRow(abs: string, digits: string, rows: number): string {
  const row = Number(digits);
  if (abs || row < 1 || row > EXCEL_ROWS) return `${abs}${digits}`;
  const moved = row + rows;
  return moved < 1 || moved > EXCEL_ROWS ? "#REF!" : String(moved);
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
