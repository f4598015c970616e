import { EquationExpr } from "../../model/evaluasiRenja";

/**
 * The text of a cell in the row of column numbers: a number (`13`, `(13)`, `13.`) or an equation the sheet states
 * about its own columns (`13 = 9 + 10 + 11 + 12`, `14=7+13`, `15 = 14 / 6 x 100`, `14=13/5x100%`).
 */
export interface NumberCellText {
  number: number;
  /** The right side, when the cell states an equation. */
  equation?: string;
}

const BARE = /^\(?\s*(\d{1,3})\s*\)?\.?$/;
const EQUATION = /^\(?\s*(\d{1,3})\s*\)?\s*=\s*(.+)$/;
const EQUATION_CHARS = /^[\d\s+\-–−x×X*/:().%,]+$/;

/**
 * Read a number-row cell; null when it is neither a small number nor an equation over column numbers. A note in
 * words after it (`15 = 11+12+13+14 (Rp dan K jumlah); K persentase = 14`, `15 (K persentase = TW IV)`) is how
 * some forms say which columns the equation is for: the cell still numbers its column.
 */
export function readNumberCell(text: string): NumberCellText | null {
  const t = text.trim();
  const read = readNumberOrEquation(t);
  if (read) return read;
  const head = beforeNote(t);
  if (head === null) return null;
  const headRead = readNumberOrEquation(head.text);
  // A bare number takes its note in brackets only: `2 Sasaran` is no column number.
  if (!headRead || (headRead.equation === undefined && !head.bracketed)) return null;
  return headRead;
}

function readNumberOrEquation(t: string): NumberCellText | null {
  const bare = BARE.exec(t);
  if (bare) return { number: Number(bare[1]) };
  const eq = EQUATION.exec(t);
  if (eq && EQUATION_CHARS.test(eq[2]) && /\d/.test(eq[2])) return { number: Number(eq[1]), equation: eq[2].trim() };
  return null;
}

/** A letter, but not the `x` of `16/8 x 100` (a times sign between non-letters). */
const WORD_LETTER = /\p{L}/u;
const TIMES = /[xX×]/;

/**
 * The text before the first word of a note, without the bracket, `;`, `,` or `:` that opens the note; null when
 * the text has no word in it or starts with one.
 */
function beforeNote(t: string): { text: string; bracketed: boolean } | null {
  let at = -1;
  for (let i = 0; i < t.length && at < 0; i++) {
    if (!WORD_LETTER.test(t[i])) continue;
    const times = TIMES.test(t[i]) && !WORD_LETTER.test(t[i - 1] ?? "") && !WORD_LETTER.test(t[i + 1] ?? "");
    if (!times) at = i;
  }
  if (at <= 0) return null;
  let head = t.slice(0, at);
  // The note opens inside a bracket left open before it: the note starts at that bracket.
  let depth = 0;
  let open = -1;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === "(") {
      if (depth === 0) open = i;
      depth++;
    } else if (head[i] === ")" && depth > 0) depth--;
  }
  const bracketed = depth > 0;
  if (bracketed) head = head.slice(0, open);
  else if (!/[\s;,:]$/.test(head)) return null;
  const text = head.replace(/[\s;,:]+$/, "");
  return text === "" ? null : { text, bracketed };
}

type Token = { kind: "num"; value: number } | { kind: "op"; op: "+" | "-" | "*" | "/" } | { kind: "open" | "close" };

function tokenise(text: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch) || ch === "%") {
      i++;
      continue;
    }
    const digits = /^\d+(?:[.,]\d+)?/.exec(text.slice(i));
    if (digits) {
      out.push({ kind: "num", value: Number(digits[0].replace(",", ".")) });
      i += digits[0].length;
      continue;
    }
    if (ch === "+") out.push({ kind: "op", op: "+" });
    else if (ch === "-" || ch === "–" || ch === "−") out.push({ kind: "op", op: "-" });
    else if (ch === "x" || ch === "X" || ch === "×" || ch === "*") out.push({ kind: "op", op: "*" });
    else if (ch === "/" || ch === ":") out.push({ kind: "op", op: "/" });
    else if (ch === "(") out.push({ kind: "open" });
    else if (ch === ")") out.push({ kind: "close" });
    else return null;
    i++;
  }
  return out;
}

/**
 * Parse the right side of an equation. Numbers that are column numbers of the row become column references,
 * others (the 100 of a percentage) constants. Null when it does not parse.
 */
export function parseEquation(text: string, isColumn: (n: number) => boolean): EquationExpr | null {
  const tokens = tokenise(text);
  if (!tokens || tokens.length === 0) return null;
  let at = 0;
  const peek = () => tokens[at];
  const expr = (): EquationExpr | null => {
    let left = term();
    while (left && peek()?.kind === "op" && ["+", "-"].includes((peek() as { op: string }).op)) {
      const op = (tokens[at++] as { op: "+" | "-" }).op;
      const right = term();
      if (!right) return null;
      left = { kind: "op", op, left, right };
    }
    return left;
  };
  const term = (): EquationExpr | null => {
    let left = factor();
    while (left && peek()?.kind === "op" && ["*", "/"].includes((peek() as { op: string }).op)) {
      const op = (tokens[at++] as { op: "*" | "/" }).op;
      const right = factor();
      if (!right) return null;
      left = { kind: "op", op, left, right };
    }
    return left;
  };
  const factor = (): EquationExpr | null => {
    const t = tokens[at++];
    if (!t) return null;
    if (t.kind === "num") {
      return Number.isInteger(t.value) && isColumn(t.value)
        ? { kind: "column", number: t.value }
        : { kind: "constant", value: t.value };
    }
    if (t.kind === "open") {
      const inner = expr();
      if (!inner || tokens[at++]?.kind !== "close") return null;
      return inner;
    }
    return null;
  };
  const result = expr();
  return result && at === tokens.length ? result : null;
}

/** The column numbers of an equation that only adds columns (`9 + 10 + 11 + 12`); null otherwise. */
export function sumOfColumns(expr: EquationExpr): number[] | null {
  if (expr.kind === "column") return [expr.number];
  if (expr.kind === "op" && expr.op === "+") {
    const left = sumOfColumns(expr.left);
    const right = sumOfColumns(expr.right);
    return left && right ? [...left, ...right] : null;
  }
  return null;
}

/** `14 / 6 x 100` (or `(14 / 6) x 100`, `14 / 6`) as numerator, denominator and factor; null otherwise. */
export function ratioOfColumns(expr: EquationExpr): { numerator: number; denominator: number; factor: number } | null {
  if (expr.kind === "op" && expr.op === "/" && expr.left.kind === "column" && expr.right.kind === "column")
    return { numerator: expr.left.number, denominator: expr.right.number, factor: 1 };
  if (expr.kind === "op" && expr.op === "*") {
    const [ratio, constant] =
      expr.right.kind === "constant"
        ? [expr.left, expr.right]
        : expr.left.kind === "constant"
          ? [expr.right, expr.left]
          : [];
    if (!ratio || constant?.kind !== "constant") return null;
    const inner = ratioOfColumns(ratio);
    return inner ? { ...inner, factor: inner.factor * constant.value } : null;
  }
  // 14 / (6 / 100) and other forms are not what the form states; leave them as trees.
  return null;
}
