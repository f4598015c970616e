import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { capaianAnggaran } from "../../formulas/anggaran";
import { roundsTo, roundTo } from "../../numbers/decimal";
import { roundedPercentSafe, roundedPercentScaled } from "../../numbers/exact";
import { budgetCell, num, sheetName, shownDecimals } from "../modelAccess";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { paguSlips } from "../paguSlips";
import { OpsiValidasi } from "../opsi";

/** capaian-anggaran-mismatch: the stated capaian equals realisasi ÷ pagu × 100 at the precision it is shown. */
export function capaianAnggaranMismatch(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  const findings: Finding[] = [];
  const { refs, pagu: paguFacts, realisasi: realisasiFacts, capaian } = facts;
  const agrees = agreesExactly;
  for (let i = 0; i < refs.length; i++) {
    // No pagu, a zero pagu, no realisasi or no capaian: nothing to compare.
    if (!paguFacts.present[i] || !realisasiFacts.present[i] || paguFacts.sen[i] === 0 || !capaian.present[i]) continue;
    if (agrees(capaian.shown[i], realisasiFacts.sen[i], paguFacts.sen[i], capaian.decimals[i])) continue;
    // A pagu its own anggaran kas shows to be the slip (paguSlips.ts): a capaian of the realisasi over that kas is
    // right, and recomputing it from the slipped pagu would lead to a wrong correction.
    const slips = paguSlips(facts);
    const kasSen = slips.kasSen[i];
    if (slips.slip[i] && kasSen !== 0 && agrees(capaian.shown[i], realisasiFacts.sen[i], kasSen, capaian.decimals[i]))
      continue;
    const { node } = refs[i];
    const stated = num(node.capaian);
    if (stated === null) continue;
    const decimals = shownDecimals(node.capaian);
    const pagu = num(node.pagu);
    const realisasi = num(node.realisasi);
    if (pagu === null || pagu.isZero() || realisasi === null) continue;
    const exact = capaianAnggaran(realisasi, pagu);
    const computed = roundTo(exact, decimals);
    const shown = roundTo(stated, decimals);
    if (roundsTo(exact, decimals, shown)) continue;
    const cell = budgetCell(model, node, "capaianAnggaran");
    if (cell === null) continue;
    findings.push(
      makeFinding({
        rule: "capaian-anggaran-mismatch",
        sheet: sheetName(model),
        cell,
        expected: computed,
        actual: shown,
        key: "capaian-anggaran-mismatch",
        params: { cell, tertulis: shown, realisasi, pagu, hitung: computed, desimal: decimals },
        level: node.level,
        name: node.name,
      }),
    );
  }
  return findings;
}

/**
 * The comparison above in integers, for amounts that are exact in sen and a capaian exact at its digits (NaN when
 * not; see budgetFacts): true when the rounded capaian matches the stated one. False also when it cannot tell;
 * the Decimal comparison then decides.
 */
function agreesExactly(shown: number, realisasiSen: number, paguSen: number, decimals: number): boolean {
  if (Number.isNaN(shown) || Number.isNaN(realisasiSen) || Number.isNaN(paguSen)) return false;
  const rounded = roundedPercentSafe(realisasiSen, paguSen, decimals);
  if (rounded !== null) return rounded === shown;
  return roundedPercentScaled(realisasiSen, paguSen, decimals) === BigInt(shown);
}
