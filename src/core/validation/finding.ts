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
  | "table-cell-empty"
  | "data-pendukung-orphan"
  | "data-pendukung-uncertain";

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  /** What the cell should hold: a number (Rupiah, or percent points) or a text; null when not applicable. */
  expected: number | string | null;
  actual: number | string | null;
  /** One sentence in Bahasa Indonesia naming the cell and what is wrong. */
  message: string;
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
  "table-cell-empty": "info",
  "data-pendukung-orphan": "warning",
  "data-pendukung-uncertain": "warning",
};
