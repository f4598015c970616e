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

/** Read a number-row cell; null when it is neither a small number nor an equation over column numbers. */
export function readNumberCell(text: string): NumberCellText | null {
  const t = text.trim();
  const bare = BARE.exec(t);
  if (bare) return { number: Number(bare[1]) };
  const eq = EQUATION.exec(t);
  if (eq && EQUATION_CHARS.test(eq[2]) && /\d/.test(eq[2])) return { number: Number(eq[1]), equation: eq[2].trim() };
  return null;
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
