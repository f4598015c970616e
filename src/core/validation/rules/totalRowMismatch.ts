import { ErNode, EvaluasiRenjaModel, TotalRow } from "../../model/evaluasiRenja";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { MaybeNumber } from "../../model/types";
import { BudgetColumn, budgetValue, isBudgetUnreadable, num, sheetName, sumOf } from "../modelAccess";

const CHECKED: readonly { column: BudgetColumn; total: (t: TotalRow) => MaybeNumber; key: TotalKey }[] = [
  { column: "pagu", total: (t) => t.pagu, key: "total-row-mismatch.pagu" },
  { column: "realisasiAnggaran", total: (t) => t.realisasi, key: "total-row-mismatch.realisasi" },
];
type TotalKey = "total-row-mismatch.pagu" | "total-row-mismatch.realisasi";

/**
 * total-row-mismatch: an Evaluasi Renja's total row (JUMLAH / TOTAL, or the footer of figures without a label)
 * equals the sum of the rows at the top of the tree above it (urusan, or bidang and programs where the sheet has
 * none above them; under a row that shows nothing in the column, as an app export's urusan and bidang rows, the
 * rows below it), in target Renja Rp (8) and the year's realisasi Rp (13). Only the table's grand total, the one
 * with the largest pagu, is held to it (a JUMLAH per urusan above it adds up less). Silent when a figure it needs
 * could not be read, or when the total or all its rows leave that column empty.
 */
export function totalRowMismatch(model: SheetModel): Finding[] {
  if (model.layout !== "evaluasi-renja" || model.totals.length === 0) return [];
  const total = grandTotal(model.totals);
  const counted = countedBy(model, total.row);
  const roots = [...model.urusan, ...model.bidang, ...model.program].filter(counted).sort((a, b) => a.row - b.row);
  if (roots.length === 0) return [];
  const findings: Finding[] = [];
  for (const { column, total: figureOf, key } of CHECKED) {
    const figure = figureOf(total);
    const stated = num(figure);
    if (figure === null || stated === null) continue;
    const rows = rowsWithFigures(model, roots, column, counted);
    if (rows.some((r) => isBudgetUnreadable(model, r, column))) continue;
    const values = rows.map((r) => num(budgetValue(r, column)));
    if (values.every((v) => v === null)) continue;
    const jumlah = sumOf(values);
    if (stated.equals(jumlah)) continue;
    const cell = figure.cell;
    findings.push(
      makeFinding({
        rule: "total-row-mismatch",
        sheet: sheetName(model),
        cell,
        expected: jumlah,
        actual: stated,
        key,
        params: { cell, total: stated, tingkat: rows[0].level, jumlah, selisih: stated.minus(jumlah).abs() },
      }),
    );
  }
  return findings;
}

/**
 * The rows the total adds up in a column: each top row, or, where it shows nothing in that column (an app export's
 * urusan and bidang rows carry only their code and name), the rows under it, down to programs.
 */
function rowsWithFigures(
  model: SheetModel,
  nodes: readonly ErNode[],
  column: BudgetColumn,
  counted: (n: ErNode) => boolean,
): ErNode[] {
  return nodes.flatMap((n) => {
    if (budgetValue(n, column) !== null || isBudgetUnreadable(model, n, column)) return [n];
    const below = childrenOf(n).filter(counted);
    return below.length > 0 ? rowsWithFigures(model, below, column, counted) : [n];
  });
}

function childrenOf(n: ErNode): ErNode[] {
  switch (n.level) {
    case "urusan":
      return [...n.bidang, ...n.program].sort((a, b) => a.row - b.row);
    case "bidang":
      return n.program;
    default:
      return [];
  }
}

/** The total with the largest pagu (the first on a tie; the last total when none has one). */
function grandTotal(totals: readonly TotalRow[]): TotalRow {
  let best: TotalRow | null = null;
  for (const t of totals) {
    const pagu = num(t.pagu);
    if (pagu === null) continue;
    const bestPagu = best ? num(best.pagu) : null;
    if (bestPagu === null || pagu.gt(bestPagu)) best = t;
  }
  return best ?? totals[totals.length - 1];
}

/** Rows the total adds up: above it, outside any block pasted below a total (which the tree may still hold). */
function countedBy(model: EvaluasiRenjaModel, totalRow: number): (n: ErNode) => boolean {
  return (n) => n.row < totalRow && !model.outsideTotals.some((b) => n.row >= b.rows[0] && n.row <= b.rows[1]);
}
