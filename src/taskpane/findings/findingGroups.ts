import { Finding, FindingLevel, RuleId, Severity } from "../../core/model/finding";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What the officer narrowed the list to. Info is collapsed (left out) unless asked for. */
export interface FindingFilter {
  rule: RuleId | null;
  sheet: string | null;
  showInfo: boolean;
}

/** The findings about one row of one sheet (row null: about the sheet as a whole). */
export interface RowGroup {
  key: string;
  sheet: string;
  row: number | null;
  /** The row's subject as the first (most severe) finding names it. */
  level: FindingLevel | null;
  name: string | null;
  worst: Severity;
  /** Most severe first, then by cell. */
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  /** Rows whose worst finding is an error first, then warnings, then info; by row within each. */
  rows: RowGroup[];
  count: number;
}

/**
 * One item of the virtual list: a sheet's head, or a row with its findings. A row is one item (not one per finding)
 * so the list the virtualiser lays out is several times shorter than the findings.
 */
export type ListEntry =
  { kind: "sheet"; key: string; sheet: string; count: number } | { kind: "row"; key: string; group: RowGroup };

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  return counts;
}

/** How many findings each value of a key has, in order of first appearance (for the filters' options). */
export function countBy<K>(findings: readonly Finding[], key: (f: Finding) => K): [K, number][] {
  const counts = new Map<K, number>();
  for (const f of findings) {
    const k = key(f);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()];
}

export function applyFilter(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) =>
      (filter.showInfo || f.severity !== "info") &&
      (filter.rule === null || f.rule === filter.rule) &&
      (filter.sheet === null || f.sheet === filter.sheet),
  );
}

function columnOf(cell: string): string {
  const letters = /^[A-Z]+/i.exec(cell)?.[0] ?? "";
  return letters.toUpperCase().padStart(3, " ");
}

/** Findings grouped by sheet (in the order the sheets come), then by row. Linear in the findings, plus sorting. */
export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const sheets = new Map<string, Map<string, RowGroup>>();
  for (const f of findings) {
    let rows = sheets.get(f.sheet);
    if (!rows) sheets.set(f.sheet, (rows = new Map()));
    const key = `${f.sheet}\u0000${f.row ?? "-"}`;
    let group = rows.get(key);
    if (!group) {
      group = { key, sheet: f.sheet, row: f.row, level: f.level, name: f.name, worst: f.severity, findings: [] };
      rows.set(key, group);
    }
    group.findings.push(f);
    if (RANK[f.severity] < RANK[group.worst]) group.worst = f.severity;
  }
  const result: SheetGroup[] = [];
  for (const [sheet, rows] of sheets) {
    const groups = [...rows.values()];
    for (const g of groups) {
      g.findings.sort(
        (a, b) => RANK[a.severity] - RANK[b.severity] || columnOf(a.cell).localeCompare(columnOf(b.cell)),
      );
      const first = g.findings.find((f) => f.name !== null || f.level !== null) ?? g.findings[0];
      g.level = first.level;
      g.name = first.name;
    }
    groups.sort((a, b) => RANK[a.worst] - RANK[b.worst] || (a.row ?? 0) - (b.row ?? 0));
    result.push({ sheet, rows: groups, count: groups.reduce((n, g) => n + g.findings.length, 0) });
  }
  return result;
}

/** The groups as the items the virtual list renders, each sheet's head before its rows. */
export function listEntries(groups: readonly SheetGroup[]): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const sheet of groups) {
    entries.push({ kind: "sheet", key: `s:${sheet.sheet}`, sheet: sheet.sheet, count: sheet.count });
    for (const group of sheet.rows) entries.push({ kind: "row", key: `r:${group.key}`, group });
  }
  return entries;
}

/** The key of a finding within the list (for the one whose figures are open). */
export function findingKey(group: RowGroup, index: number): string {
  return `f:${group.key}:${index}`;
}
