/**
 * An independent statement of what the Evaluasi Renja rules find on a built sheet, used to prove that a
 * fixture holds exactly the anomalies it declares (and nothing seeded by accident). It reads the sheet as written
 * (text numbers parsed per column kind, formula results as evaluated) and knows the tree from the renderer.
 *
 * Rules: missing-name, unreadable-value, realisasi-negative, realisasi-total-mismatch, renstra-total-mismatch,
 * tingkat-capaian-mismatch, realisasi-over-pagu, pagu-vs-children, realisasi-vs-children, formula-range (which
 * replaces a *-vs-children finding at the same cell). K checks only for count satuan; an unreadable value silences
 * every check that needs it. Findings on total rows are reported apart (the issue does not say whether they count).
 */
import Decimal from "decimal.js";
import { formulaCells } from "./formula";
import { kFigures } from "./figures";
import { NumberMode } from "./numberText";
import { ColumnMap, Group, NumberKind, Placed, RenderResult, SUMMED_GROUPS, TRIWULAN_GROUPS } from "./render";
import { address, ErSheet } from "./sheet";

export interface Violation {
  rule: string;
  cell: string;
}

type Read = { kind: "absent" } | { kind: "unreadable" } | { kind: "number"; value: number; decimals: number | null };

export function readNumber(sheet: ErSheet, row: number, col: number, kind: NumberKind, mode: NumberMode): Read {
  const cell = sheet.get(row, col);
  const v = cell?.value ?? null;
  if (v === null) return { kind: "absent" };
  if (typeof v === "number") {
    const decimals = cell?.numFmt === "0.00" ? 2 : cell?.numFmt === "#,##0" ? 0 : null;
    return { kind: "number", value: v, decimals };
  }
  const s = v.trim();
  if (s === "") return { kind: "absent" };
  if (s === "-") return { kind: "number", value: 0, decimals: 0 };
  if (kind === "rupiah") {
    if (/^-?\d{1,3}(\.\d{3})+$/.test(s) || /^-?\d+$/.test(s))
      return { kind: "number", value: Number(s.replace(/\./g, "")), decimals: 0 };
    return { kind: "unreadable" };
  }
  if (kind === "count")
    return /^-?\d+$/.test(s) ? { kind: "number", value: Number(s), decimals: 0 } : { kind: "unreadable" };
  const sep = mode === "text-comma" ? "," : ".";
  const m = new RegExp(`^(-?\\d+)(?:\\${sep}(\\d+))?$`).exec(s);
  if (!m) return { kind: "unreadable" };
  return { kind: "number", value: Number(`${m[1]}.${m[2] ?? "0"}`), decimals: (m[2] ?? "").length };
}

function num(r: Read): number | null {
  return r.kind === "number" ? r.value : null;
}

function sameAtShown(expected: number, shown: Read & { kind: "number" }): boolean {
  if (shown.decimals === null) return Math.abs(expected - shown.value) <= 1e-9 * Math.max(1, Math.abs(expected));
  const round = (x: number) => new Decimal(x).toDecimalPlaces(shown.decimals!, Decimal.ROUND_HALF_UP);
  return round(expected).equals(round(shown.value));
}

function eq(a: number, b: number): boolean {
  return new Decimal(a).equals(new Decimal(b));
}

function sum(values: number[]): number {
  return values.reduce((a, v) => a.plus(v), new Decimal(0)).toNumber();
}

export interface CheckResult {
  anomalies: Violation[];
  onTotals: Violation[];
}

export function findViolations(sheet: ErSheet, map: ColumnMap, result: RenderResult, mode: NumberMode): CheckResult {
  const out: Violation[] = [];
  const add = (rule: string, row: number, col: number) => out.push({ rule, cell: address(row, col) });
  const nodeStarts = new Set(result.order.map((p) => p.row));
  const otherRows = new Set([...result.headings.map((h) => h.row), ...result.totals.map((t) => t.row)]);
  const rp = (p: Placed, g: Group): Read =>
    readNumber(sheet, p.row, map.groups[g].rp, g === "capaian" ? "capaian" : "rupiah", mode);

  for (const p of result.order) {
    const name = sheet.get(p.row, map.roles.nama!)?.value;
    if (name === null || name === undefined || (typeof name === "string" && name.trim() === ""))
      add("missing-name", p.row, map.roles.nama!);

    const v = {} as Record<Group, Read>;
    for (const g of Object.keys(map.groups) as Group[]) {
      v[g] = rp(p, g);
      if (v[g].kind === "unreadable") add("unreadable-value", p.row, map.groups[g].rp);
    }
    for (const g of TRIWULAN_GROUPS) {
      const x = num(v[g]);
      if (x !== null && x < 0) add("realisasi-negative", p.row, map.groups[g].rp);
    }
    rowChecks(v, (rule, g) => add(rule, p.row, map.groups[g].rp));
    const total = num(v.total);
    const pagu = num(v.target);
    if (total !== null && pagu !== null && total > pagu) add("realisasi-over-pagu", p.row, map.groups.total.rp);

    if (p.node.children.length > 0) {
      const children = p.node.children.map((c) => result.placed.get(c.id)!);
      for (const g of [...SUMMED_GROUPS, "total" as Group]) {
        const col = map.groups[g].rp;
        const formula = sheet.get(p.row, col)?.formula;
        const cells = formula ? formulaCells(formula) : [];
        if (formula && cells.length > 0 && cells.every((c) => c.col === col)) {
          const included = new Set(cells.map((c) => c.row));
          const childStarts = new Set(children.map((c) => c.row));
          const leftOut = children.some((c) => !included.has(c.row));
          const foreign = [...included].some((r) => (nodeStarts.has(r) && !childStarts.has(r)) || otherRows.has(r));
          if (leftOut || foreign) {
            add("formula-range", p.row, col);
            continue;
          }
        }
        const rule =
          g === "target"
            ? "pagu-vs-children"
            : TRIWULAN_GROUPS.includes(g) || g === "total"
              ? "realisasi-vs-children"
              : null;
        if (!rule) continue;
        const parent = v[g];
        const kids = children.map((c) => rp(c, g));
        if (parent.kind !== "number" || kids.some((k) => k.kind === "unreadable")) continue;
        const present = kids.map(num).filter((x): x is number => x !== null);
        if (present.length === 0) continue;
        if (eq(parent.value, sum(present))) continue;
        // A parent that is its children's triwulan summed, over a child whose year is not its own triwulan: the
        // child's realisasi-total-mismatch says it (one cause, one finding).
        if (g === "total") {
          const years = children.map((c) => yearFromQuarters((q) => rp(c, q)));
          if (years.every((y) => y !== null) && eq(parent.value, sum(years as number[]))) continue;
        }
        add(rule, p.row, col);
      }
    }

    p.node.indikator.forEach((ind, i) => {
      const row = p.row + i;
      const fig = kFigures(ind);
      const k = {} as Record<Group, Read>;
      for (const g of Object.keys(map.groups) as Group[]) {
        const kind: NumberKind = g === "capaian" ? "capaian" : fig.rate ? "rate" : "count";
        k[g] = readNumber(sheet, row, map.groups[g].k, kind, mode);
        if (k[g].kind === "unreadable") add("unreadable-value", row, map.groups[g].k);
      }
      if (!fig.rate) rowChecks(k, (rule, g) => add(rule, row, map.groups[g].k));
    });
  }

  const onTotals: Violation[] = [];
  for (const t of result.totals) {
    const tv = (g: Group) => readNumber(sheet, t.row, map.groups[g].rp, g === "capaian" ? "capaian" : "rupiah", mode);
    const v = {} as Record<Group, Read>;
    for (const g of Object.keys(map.groups) as Group[]) v[g] = tv(g);
    rowChecks(v, (rule, g) => onTotals.push({ rule, cell: address(t.row, map.groups[g].rp) }));
    for (const g of [...SUMMED_GROUPS, "total" as Group]) {
      const parent = num(v[g]);
      const kids = t.programs.map((p) => num(rp(p, g)));
      if (parent === null || kids.every((x) => x === null)) continue;
      if (!eq(parent, sum(kids.map((x) => x ?? 0))))
        onTotals.push({ rule: "total-vs-programs", cell: address(t.row, map.groups[g].rp) });
    }
  }
  return { anomalies: out, onTotals };
}

/** The three row equations: 13 = Σ triwulan, 14 = 7 + 13, 15 = 14 / 6 × 100 (at the precision shown). */
function rowChecks(v: Record<Group, Read>, add: (rule: string, g: Group) => void): void {
  const total = v.total;
  // One cause, one finding: a figure the form's own equation shows wrong is not also compared further on (a wrong
  // 13 is not held against 14 = 7 + 13; a wrong 14 not against 15 = 14 / 6).
  let wrong = false;
  if (total.kind === "number" && TRIWULAN_GROUPS.every((g) => v[g].kind !== "unreadable")) {
    // Without a triwulan filled in, the year is its own figure: nothing to compare.
    if (!eq(yearFromQuarters((g) => v[g]) ?? total.value, total.value)) {
      add("realisasi-total-mismatch", "total");
      wrong = true;
    }
  }
  const now = v.renstraNow;
  const lalu = num(v.renstraLalu);
  if (!wrong && now.kind === "number" && lalu !== null && total.kind === "number") {
    if (!eq(now.value, sum([lalu, total.value]))) {
      add("renstra-total-mismatch", "renstraNow");
      wrong = true;
    }
  }
  const capaian = v.capaian;
  const target = num(v.renstraTarget);
  if (!wrong && capaian.kind === "number" && now.kind === "number" && target !== null && target !== 0) {
    if (!sameAtShown((now.value / target) * 100, capaian)) add("tingkat-capaian-mismatch", "capaian");
  }
}

/** A child's year (13) as its triwulan give it: their sum, or its own figure when it has none. */
function yearFromQuarters(v: (g: Group) => Read): number | null {
  const quarters = TRIWULAN_GROUPS.map((g) => num(v(g))).filter((x): x is number => x !== null);
  return quarters.length > 0 ? sum(quarters) : num(v("total"));
}
