import { Finding } from "../../model/finding";
import { SheetModel } from "../../model/sheetModel";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { OpsiValidasi } from "../opsi";
import { parentVsChildren } from "./parentVsChildren";

const KAS_COLUMNS = ["kas1", "kas2", "kas3", "kas4"] as const;

/** kas-vs-children: each anggaran kas column of a parent is the sum of its children's. */
export function kasVsChildren(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  return KAS_COLUMNS.flatMap((column) => parentVsChildren(model, "kas-vs-children", column, facts));
}
