import { Finding, FindingLevel, RULE_SEVERITY } from "../../model/finding";
import { rowOfCell } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { list } from "../modelAccess";

/**
 * unreadable-value, missing-name and level-uncertain: found while recognising the sheet, passed on with the
 * severity the rule id is contracted to (and the fields a finding carries, should a hand-made model lack them).
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
    .map((f) => ({
      ...f,
      severity: RULE_SEVERITY[f.rule],
      messageKey: typeof f.messageKey === "string" ? f.messageKey : "",
      params: f.params && typeof f.params === "object" ? f.params : {},
      row: typeof f.row === "number" ? f.row : rowOfCell(f.cell),
      level: typeof f.level === "string" ? (f.level as FindingLevel) : null,
      name: typeof f.name === "string" ? f.name : null,
    }));
}
