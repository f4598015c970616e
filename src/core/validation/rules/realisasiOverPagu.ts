import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { budgetCell, num, sheetName, sumOf } from "../modelAccess";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { paguSlips } from "../paguSlips";
import { OpsiValidasi } from "../opsi";

/**
 * realisasi-over-pagu: a row never spends more than its pagu. Not where the pagu is the row's slip: its children's
 * pagu add up to something else (pagu-vs-children names that cell) and the realisasi is within what they add up to
 * (er34 D3: a bidang's mistyped pagu gave a second error, over a pagu that was not the bidang's).
 */
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
    if (paguIsTheSlip(facts, i)) continue;
    // Its own anggaran kas shows the pagu is the slip (paguSlips.ts), and the realisasi is within that kas.
    const slips = paguSlips(facts);
    if (slips.slip[i] && realisasiFacts.sen[i] <= slips.kasSen[i]) continue;
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

/**
 * The row's pagu is off from its children's Σ, and the realisasi stays within that Σ: in sen where every amount is
 * exact, else in decimal.js (the same answer, see exactFastPaths.test.ts).
 */
function paguIsTheSlip(facts: BudgetFacts, i: number): boolean {
  const pagu = facts.pagu;
  if (!pagu.childFilled[i] || pagu.childUnreadable[i]) return false;
  const own = pagu.sen[i];
  const children = pagu.childSen[i];
  const spent = facts.realisasi.sen[i];
  if (Number.isFinite(own) && Number.isFinite(children) && Number.isFinite(spent))
    return children !== own && spent <= children;
  const { node, children: rows } = facts.refs[i];
  const sum = sumOf(rows.map((c) => num(c.pagu)));
  const stated = num(node.pagu);
  const realisasi = num(node.realisasi);
  return stated !== null && realisasi !== null && !sum.equals(stated) && realisasi.lte(sum);
}
