import Decimal from "decimal.js";
import { fromA1, parseA1 } from "../grid/address";
import { Finding, FindingLevel, FindingParams, RULE_SEVERITY, RULE_SEVERITY_RAISED, RuleId } from "./finding";
import { amountParam, renderMessage } from "./messages/render";
import { MessageKey, ParamsOf } from "./messages/params";

type Nilai = Decimal | number | string | null;

export interface FindingInput<K extends MessageKey> {
  rule: RuleId;
  sheet: string;
  cell: string;
  expected?: Nilai;
  actual?: Nilai;
  key: K;
  params: ParamsOf<K>;
  /** The row the finding is about; a level outside FindingLevel (a malformed model) is not kept. */
  level?: string | null;
  name?: unknown;
  /** True for the raised severity a rule may have (RULE_SEVERITY_RAISED); otherwise the rule's own. */
  raised?: boolean;
}

const LEVELS: ReadonlySet<string> = new Set<FindingLevel>([
  "urusan",
  "bidang",
  "program",
  "kegiatan",
  "subKegiatan",
  "indikator",
  "sasaran",
  "tujuan",
]);

function toPlain(v: Nilai | undefined): number | string | null {
  if (v === undefined || v === null || typeof v === "string" || typeof v === "number") return v ?? null;
  return v.toNumber();
}

/** The 1-based row of an A1 address, or null. */
export function rowOfCell(cell: string): number | null {
  const at = parseA1(cell);
  return at === null ? null : at.row + 1;
}

/** A name as a finding carries it: whitespace collapsed, null when empty or not text. */
export function findingName(name: unknown): string | null {
  if (typeof name !== "string") return null;
  const s = name.replace(/\s+/g, " ").trim();
  return s === "" ? null : s;
}

/**
 * A finding with the rule's contracted severity: Decimal values become JS numbers, amounts in params numbers (or
 * their exact text), and `message` the Bahasa Indonesia sentence of `key`.
 */
export function makeFinding<K extends MessageKey>(input: FindingInput<K>): Finding {
  const params: FindingParams = {};
  for (const [name, value] of Object.entries(input.params as Record<string, unknown>)) {
    params[name] =
      value instanceof Decimal || Decimal.isDecimal(value)
        ? amountParam(value as Decimal)
        : (value as FindingParams[string]);
  }
  const level = typeof input.level === "string" && LEVELS.has(input.level) ? (input.level as FindingLevel) : null;
  return {
    rule: input.rule,
    severity: (input.raised ? RULE_SEVERITY_RAISED[input.rule] : undefined) ?? RULE_SEVERITY[input.rule],
    sheet: input.sheet,
    cell: input.cell,
    expected: toPlain(input.expected),
    actual: toPlain(input.actual),
    message: renderMessage(input.key, params, "id"),
    messageKey: input.key,
    params,
    row: rowOfCell(input.cell),
    level,
    name: findingName(input.name),
  };
}

/** Findings in sheet order (row, then column); findings at the same cell keep the order they were made in. */
export function inCellOrder(findings: Finding[]): Finding[] {
  const pos = (f: Finding) => fromA1(f.cell);
  return findings
    .map((f, i) => ({ f, i, p: pos(f) }))
    .sort((a, b) => a.p.row - b.p.row || a.p.col - b.p.col || a.i - b.i)
    .map((x) => x.f);
}
