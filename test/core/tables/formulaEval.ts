import { fromA1 } from "../../../src/core/grid/address";
import { CellSpec, SheetSpec } from "../../../src/core/tables/sheetSpec";

/**
 * A tiny evaluator for the formulas the LKjIP tables write: numbers, "strings", A1 references and ranges within
 * one sheet, + − * / and comparisons, IF ABS SUM MIN MAX ROUND. It follows Excel on empty cells (0 in arithmetic,
 * equal to both 0 and "") and gives error values (#DIV/0!, #VALUE!) as Excel does; anything it does not know throws,
 * so an unexpected formula makes the test fail.
 */
export class ExcelError {
  constructor(readonly code: string) {}
}
export type Value = number | string | boolean | null | ExcelError;
type Token = { kind: "num" | "str" | "ref" | "range" | "fn" | "op"; text: string };

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /\s*(?:(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)|(\$?[A-Z]{1,3}\$?\d+)|([A-Z]+)\(|(<>|<=|>=|[-+*/(),=<>]))/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < formula.length) {
    re.lastIndex = pos;
    m = re.exec(formula);
    if (!m || m[0].length === 0) throw new Error(`Cannot tokenize at ${pos}: ${formula.slice(pos)}`);
    pos = re.lastIndex;
    if (m[1]) tokens.push({ kind: "num", text: m[1] });
    else if (m[2]) tokens.push({ kind: "str", text: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[3]) tokens.push({ kind: "range", text: m[3].replace(/\$/g, "") });
    else if (m[4]) tokens.push({ kind: "ref", text: m[4].replace(/\$/g, "") });
    else if (m[5]) tokens.push({ kind: "fn", text: m[5] });
    else if (m[6]) tokens.push({ kind: "op", text: m[6] });
  }
  return tokens;
}

/** Every cell address a formula refers to (ranges expanded). */
export function referencedCells(formula: string): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (const t of tokenize(formula)) {
    if (t.kind === "ref") out.push(fromA1(t.text));
    if (t.kind === "range") {
      const [a, b] = t.text.split(":").map(fromA1);
      for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push({ row: r, col: c });
    }
  }
  return out;
}

export function cellOf(spec: SheetSpec, row: number, col: number): CellSpec | undefined {
  return spec.cells.find((c) => c.row === row && c.col === col)?.cell;
}

export function evaluateCell(spec: SheetSpec, row: number, col: number, seen = new Set<string>()): Value {
  const cell = cellOf(spec, row, col);
  if (!cell) return null;
  if (cell.formula === undefined) return cell.value ?? null;
  const key = `${row}:${col}`;
  if (seen.has(key)) throw new Error(`Circular reference at ${key}`);
  seen.add(key);
  const v = evaluateFormula(spec, cell.formula, seen);
  seen.delete(key);
  return v;
}

export function evaluateFormula(spec: SheetSpec, formula: string, seen = new Set<string>()): Value {
  const tokens = tokenize(formula);
  let i = 0;
  const peek = () => tokens[i];
  const expectOp = (op: string) => {
    const t = tokens[i++];
    if (!t || t.kind !== "op" || t.text !== op) throw new Error(`Expected ${op} in ${formula}`);
  };
  const num = (v: Value | Value[]): number => {
    if (Array.isArray(v)) throw new Error("Range used as a number");
    if (v instanceof ExcelError) throw v;
    if (v === null) return 0;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    throw new ExcelError("#VALUE!");
  };
  /** Arithmetic that turns a thrown ExcelError back into a value, as Excel propagates errors. */
  const arith = (f: () => number): Value => {
    try {
      return f();
    } catch (e) {
      if (e instanceof ExcelError) return e;
      throw e;
    }
  };
  const compare = (a: Value, b: Value, op: string): boolean => {
    let x: Value = a;
    let y: Value = b;
    if (x === null) x = typeof y === "string" ? "" : 0;
    if (y === null) y = typeof x === "string" ? "" : 0;
    if (typeof x !== typeof y) return op === "<>";
    const c = x < y ? -1 : x > y ? 1 : 0;
    return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op] as boolean;
  };

  function primary(): Value | Value[] {
    const t = tokens[i++];
    if (!t) throw new Error(`Unexpected end of ${formula}`);
    if (t.kind === "num") return Number(t.text);
    if (t.kind === "str") return t.text;
    if (t.kind === "ref") {
      const { row, col } = fromA1(t.text);
      return evaluateCell(spec, row, col, seen);
    }
    if (t.kind === "range") {
      const [a, b] = t.text.split(":").map(fromA1);
      const out: Value[] = [];
      for (let r = a.row; r <= b.row; r++)
        for (let c = a.col; c <= b.col; c++) out.push(evaluateCell(spec, r, c, seen));
      return out;
    }
    if (t.kind === "fn") return call(t.text);
    if (t.text === "(") {
      const v = expr();
      expectOp(")");
      return v;
    }
    if (t.text === "-") {
      const v = primary();
      return arith(() => -num(v));
    }
    throw new Error(`Unexpected ${t.text} in ${formula}`);
  }

  function call(name: string): Value {
    const args: (Value | Value[])[] = [];
    if (!(peek()?.kind === "op" && peek().text === ")")) {
      args.push(expr());
      while (peek()?.kind === "op" && peek().text === ",") {
        i++;
        args.push(expr());
      }
    }
    expectOp(")");
    const scalars = () =>
      args.flatMap((a) => {
        if (!Array.isArray(a)) return [num(a)];
        const err = a.find((v) => v instanceof ExcelError);
        if (err) throw err;
        return a.filter((v): v is number => typeof v === "number");
      });
    if (name === "IF") {
      if (args.length !== 3) throw new Error("IF needs 3 arguments here");
      const cond = args[0] as Value;
      if (cond instanceof ExcelError) return cond;
      const truthy = typeof cond === "boolean" ? cond : arith(() => num(cond));
      if (truthy instanceof ExcelError) return truthy;
      return (truthy ? args[1] : args[2]) as Value;
    }
    return arith(() => {
      switch (name) {
        case "ABS":
          return Math.abs(num(args[0]));
        case "SUM":
          return scalars().reduce((a, b) => a + b, 0);
        case "MIN":
          return Math.min(...scalars());
        case "MAX":
          return Math.max(...scalars());
        case "ROUND": {
          const f = 10 ** num(args[1]);
          const x = num(args[0]);
          return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
        }
        default:
          throw new Error(`Function ${name} is not allowed`);
      }
    });
  }

  function unary(): Value | Value[] {
    if (peek()?.kind === "op" && peek().text === "-") {
      i++;
      const v = unary();
      return arith(() => -num(v));
    }
    return primary();
  }

  function term(): Value | Value[] {
    let v = unary();
    while (peek()?.kind === "op" && (peek().text === "*" || peek().text === "/")) {
      const op = tokens[i++].text;
      const right = unary();
      const left = v;
      v = arith(() => {
        const a = num(left);
        const r = num(right);
        if (op === "/" && r === 0) throw new ExcelError("#DIV/0!");
        return op === "*" ? a * r : a / r;
      });
    }
    return v;
  }

  function additive(): Value | Value[] {
    let v = term();
    while (peek()?.kind === "op" && (peek().text === "+" || peek().text === "-")) {
      const op = tokens[i++].text;
      const right = term();
      const left = v;
      v = arith(() => (op === "+" ? num(left) + num(right) : num(left) - num(right)));
    }
    return v;
  }

  function expr(): Value | Value[] {
    const v = additive();
    const t = peek();
    if (t?.kind === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(t.text)) {
      i++;
      const right = additive() as Value;
      if (v instanceof ExcelError) return v;
      if (right instanceof ExcelError) return right;
      return compare(v as Value, right, t.text);
    }
    return v;
  }

  const result = expr();
  if (i !== tokens.length) throw new Error(`Trailing tokens in ${formula}`);
  if (Array.isArray(result)) throw new Error("A formula evaluated to a range");
  return result;
}
