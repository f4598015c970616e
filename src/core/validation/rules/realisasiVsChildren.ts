import { Finding } from "../../model/finding";
import { SheetModel } from "../../model/types";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { OpsiValidasi } from "../opsi";
import { parentVsChildren } from "./parentVsChildren";

/** realisasi-vs-children: a parent's realisasi (Rp) is the sum of its children's. */
export function realisasiVsChildren(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  return parentVsChildren(model, "realisasi-vs-children", "realisasiAnggaran", facts);
}
