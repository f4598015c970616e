import { Finding, Severity } from "../../core/model/finding";

export const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

const LABEL: Record<Severity, string> = { error: "KESALAHAN", warning: "PERINGATAN", info: "INFO" };
const COUNT_WORD: Record<Severity, string> = { error: "kesalahan", warning: "peringatan", info: "info" };

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** `3 kesalahan, 1 peringatan, 0 info` */
export function formatCounts(findings: Finding[]): string {
  const counts = countBySeverity(findings);
  return SEVERITY_ORDER.map((s) => `${counts[s]} ${COUNT_WORD[s]}`).join(", ");
}

/** One line per finding: `  'TW IV'!N20  [pagu-vs-children]  message`. */
export function formatFindingLine(f: Finding): string {
  return `  ${f.sheet}!${f.cell}  [${f.rule}]  ${f.message}`;
}

/**
 * Findings grouped by severity (errors first), each group headed by its label and count. `limit` caps the lines
 * per group; the rest is counted.
 */
export function formatFindingGroups(
  findings: Finding[],
  severities: Severity[] = SEVERITY_ORDER,
  limit = Infinity,
): string[] {
  const lines: string[] = [];
  for (const severity of severities) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${LABEL[severity]} (${group.length})`);
    for (const f of group.slice(0, limit)) lines.push(formatFindingLine(f));
    if (group.length > limit) lines.push(`  … dan ${group.length - limit} lagi`);
  }
  return lines;
}
