/**
 * The few formula shapes these workbooks use, kept as structure (so the checker can see which rows a SUM takes
 * in) and written as text: SUM over cells and ranges (a range of three points, `A1:A3:A9`, is the box around
 * them, as in Excel), a plain `A+B+C`, and `num/den*100`.
 */
import { toA1 } from "../../src/core/grid/address";

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
  return toA1(r.row - 1, r.col - 1);
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
