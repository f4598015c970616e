import { fromA1 } from "../../grid/address";
import { CellRange } from "../../grid/grid";

// A sheet prefix (quoted or not), then a cell or a chain of cells joined by `:`; not a function name (`LOG10(`).
const REFERENCE =
  /((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(\$?[A-Za-z]{1,3}\$?\d+(?:\s*:\s*\$?[A-Za-z]{1,3}\$?\d+)*)(?![\w(])/g;

/**
 * The ranges a formula reads on its own sheet, 0-based. `N12:N15:N20` is one range from N12 to N20, as Excel
 * reads it; references to other sheets and text in quotes are left out.
 */
export function formulaRanges(formula: string): CellRange[] {
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const out: CellRange[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    if (m[1]) continue;
    const before = m.index === undefined || m.index === 0 ? "" : text[m.index - 1];
    if (/[A-Za-z0-9_.$]/.test(before)) continue;
    const cells = m[2].split(":").map((a) => fromA1(a.trim()));
    out.push({
      top: Math.min(...cells.map((c) => c.row)),
      bottom: Math.max(...cells.map((c) => c.row)),
      left: Math.min(...cells.map((c) => c.col)),
      right: Math.max(...cells.map((c) => c.col)),
    });
  }
  return out;
}

/** The rows a formula reads in one column (sorted, each once), from the ranges that cover that column. */
export function rowsReadInColumn(formula: string, col: number): number[] {
  const rows = new Set<number>();
  for (const r of formulaRanges(formula)) {
    if (col < r.left || col > r.right) continue;
    for (let row = r.top; row <= r.bottom; row++) rows.add(row);
  }
  return [...rows].sort((a, b) => a - b);
}

/** True for a formula that adds cells up: SUM, SUBTOTAL, or references joined by `+` only. */
export function isAddingFormula(formula: string): boolean {
  const f = formula.trim().replace(/^=/, "").toUpperCase();
  if (/^(SUM|SUBTOTAL|AGGREGATE)\s*\(/.test(f)) return true;
  return /^[$A-Z0-9:+\s()]+$/.test(f) && f.includes("+");
}
