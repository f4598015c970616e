import { Finding } from "../finding";
import { SheetModel } from "../../model/types";
import { formatRupiah } from "../../numbers/format";
import { makeFinding } from "../makeFinding";
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
      makeFinding(
        "realisasi-over-pagu",
        sheetName(model),
        cell,
        pagu,
        realisasi,
        `Realisasi di ${cell} (${formatRupiah(realisasi)}) melebihi pagu (${formatRupiah(pagu)}); ` +
          `selisih ${formatRupiah(realisasi.minus(pagu))}.`,
      ),
    );
  }
  return findings;
}
