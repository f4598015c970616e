import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { budgetCell, num, sheetName } from "../modelAccess";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { OpsiValidasi } from "../opsi";

/** realisasi-over-pagu: a row never spends more than its pagu. */
export function realisasiOverPagu(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  const findings: Finding[] = [];
  const { refs, pagu: paguFacts, realisasi: realisasiFacts } = facts;
  for (let i = 0; i < refs.length; i++) {
    // An empty cell, or one that holds text, is not present: nothing to compare.
    if (!paguFacts.present[i] || !realisasiFacts.present[i]) continue;
    // Exact in sen, the common case: realisasi within pagu reports nothing (NaN compares false: decimal.js decides).
    if (realisasiFacts.sen[i] <= paguFacts.sen[i]) continue;
    const { node } = refs[i];
    const pagu = num(node.pagu);
    const realisasi = num(node.realisasi);
    if (pagu === null || realisasi === null || !realisasi.greaterThan(pagu)) continue;
    const cell = budgetCell(model, node, "realisasiAnggaran");
    if (cell === null) continue;
    findings.push(
      makeFinding({
        rule: "realisasi-over-pagu",
        sheet: sheetName(model),
        cell,
        expected: pagu,
        actual: realisasi,
        key: "realisasi-over-pagu",
        params: { cell, realisasi, pagu, selisih: realisasi.minus(pagu) },
        level: node.level,
        name: node.name,
      }),
    );
  }
  return findings;
}
