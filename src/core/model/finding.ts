export type Severity = "error" | "warning" | "info";

/** Stable rule ids: users and scripts rely on them. */
export type RuleId =
  | "kas-vs-pagu"
  | "pagu-vs-children"
  | "kas-vs-children"
  | "realisasi-vs-children"
  | "realisasi-over-pagu"
  | "realisasi-over-kas"
  | "capaian-anggaran-mismatch"
  | "capaian-kinerja-mismatch"
  | "unreadable-value"
  | "missing-name"
  | "missing-value"
  | "level-uncertain"
  | "realisasi-decreased"
  | "number-out-of-range"
  | "text-too-long"
  | "date-in-amount"
  | "realisasi-total-mismatch"
  | "renstra-total-mismatch"
  | "tingkat-capaian-mismatch"
  | "realisasi-negative"
  | "formula-range"
  | "outside-totals"
  | "total-row-mismatch"
  | "kode-mismatch"
  | "ambiguous-separator"
  | "rupiah-unit"
  | "heading-row-sum"
  | "table-cell-empty"
  | "data-pendukung-orphan"
  | "data-pendukung-uncertain"
  | "data-pendukung-stale-note"
  | "data-pendukung-copy"
  | "stacked-tables"
  | "number-stored-as-text"
  | "triwulan-source";

/**
 * What a finding is about: a budget row of a level (urusan and bidang rows only in an Evaluasi Renja sheet), or a
 * row of the kinerja half.
 */
export type FindingLevel =
  "urusan" | "bidang" | "program" | "kegiatan" | "subKegiatan" | "indikator" | "sasaran" | "tujuan";

/**
 * The values a finding's message is made of, by name: amounts and percentages as numbers (an amount a JS number
 * cannot hold exactly, beyond 2^53 sen, as its exact decimal text), cells, sheet names and names as text,
 * triwulan and row numbers as numbers, a flag as a boolean. See model/messages/params.ts for each key's params.
 */
export type FindingParams = Record<string, string | number | boolean | null>;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  /** What the cell should hold: a number (Rupiah, or percent points) or a text; null when not applicable. */
  expected: number | string | null;
  actual: number | string | null;
  /** One sentence in Bahasa Indonesia naming the cell and what is wrong: the id catalog's rendering. */
  message: string;
  /** Which sentence of the message catalogs (model/messages) says it, in any language. */
  messageKey: string;
  params: FindingParams;
  /** 1-based row of `cell`; null when the cell is not an A1 address. */
  row: number | null;
  /** The row the finding is about: its level (or kind) and name; null where not applicable or not known. */
  level: FindingLevel | null;
  name: string | null;
}

export const RULE_SEVERITY: Record<RuleId, Severity> = {
  "kas-vs-pagu": "error",
  "pagu-vs-children": "error",
  "kas-vs-children": "error",
  "realisasi-vs-children": "error",
  "realisasi-over-pagu": "error",
  "realisasi-over-kas": "warning",
  "capaian-anggaran-mismatch": "warning",
  "capaian-kinerja-mismatch": "warning",
  "unreadable-value": "error",
  "missing-name": "error",
  "missing-value": "warning",
  "level-uncertain": "info",
  "realisasi-decreased": "error",
  "number-out-of-range": "error",
  "text-too-long": "warning",
  "date-in-amount": "error",
  "realisasi-total-mismatch": "error",
  "renstra-total-mismatch": "error",
  "tingkat-capaian-mismatch": "warning",
  "realisasi-negative": "warning",
  "formula-range": "warning",
  "outside-totals": "info",
  "total-row-mismatch": "error",
  "kode-mismatch": "warning",
  "ambiguous-separator": "warning",
  "rupiah-unit": "info",
  "heading-row-sum": "info",
  "table-cell-empty": "info",
  "data-pendukung-orphan": "warning",
  "data-pendukung-uncertain": "warning",
  "data-pendukung-stale-note": "info",
  "data-pendukung-copy": "warning",
  "stacked-tables": "warning",
  "triwulan-source": "info",
  "number-stored-as-text": "error",
};

/**
 * Rules whose finding is raised above their severity in some cases: a `formula-range` whose formula also produces
 * a value other than what the children add up to is an error; a `triwulan-source` about realisasi written after the
 * report's quarter is a warning.
 */
export const RULE_SEVERITY_RAISED: Partial<Record<RuleId, Severity>> = {
  "formula-range": "error",
  "rupiah-unit": "warning",
  "triwulan-source": "warning",
};

export const RULE_IDS = Object.keys(RULE_SEVERITY) as RuleId[];
