import { Finding } from "../../model/finding";
import { SheetModel } from "../../model/sheetModel";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { OpsiValidasi } from "../opsi";
import { parentVsChildren, TRIWULAN_KEYS } from "./parentVsChildren";

/**
 * realisasi-vs-children: a parent's realisasi (Rp) is the sum of its children's; in an Evaluasi Renja sheet the
 * year's (13) and each triwulan's (9)–(12).
 */
export function realisasiVsChildren(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  const findings = parentVsChildren(model, "realisasi-vs-children", "realisasiAnggaran", facts);
  if (model.layout === "evaluasi-renja")
    for (const q of TRIWULAN_KEYS) findings.push(...parentVsChildren(model, "realisasi-vs-children", q, facts));
  return findings;
}
