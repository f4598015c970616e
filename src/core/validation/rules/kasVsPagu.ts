import { Finding } from "../finding";
import { SheetModel } from "../../model/types";
import { formatRupiah } from "../../numbers/format";
import { makeFinding } from "../makeFinding";
import { budgetCell, list, num, sheetName, sumOf } from "../modelAccess";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { OpsiValidasi } from "../opsi";

/** kas-vs-pagu: Σ anggaran kas TW I–IV of a row equals its pagu. */
export function kasVsPagu(model: SheetModel, _opsi?: OpsiValidasi, facts: BudgetFacts = budgetFacts(model)): Finding[] {
  const findings: Finding[] = [];
  const { refs, pagu: paguFacts } = facts;
  const kasFacts = facts.kasSdTw[3];
  for (let i = 0; i < refs.length; i++) {
    // Exact in sen, the common case: no pagu, no kas filled in, or a sum that matches, reports nothing.
    if (!paguFacts.present[i] || !kasFacts.filled[i] || kasFacts.sen[i] === paguFacts.sen[i]) continue;
    const { node } = refs[i];
    const pagu = num(node.pagu);
    const kas = list(node.anggaranKas).slice(0, 4).map(num);
    if (pagu === null || kas.every((k) => k === null)) continue;
    const total = sumOf(kas);
    if (total.equals(pagu)) continue;
    const cell = budgetCell(model, node, "pagu");
    if (cell === null) continue;
    findings.push(
      makeFinding(
        "kas-vs-pagu",
        sheetName(model),
        cell,
        total,
        pagu,
        `Pagu di ${cell} (${formatRupiah(pagu)}) tidak sama dengan jumlah anggaran kas TW I–IV (${formatRupiah(total)}); ` +
          `selisih ${formatRupiah(pagu.minus(total).abs())}.`,
      ),
    );
  }
  return findings;
}
