import { amountLabelsOf, Catalog } from "../../core/model/messages";
import { Finding, RuleId } from "../../core/model/finding";
import { formatAngka, formatRupiah, Lang } from "../../core/numbers/format";

/** Rules whose two amounts are Rupiah; the capaian rules compare percent points. */
const RUPIAH_RULES = new Set<RuleId>([
  "kas-vs-pagu",
  "pagu-vs-children",
  "kas-vs-children",
  "realisasi-vs-children",
  "realisasi-over-pagu",
  "realisasi-over-kas",
  "realisasi-decreased",
]);
const PERCENT_RULES = new Set<RuleId>(["capaian-anggaran-mismatch", "capaian-kinerja-mismatch"]);

export interface LabelledAmount {
  label: string;
  value: string;
}

/** A value of a finding as its rule means it: Rupiah, percent points, a plain number, or text as it is. */
export function formatAmount(rule: RuleId, value: number | string, lang: Lang): string {
  if (typeof value === "string") return value;
  if (RUPIAH_RULES.has(rule)) return formatRupiah(value, lang);
  if (PERCENT_RULES.has(rule)) return `${formatAngka(value, undefined, lang)}%`;
  return formatAngka(value, undefined, lang);
}

/**
 * The finding's two amounts, each with what it is for this rule (for kas-vs-pagu: "Pagu" and "Σ anggaran kas
 * TW I–IV"), the cell's own value first. Amounts the finding does not have are left out.
 */
export function labelledAmounts(f: Finding, catalog: Catalog): LabelledAmount[] {
  const labels = amountLabelsOf(catalog, f);
  if (!labels) return [];
  const amounts: LabelledAmount[] = [];
  if (f.actual !== null && f.actual !== "") {
    amounts.push({ label: labels.actual, value: formatAmount(f.rule, f.actual, catalog.lang) });
  }
  if (f.expected !== null && f.expected !== "") {
    amounts.push({ label: labels.expected, value: formatAmount(f.rule, f.expected, catalog.lang) });
  }
  return amounts;
}
