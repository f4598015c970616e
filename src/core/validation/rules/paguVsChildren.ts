import { Finding } from "../../model/finding";
import { SheetModel } from "../../model/sheetModel";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { OpsiValidasi } from "../opsi";
import { parentVsChildren } from "./parentVsChildren";

/** pagu-vs-children: a program's pagu is the sum of its kegiatan's, a kegiatan's the sum of its sub kegiatan's. */
export function paguVsChildren(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  return parentVsChildren(model, "pagu-vs-children", "pagu", facts);
}
