import { Finding, RULE_SEVERITY } from "../finding";
import { SheetModel } from "../../model/types";
import { list } from "../modelAccess";

/**
 * unreadable-value, missing-name and level-uncertain: found while recognising the sheet, passed on with the
 * severity the rule id is contracted to.
 */
export function recognitionFindings(model: SheetModel): Finding[] {
  return list(model.findings)
    .filter(
      (f): f is Finding =>
        f !== null &&
        typeof f === "object" &&
        typeof f.rule === "string" &&
        f.rule in RULE_SEVERITY &&
        typeof f.sheet === "string" &&
        typeof f.cell === "string",
    )
    .map((f) => ({ ...f, severity: RULE_SEVERITY[f.rule] }));
}
