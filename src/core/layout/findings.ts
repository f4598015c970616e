import { Finding, RULE_SEVERITY, RuleId } from "../validation/finding";

/** A recognition finding with the rule's contracted severity. */
export function finding(
  rule: RuleId,
  sheet: string,
  cell: string,
  message: string,
  actual: number | string | null = null,
  expected: number | string | null = null,
): Finding {
  return { rule, severity: RULE_SEVERITY[rule], sheet, cell, expected, actual, message };
}

/** A name shortened for a message. */
export function quoteName(name: string, max = 60): string {
  const s = name.length > max ? `${name.slice(0, max - 1)}…` : name;
  return `"${s}"`;
}
