import { Lang } from "../../numbers/format";
import { FindingLevel, RuleId, Severity } from "../finding";
import { DataColumn, MessageKey } from "./params";

/** What one language says about findings: the sentences, the words they are built of, and the labels around them. */
export interface Catalog {
  lang: Lang;
  /** One template per message key; `{name}` is a parameter, written by its kind (params.ts). */
  messages: Record<MessageKey, string>;
  /** The word for a level; `budgetRow` for a budget row whose level is not known. */
  levels: Record<FindingLevel | "budgetRow", string>;
  /** `TW IV` / `Q4`. */
  triwulan: (n: number) => string;
  /** The label of a row without a name: `Baris 12 (tanpa nama)`. */
  unnamedRow: (row: number) => string;
  /** After a list cut short: ` dan 12 lainnya`; "" for none. */
  others: (n: number) => string;
  /** `indikator "<name>"`, or the indikator of a row when it has no name. */
  indikatorSubject: (name: string, row: number) => string;
  dataColumns: Record<DataColumn, string>;
  /** One word per severity, the same wherever findings are shown. */
  severity: Record<Severity, string>;
  /** A human label per rule; the stable rule id is shown beside it, never instead. */
  ruleLabels: Record<RuleId, string>;
  /** What the two amounts of a finding are, per rule: `expected` and `actual` keep their JSON meaning. */
  amountLabels: Record<RuleId, { expected: string; actual: string }>;
  /** Where one message of a rule compares other things than the rule's others do (years, not names). */
  amountLabelsOfKey: Partial<Record<MessageKey, { expected: string; actual: string }>>;
}
