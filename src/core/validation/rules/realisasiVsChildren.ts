import { Finding } from "../../model/finding";
import { SheetModel } from "../../model/sheetModel";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { OpsiValidasi } from "../opsi";
import { statedReportQuarter } from "../modelAccess";
import { parentVsChildren, TRIWULAN_KEYS } from "./parentVsChildren";

/**
 * realisasi-vs-children: a parent's realisasi (Rp) is the sum of its children's; in an Evaluasi Renja sheet the
 * year's (13) and each triwulan's (9)–(12) up to the report's.
 */
export function realisasiVsChildren(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  const findings = parentVsChildren(model, "realisasi-vs-children", "realisasiAnggaran", facts);
  if (model.layout !== "evaluasi-renja") return findings;
  // A quarter after the one the title reports is no part of the report (triwulan-source says so at its figures).
  const quarters = statedReportQuarter(model) ?? 4;
  for (const q of TRIWULAN_KEYS.slice(0, quarters))
    findings.push(...parentVsChildren(model, "realisasi-vs-children", q, facts));
  return findings;
}
