import Decimal from "decimal.js";
import { ErNode } from "../../model/evaluasiRenja";
import { BudgetNode } from "../../model/types";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { budgetCell, cellIn, num, realisasiTriwulanOf, sheetName } from "../modelAccess";
import { OpsiValidasi } from "../opsi";
import { TRIWULAN_KEYS } from "./parentVsChildren";

/**
 * realisasi-negative: a triwulan's realisasi Rp of an Evaluasi Renja row below zero (a refund booked against the
 * quarter, or a sign typed by mistake): the year's realisasi and every sum above it carry it, so it is named at the
 * lowest row below zero, not again at each parent that is so through it. On a Pengukuran
 * Kinerja sheet, which has one realisasi anggaran per row, that realisasi below zero (`realisasi-negative.total`).
 */
export function realisasiNegative(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  if (model.layout === "pengukuran-kinerja") return negativeTotals(model, facts);
  const quarters = facts.realisasiTriwulan;
  if (model.layout !== "evaluasi-renja" || !quarters) return [];
  const findings: Finding[] = [];
  for (let i = 0; i < facts.refs.length; i++) {
    for (let q = 0; q < 4; q++) {
      const money = quarters[q];
      // Exact in sen, the common case: zero or more reports nothing (NaN compares false: decimal.js decides).
      if (!money.present[i] || money.sen[i] >= 0) continue;
      const { node: row, children } = facts.refs[i];
      const node = row as ErNode;
      const value = realisasiTriwulanOf(node, q);
      const realisasi = num(value);
      if (realisasi === null || !isBelowZero(realisasi)) continue;
      // A parent below zero because a row under it is: that row's finding says it (one cause, one finding).
      if (children.some((c) => isBelowZero(num(realisasiTriwulanOf(c, q))))) continue;
      const cell = cellIn(model, node.row, TRIWULAN_KEYS[q], value);
      if (cell === null) continue;
      findings.push(
        makeFinding({
          ...negativeAt(model, node, cell, realisasi),
          key: "realisasi-negative",
          params: { cell, triwulan: q + 1, realisasi },
        }),
      );
    }
  }
  return findings;
}

/**
 * A Pengukuran Kinerja row whose realisasi anggaran is below zero; a parent that is so only because a row under it
 * is, is left to that row (one cause, one finding).
 */
function negativeTotals(model: SheetModel, facts: BudgetFacts): Finding[] {
  const findings: Finding[] = [];
  const negative = (n: BudgetNode) => isBelowZero(num(n.realisasi));
  const money = facts.realisasi;
  for (let i = 0; i < facts.refs.length; i++) {
    // Exact in sen, the common case: zero or more reports nothing (NaN compares false: decimal.js decides).
    if (!money.present[i] || money.sen[i] >= 0) continue;
    const { node, children } = facts.refs[i];
    if (!negative(node) || children.some(negative)) continue;
    const realisasi = num(node.realisasi) as Decimal;
    const cell = budgetCell(model, node, "realisasiAnggaran");
    if (cell === null) continue;
    findings.push(
      makeFinding({
        ...negativeAt(model, node, cell, realisasi),
        key: "realisasi-negative.total",
        params: { cell, realisasi },
      }),
    );
  }
  return findings;
}

function isBelowZero(v: Decimal | null): boolean {
  return v !== null && v.isNegative() && !v.isZero();
}

/** What every realisasi-negative finding says besides its sentence: the row, its cell, and the amount below 0. */
function negativeAt(model: SheetModel, node: BudgetNode | ErNode, cell: string, realisasi: Decimal) {
  return {
    rule: "realisasi-negative" as const,
    sheet: sheetName(model),
    cell,
    expected: 0,
    actual: realisasi,
    level: node.level,
    name: node.name,
  };
}
