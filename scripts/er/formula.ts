/**
 * The few formula shapes these workbooks use, kept as structure (so the checker can see which rows a SUM takes
 * in) and written as text: SUM over cells and ranges (a range of three points, `A1:A3:A9`, is the box around
 * them, as in Excel), a plain `A+B+C`, and `num/den*100`.
 */
import Decimal from "decimal.js";
import { address, ErSheet } from "./sheet";

export interface Ref {
  row: number;
  col: number;
}

export type Term = { ref: Ref } | { range: Ref[] };

export type Formula =
  | { kind: "sum"; terms: Term[] }
  | { kind: "plus"; refs: Ref[] }
  | { kind: "percent"; num: Ref; den: Ref; iferror: boolean }
  /** `num/den`, shown with a % number format. */
  | { kind: "ratio"; num: Ref; den: Ref }
  /** `left-SUM(terms)`: a scratch check of a parent against its children. */
  | { kind: "diff"; left: Ref; terms: Term[] }
  /** Any other scratch formula, with the result worked out by whoever wrote it (verified against LibreOffice). */
  | { kind: "raw"; text: string; result: number };

export function formulaText(f: Formula): string {
  switch (f.kind) {
    case "sum":
      return `SUM(${f.terms.map((t) => ("ref" in t ? addr(t.ref) : t.range.map(addr).join(":"))).join(",")})`;
    case "plus":
      return f.refs.map(addr).join("+");
    case "percent": {
      const body = `${addr(f.num)}/${addr(f.den)}*100`;
      return f.iferror ? `IFERROR(${body},0)` : body;
    }
    case "ratio":
      return `${addr(f.num)}/${addr(f.den)}`;
    case "diff":
      return `${addr(f.left)}-${formulaText({ kind: "sum", terms: f.terms })}`;
    case "raw":
      return f.text;
  }
}

function addr(r: Ref): string {
  return address(r.row, r.col);
}

/** Every cell a formula reads. */
export function formulaCells(f: Formula): Ref[] {
  switch (f.kind) {
    case "sum":
      return f.terms.flatMap((t) => {
        if ("ref" in t) return [t.ref];
        const rows = t.range.map((r) => r.row);
        const cols = t.range.map((r) => r.col);
        const out: Ref[] = [];
        for (let row = Math.min(...rows); row <= Math.max(...rows); row++)
          for (let col = Math.min(...cols); col <= Math.max(...cols); col++) out.push({ row, col });
        return out;
      });
    case "plus":
      return f.refs;
    case "percent":
    case "ratio":
      return [f.num, f.den];
    case "diff":
      return [f.left, ...formulaCells({ kind: "sum", terms: f.terms })];
    case "raw":
      return [];
  }
}

/** Work out every formula's result the way a spreadsheet would and store it as the cell's value. */
export function evaluateSheet(sheet: ErSheet): void {
  const done = new Map<string, number>();
  const visiting = new Set<string>();
  const valueAt = (r: Ref): number | string | null => {
    const key = address(r.row, r.col);
    const cell = sheet.cells.get(key);
    if (!cell) return null;
    if (!cell.formula) return cell.value;
    if (done.has(key)) return done.get(key)!;
    if (visiting.has(key)) throw new Error(`rumus melingkar di ${key}`);
    visiting.add(key);
    const v = compute(cell.formula, valueAt, key);
    visiting.delete(key);
    done.set(key, v);
    cell.value = v;
    return v;
  };
  for (const [key, cell] of sheet.cells) {
    if (!cell.formula) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(key)!;
    valueAt({ row: Number(m[2]), col: lettersToCol(m[1]) });
  }
}

function lettersToCol(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

function compute(f: Formula, valueAt: (r: Ref) => number | string | null, where: string): number {
  switch (f.kind) {
    case "sum":
      // SUM skips text and empty cells.
      return formulaCells(f)
        .map(valueAt)
        .filter((v): v is number => typeof v === "number")
        .reduce((a, v) => a.plus(v), new Decimal(0))
        .toNumber();
    case "plus":
      return f.refs
        .map((r) => {
          const v = valueAt(r);
          if (typeof v === "string") throw new Error(`${where}: + atas teks`);
          return v ?? 0;
        })
        .reduce((a, v) => a.plus(v), new Decimal(0))
        .toNumber();
    case "ratio":
    case "percent": {
      const num = valueAt(f.num);
      const den = valueAt(f.den);
      if (typeof num === "string" || typeof den === "string") throw new Error(`${where}: bagi atas teks`);
      if (!den) {
        if (f.kind === "percent" && f.iferror) return 0;
        throw new Error(`${where}: bagi nol`);
      }
      return f.kind === "ratio" ? (num ?? 0) / den : ((num ?? 0) / den) * 100;
    }
    case "diff": {
      const left = valueAt(f.left);
      if (typeof left === "string") throw new Error(`${where}: kurang atas teks`);
      return new Decimal(left ?? 0).minus(compute({ kind: "sum", terms: f.terms }, valueAt, where)).toNumber();
    }
    case "raw":
      return f.result;
  }
}
