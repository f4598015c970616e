/**
 * References an OpenDocument formula keeps in its own syntax after SheetJS's conversion, which rewrites only a
 * reference to the same sheet (`[.A1:.B2]`): one to another sheet (`['TW IV 2022'.N8:.N10]`, `[$Data.B2]`) came
 * through as it was, and the .xlsx showed `#NAME?` where the officer's file showed a sum. Each is rewritten the
 * Excel way (`'TW IV 2022'!N8:N10`); string literals are left alone. A reference that has no Excel form (a range
 * over several sheets) stays, and the caller keeps the cell's value only.
 */
const SHEET = String.raw`\$?(?:'(?:[^']|'')*'|[^\s.\[\]':;,()]+)`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const END = String.raw`(${SHEET})?\.(${CELL})`;
const REFERENCE = new RegExp(String.raw`\[${END}(?::${END})?\]`, "g");

export function excelReferences(formula: string): string {
  if (!formula.includes("[")) return formula;
  // Odd pieces are the insides of string literals ("a""b" splits into two, which come back together unchanged).
  return formula
    .split('"')
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(REFERENCE, rewrite)))
    .join('"');
}

function rewrite(whole: string, sheet?: string, cell?: string, toSheet?: string, toCell?: string): string {
  const from = sheet?.replace(/^\$/, "");
  const to = toSheet?.replace(/^\$/, "");
  if (to !== undefined && to !== from) return whole;
  const range = toCell === undefined ? cell : `${cell}:${toCell}`;
  return from === undefined ? `${range}` : `${quoted(from)}!${range}`;
}

/** Always quoted: Excel reads `'Data'!A1` as well as `Data!A1`, and needs the quotes for `TW4` or `Data-1`. */
function quoted(sheet: string): string {
  return sheet.startsWith("'") ? sheet : `'${sheet}'`;
}

/** True when the formula still holds a bracketed reference outside its string literals. */
export function hasBracketReference(formula: string): boolean {
  return formula.split('"').some((piece, i) => i % 2 === 0 && piece.includes("["));
}
