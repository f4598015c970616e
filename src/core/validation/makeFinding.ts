import Decimal from "decimal.js";
import { Finding, RULE_SEVERITY, RuleId } from "./finding";

type Nilai = Decimal | number | string | null;

function toPlain(v: Nilai): number | string | null {
  if (v === null || typeof v === "string" || typeof v === "number") return v;
  return v.toNumber();
}

/** A finding with the rule's contracted severity; Decimal values become JS numbers. */
export function makeFinding(
  rule: RuleId,
  sheet: string,
  cell: string,
  expected: Nilai,
  actual: Nilai,
  message: string,
): Finding {
  return {
    rule,
    severity: RULE_SEVERITY[rule],
    sheet,
    cell,
    expected: toPlain(expected),
    actual: toPlain(actual),
    message,
  };
}
