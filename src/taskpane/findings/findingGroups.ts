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

/** What the filters offer, counted in one pass over the findings (a sheet may have a hundred thousand). */
export interface FindingCounts {
  severity: Record<Severity, number>;
  /** Findings per sheet, in order of first appearance. */
  sheets: [string, number][];
  /** Findings per rule, in order of first appearance: every finding, and without the info ones. */
  rules: [RuleId, number][];
  rulesWithoutInfo: [RuleId, number][];
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const severity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const sheets = new Map<string, number>();
  const rules = new Map<RuleId, number>();
  const rulesWithoutInfo = new Map<RuleId, number>();
  for (const f of findings) {
    severity[f.severity] = (severity[f.severity] ?? 0) + 1;
    sheets.set(f.sheet, (sheets.get(f.sheet) ?? 0) + 1);
    rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
    if (f.severity !== "info") rulesWithoutInfo.set(f.rule, (rulesWithoutInfo.get(f.rule) ?? 0) + 1);
  }
  return { severity, sheets: [...sheets], rules: [...rules], rulesWithoutInfo: [...rulesWithoutInfo] };
}

export function applyFilter(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) =>
      (filter.showInfo || f.severity !== "info") &&
      (filter.rule === null || f.rule === filter.rule) &&
      (filter.sheet === null || f.sheet === filter.sheet),
  );
}

/**
 * The column of a finding's cell as a number (A = 1, AA = 27), 0 when the cell does not start with letters (a cell
 * on another sheet, a sheet-wide finding). Read without a regular expression: a sheet of a hundred thousand findings
 * compares them often when Periksa opens.
 */
function columnNumber(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    n = n * 26 + (c - 0x60);
  }
  return n;
}

function bySeverityThenColumn(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity] || columnNumber(a.cell) - columnNumber(b.cell);
}

function inOrder(list: readonly Finding[]): boolean {
  for (let i = 1; i < list.length; i++) if (bySeverityThenColumn(list[i - 1], list[i]) > 0) return false;
  return true;
}

/**
 * Findings grouped by sheet (in the order the sheets come), then by row. Linear in the findings, plus sorting; the
 * row's key string is made once per row, not once per finding.
 */
export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  // Per sheet, its rows by row number; NO_ROW for the sheet-wide findings (row null).
  const sheets = new Map<string, Map<number, RowGroup>>();
  // Findings mostly come in cell order: the next one is usually about the row of the one before.
  let group: RowGroup | null = null;
  for (const f of findings) {
    if (group === null || group.sheet !== f.sheet || group.row !== f.row) {
      let rows = sheets.get(f.sheet);
      if (!rows) sheets.set(f.sheet, (rows = new Map()));
      const row = f.row ?? NO_ROW;
      group = rows.get(row) ?? null;
      if (group === null) {
        const key = `${f.sheet}\u0000${f.row ?? "-"}`;
        group = { key, sheet: f.sheet, row: f.row, level: f.level, name: f.name, worst: f.severity, findings: [] };
        rows.set(row, group);
      }
    }
    group.findings.push(f);
    if (RANK[f.severity] < RANK[group.worst]) group.worst = f.severity;
  }
  const result: SheetGroup[] = [];
  for (const [sheet, rows] of sheets) {
    const groups = [...rows.values()];
    let count = 0;
    for (const g of groups) {
      if (!inOrder(g.findings)) g.findings.sort(bySeverityThenColumn);
      const first = g.findings.find((f) => f.name !== null || f.level !== null) ?? g.findings[0];
      g.level = first.level;
      g.name = first.name;
      count += g.findings.length;
    }
    groups.sort((a, b) => RANK[a.worst] - RANK[b.worst] || (a.row ?? 0) - (b.row ?? 0));
    result.push({ sheet, rows: groups, count });
  }
  return result;
}

/** Not a row of any sheet (rows are 0-based): the key of a sheet's sheet-wide findings. */
const NO_ROW = -1;

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
