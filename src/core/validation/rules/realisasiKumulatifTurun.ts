import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { BudgetNode, MaybeNumber } from "../../model/types";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { cellIn, num, realisasiTriwulanOf, sheetName, shortName } from "../modelAccess";
import { OpsiValidasi } from "../opsi";
import { TRIWULAN_KEYS } from "./parentVsChildren";

/**
 * realisasi-decreased (`.kumulatif`) within one row: on an Evaluasi Renja form whose triwulan columns hold the
 * realisasi up to each quarter (`s.d. TW I … s.d. TW IV`, EvaluasiRenjaModel.triwulanKumulatif), a quarter's Rp
 * below the quarter's before it. Named at the lowest such row: a parent that falls only because a row under it does
 * is left to that row (one cause, one finding). Across sheets of the year the rule of the same id compares sheets
 * (realisasiDecreased.ts).
 */
export function realisasiKumulatifTurun(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  if (model.layout !== "evaluasi-renja" || model.triwulanKumulatif !== true) return [];
  const findings: Finding[] = [];
  for (const { node, children } of facts.refs) {
    for (let q = 1; q < 4; q++) {
      if (!falls(node, q) || children.some((c) => falls(c, q))) continue;
      const now = realisasiTriwulanOf(node, q) as NonNullable<MaybeNumber>;
      const before = realisasiTriwulanOf(node, q - 1) as NonNullable<MaybeNumber>;
      const cell = cellIn(model, node.row, TRIWULAN_KEYS[q], now);
      const cellLalu = cellIn(model, node.row, TRIWULAN_KEYS[q - 1], before);
      if (cell === null || cellLalu === null) continue;
      findings.push(
        makeFinding({
          rule: "realisasi-decreased",
          sheet: sheetName(model),
          cell,
          expected: before.value,
          actual: now.value,
          key: "realisasi-decreased.kumulatif",
          params: {
            tingkat: node.level,
            nama: shortName(node.name),
            cell,
            triwulan: q + 1,
            realisasi: now.value,
            cellLalu,
            triwulanLalu: q,
            realisasiLalu: before.value,
          },
          level: node.level,
          name: node.name,
        }),
      );
    }
  }
  return findings;
}

/** The row's realisasi up to quarter q (0-based) is below the one up to the quarter before, both written. */
function falls(node: BudgetNode, q: number): boolean {
  const now = num(realisasiTriwulanOf(node, q));
  const before = num(realisasiTriwulanOf(node, q - 1));
  return now !== null && before !== null && now.lessThan(before);
}
