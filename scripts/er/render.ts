/**
 * Lays the budget tree out as Evaluasi Renja rows on an ErSheet: one row per indikator, the node's name and Rp
 * figures on its first row; parents add up their children (SUM formulas in a hand-made sheet, values in an app
 * export); columns 13/14/15 follow 13 = 9+10+11+12, 14 = 7+13, 15 = 14/6×100.
 */
import Decimal from "decimal.js";
import { Formula, Ref } from "./formula";
import { kFigures, KFigures, rpFigures, RpFigures } from "./figures";
import { ErContext, ErIndikator, ErLevel, ErNode, walk } from "./model";
import { decimalText, NumberMode, rupiahText } from "./numberText";
import { Cell, CellStyle, ErSheet } from "./sheet";

export const GROUPS = [
  "renstraTarget",
  "renstraLalu",
  "target",
  "tw1",
  "tw2",
  "tw3",
  "tw4",
  "total",
  "renstraNow",
  "capaian",
] as const;
export type Group = (typeof GROUPS)[number];
export const TRIWULAN_GROUPS: Group[] = ["tw1", "tw2", "tw3", "tw4"];
/** Groups whose parent cell is the sum of its children's. */
export const SUMMED_GROUPS: Group[] = ["renstraTarget", "renstraLalu", "target", "tw1", "tw2", "tw3", "tw4"];

export type Role =
  | "no"
  | "visi"
  | "misi"
  | "sasaranRpjmd"
  | "tujuan"
  | "sasaran"
  | "kode"
  | "nama"
  | "indikator"
  | "satuan"
  | "unit"
  | "ket";
export const CONTEXT_ROLES = ["visi", "misi", "sasaranRpjmd", "tujuan", "sasaran"] as const;

/** A column group: its K column, its Rp column and, where the K is split in Volume / Satuan, the satuan column. */
export interface GroupColumns {
  k: number;
  rp: number;
  satuan?: number;
}

export interface ColumnMap {
  roles: Partial<Record<Role, number>>;
  groups: Record<Group, GroupColumns>;
  first: number;
  last: number;
}

export type RowItem =
  | { type: "heading"; level: "urusan" | "bidang"; kode: string; name: string }
  | { type: "node"; node: ErNode; context: ErContext }
  | { type: "total"; label: string | null }
  | { type: "blank" };

export interface Placed {
  node: ErNode;
  parent: ErNode | null;
  level: ErLevel;
  row: number;
  rows: number[];
  context: ErContext;
}

export interface TotalRow {
  row: number;
  programs: Placed[];
}

export interface RenderOptions {
  triwulan: number;
  numbers: NumberMode;
  /** Parents as SUM formulas over their children and columns 13/14/15 as row formulas (hand-made style). */
  formulas: boolean;
  context: "firstRow" | "everyRow" | "merged";
  mergeName: boolean;
  /** "program": programs 1, 2, …; "hierarchical": 1, 1.1, 1.1.1 on every node (as app exports do). */
  numbering: "program" | "hierarchical" | "none";
  /** IFERROR around column 15 formulas. */
  iferror: boolean;
  levelStyle: Record<ErLevel, CellStyle>;
  headingStyle: CellStyle;
  totalStyle: CellStyle;
  fontSize: number;
}

export interface RenderResult {
  placed: Map<string, Placed>;
  order: Placed[];
  headings: { row: number; level: "urusan" | "bidang"; kode: string }[];
  totals: TotalRow[];
  firstRow: number;
  lastRow: number;
}

export function renderBody(
  sheet: ErSheet,
  map: ColumnMap,
  items: RowItem[],
  startRow: number,
  opts: RenderOptions,
): RenderResult {
  const parents = new Map<string, ErNode | null>();
  for (const item of items) {
    if (item.type === "node" && item.node.level === "program") walk(item.node, (n, p) => parents.set(n.id, p));
  }
  const result: RenderResult = {
    placed: new Map(),
    order: [],
    headings: [],
    totals: [],
    firstRow: startRow,
    lastRow: 0,
  };
  let row = startRow;
  let sinceTotal: Placed[] = [];
  const layout: { item: RowItem; row: number }[] = [];
  for (const item of items) {
    layout.push({ item, row });
    if (item.type === "node") {
      const height = Math.max(1, item.node.indikator.length);
      const placed: Placed = {
        node: item.node,
        parent: parents.get(item.node.id) ?? null,
        level: item.node.level,
        row,
        rows: Array.from({ length: height }, (_, i) => row + i),
        context: item.context,
      };
      result.placed.set(item.node.id, placed);
      result.order.push(placed);
      if (item.node.level === "program") sinceTotal.push(placed);
      row += height;
    } else {
      if (item.type === "heading") result.headings.push({ row, level: item.level, kode: item.kode });
      if (item.type === "total") {
        result.totals.push({ row, programs: sinceTotal });
        sinceTotal = [];
      }
      row += 1;
    }
  }
  result.lastRow = row - 1;

  for (let r = startRow; r <= result.lastRow; r++) {
    for (let c = map.first; c <= map.last; c++) sheet.style(r, c, { border: true, v: "top", size: opts.fontSize });
  }
  const counters = [0, 0, 0];
  for (const { item, row: r } of layout) {
    if (item.type === "node") {
      const placed = result.placed.get(item.node.id)!;
      const depth = ["program", "kegiatan", "subKegiatan"].indexOf(item.node.level);
      counters[depth]++;
      for (let d = depth + 1; d < 3; d++) counters[d] = 0;
      writeNode(sheet, map, placed, result.placed, opts, counters.slice(0, depth + 1).join("."));
    } else if (item.type === "heading") {
      if (map.roles.kode) put(sheet, r, map.roles.kode, { value: item.kode, numFmt: "@" });
      put(sheet, r, map.roles.nama!, { value: item.name });
      styleRow(sheet, map, [r], opts.headingStyle);
    } else if (item.type === "total") {
      writeTotal(sheet, map, r, item.label, result.totals.find((t) => t.row === r)!.programs, opts);
    }
  }
  writeContext(sheet, map, layout, result, opts);
  return result;
}

function put(sheet: ErSheet, row: number, col: number, cell: Cell): void {
  const existing = sheet.get(row, col);
  sheet.set(row, col, { ...cell, style: { ...existing?.style, ...cell.style } });
}

function styleRow(sheet: ErSheet, map: ColumnMap, rows: number[], style: CellStyle): void {
  for (const r of rows) for (let c = map.first; c <= map.last; c++) sheet.style(r, c, style);
}

const RIGHT: CellStyle = { h: "right" };
const LEFT_WRAP: CellStyle = { h: "left", wrap: true };
const CENTER: CellStyle = { h: "center" };

function writeNode(
  sheet: ErSheet,
  map: ColumnMap,
  placed: Placed,
  all: Map<string, Placed>,
  opts: RenderOptions,
  number: string,
): void {
  const { node, row } = placed;
  const r = map.roles;
  if (r.no && opts.numbering === "program" && node.level === "program")
    put(
      sheet,
      row,
      r.no,
      opts.numbers === "number"
        ? { value: Number(number), style: CENTER }
        : { value: number, numFmt: "@", style: CENTER },
    );
  if (r.no && opts.numbering === "hierarchical") put(sheet, row, r.no, { value: number, numFmt: "@", style: CENTER });
  if (r.kode) put(sheet, row, r.kode, { value: node.kode, numFmt: "@", style: { h: "left" } });
  put(sheet, row, r.nama!, { value: node.name === "" ? null : node.name, style: LEFT_WRAP });
  if (opts.mergeName && placed.rows.length > 1) sheet.merge(row, r.nama!, placed.rows[placed.rows.length - 1], r.nama!);
  if (r.unit && node.unit) put(sheet, row, r.unit, { value: node.unit, style: LEFT_WRAP });
  if (r.ket && node.ket) put(sheet, row, r.ket, { value: node.ket, style: LEFT_WRAP });
  node.indikator.forEach((ind, i) => writeIndikator(sheet, map, row + i, ind, opts));
  writeRupiah(sheet, map, placed, all, opts);
  styleRow(sheet, map, placed.rows, opts.levelStyle[node.level]);
}

function writeIndikator(sheet: ErSheet, map: ColumnMap, row: number, ind: ErIndikator, opts: RenderOptions): void {
  const r = map.roles;
  if (r.indikator) put(sheet, row, r.indikator, { value: ind.name, style: LEFT_WRAP });
  if (r.satuan) put(sheet, row, r.satuan, { value: ind.satuan, style: CENTER });
  const fig = kFigures(ind);
  const g = map.groups;
  const typed: Partial<Record<Group, number | null>> = {
    renstraTarget: ind.renstraTarget,
    renstraLalu: ind.renstraLalu,
    target: ind.target,
    tw1: ind.realisasi[0] ?? null,
    tw2: ind.realisasi[1] ?? null,
    tw3: ind.realisasi[2] ?? null,
    tw4: ind.realisasi[3] ?? null,
  };
  for (const group of GROUPS) {
    const col = g[group].k;
    if (g[group].satuan) put(sheet, row, g[group].satuan!, { value: ind.satuan, style: CENTER });
    const formula = opts.formulas ? kFormula(group, row, map, fig, opts) : undefined;
    const value = group in typed ? typed[group]! : kDerived(group, fig);
    const kind: NumberKind = group === "capaian" ? "capaian" : fig.rate ? "rate" : "count";
    put(sheet, row, col, numberCell(value, kind, opts, formula));
  }
}

function kDerived(group: Group, fig: KFigures): number | null {
  if (group === "total") return fig.total;
  if (group === "renstraNow") return fig.renstraNow;
  return fig.capaian;
}

function kFormula(group: Group, row: number, map: ColumnMap, fig: KFigures, opts: RenderOptions): Formula | undefined {
  const at = (g: Group): Ref => ({ row, col: map.groups[g].k });
  if (group === "capaian")
    return { kind: "percent", num: at("renstraNow"), den: at("renstraTarget"), iferror: opts.iferror };
  if (fig.rate) return undefined;
  if (group === "total") return { kind: "sum", terms: TRIWULAN_GROUPS.map((t) => ({ ref: at(t) })) };
  if (group === "renstraNow") return { kind: "plus", refs: [at("renstraLalu"), at("total")] };
  return undefined;
}

function writeRupiah(
  sheet: ErSheet,
  map: ColumnMap,
  placed: Placed,
  all: Map<string, Placed>,
  opts: RenderOptions,
): void {
  const fig = rpFigures(placed.node);
  const row = placed.row;
  const children = placed.node.children.map((c) => all.get(c.id)!);
  for (const group of GROUPS) {
    const col = map.groups[group].rp;
    let formula: Formula | undefined;
    if (opts.formulas) {
      if (SUMMED_GROUPS.includes(group)) {
        if (children.length > 0) formula = childrenSum(placed.level, children, col);
      } else formula = rowFormula(group, row, map, opts);
    }
    const value = rpValue(group, fig);
    put(sheet, row, col, numberCell(value, group === "capaian" ? "capaian" : "rupiah", opts, formula));
  }
}

function rpValue(group: Group, fig: RpFigures): number | null {
  switch (group) {
    case "renstraTarget":
      return fig.renstraTarget;
    case "renstraLalu":
      return fig.renstraLalu;
    case "target":
      return fig.pagu;
    case "total":
      return fig.total;
    case "renstraNow":
      return fig.renstraNow;
    case "capaian":
      return fig.capaian;
    default:
      return fig.tw[TRIWULAN_GROUPS.indexOf(group)];
  }
}

/** A kegiatan adds up the block of its sub kegiatan rows; a program lists its kegiatan rows one by one. */
export function childrenSum(level: ErLevel, children: Placed[], col: number): Formula {
  const first = children[0].row;
  const last = children[children.length - 1].rows[children[children.length - 1].rows.length - 1];
  if (level === "kegiatan")
    return {
      kind: "sum",
      terms: [
        {
          range: [
            { row: first, col },
            { row: last, col },
          ],
        },
      ],
    };
  return { kind: "sum", terms: children.map((c) => ({ ref: { row: c.row, col } })) };
}

export function rowFormula(group: Group, row: number, map: ColumnMap, opts: RenderOptions): Formula | undefined {
  const at = (g: Group): Ref => ({ row, col: map.groups[g].rp });
  if (group === "total") return { kind: "sum", terms: TRIWULAN_GROUPS.map((t) => ({ ref: at(t) })) };
  if (group === "renstraNow") return { kind: "plus", refs: [at("renstraLalu"), at("total")] };
  if (group === "capaian")
    return { kind: "percent", num: at("renstraNow"), den: at("renstraTarget"), iferror: opts.iferror };
  return undefined;
}

/** Rupiah, a K count, a K rate as typed, or a percentage of column 15 (two decimals). */
export type NumberKind = "rupiah" | "count" | "rate" | "capaian";

export function numberCell(value: number | null, kind: NumberKind, opts: RenderOptions, formula?: Formula): Cell {
  if (formula) return { value: value ?? 0, formula, numFmt: numFmtOf(kind), style: RIGHT };
  if (value === null) return { value: null };
  if (opts.numbers === "number") return { value, numFmt: numFmtOf(kind), style: RIGHT };
  const text =
    kind === "rupiah"
      ? rupiahText(value)
      : kind === "count"
        ? String(value)
        : decimalText(value, opts.numbers, kind === "capaian" ? 2 : undefined);
  return { value: text, numFmt: "@", style: RIGHT };
}

function numFmtOf(kind: NumberKind): string {
  return kind === "rupiah" || kind === "count" ? "#,##0" : "0.00";
}

function writeTotal(
  sheet: ErSheet,
  map: ColumnMap,
  row: number,
  label: string | null,
  programs: Placed[],
  opts: RenderOptions,
): void {
  if (label) put(sheet, row, map.roles.nama!, { value: label, style: { h: "center" } });
  const figs = programs.map((p) => rpFigures(p.node));
  const sum = (pick: (f: RpFigures) => number | null) =>
    figs
      .map(pick)
      .reduce((a, v) => a.plus(v ?? 0), new Decimal(0))
      .toNumber();
  for (const group of GROUPS) {
    const col = map.groups[group].rp;
    let formula: Formula | undefined;
    if (opts.formulas) {
      formula = SUMMED_GROUPS.includes(group)
        ? { kind: "sum", terms: programs.map((p) => ({ ref: { row: p.row, col } })) }
        : rowFormula(group, row, map, opts);
    }
    let value: number | null;
    if (group === "capaian") {
      const target = sum((f) => f.renstraTarget);
      value = target === 0 ? null : (sum((f) => f.renstraNow) / target) * 100;
    } else value = sum((f) => rpValue(group, f));
    put(sheet, row, col, numberCell(value, group === "capaian" ? "capaian" : "rupiah", opts, formula));
  }
  styleRow(sheet, map, [row], opts.totalStyle);
}

function writeContext(
  sheet: ErSheet,
  map: ColumnMap,
  layout: { item: RowItem; row: number }[],
  result: RenderResult,
  opts: RenderOptions,
): void {
  for (const role of CONTEXT_ROLES) {
    const col = map.roles[role];
    if (!col) continue;
    // Runs of consecutive node rows sharing the same value; headings, totals and blank rows break a run.
    const runs: { value: string; rows: number[] }[] = [];
    let current: { value: string; rows: number[] } | null = null;
    for (const { item } of layout) {
      if (item.type !== "node") {
        current = null;
        continue;
      }
      const value = item.context[role] ?? "";
      const rows = result.placed.get(item.node.id)!.rows;
      if (current && current.value === value) current.rows.push(...rows);
      else {
        current = { value, rows: [...rows] };
        runs.push(current);
      }
    }
    for (const run of runs) {
      if (run.value === "") continue;
      const targets = opts.context === "everyRow" ? run.rows : [run.rows[0]];
      for (const r of targets) put(sheet, r, col, { value: run.value, style: LEFT_WRAP });
      if (opts.context === "merged") sheet.merge(run.rows[0], col, run.rows[run.rows.length - 1], col);
    }
  }
}

/** Give rows the height their wrapped text needs (exceljs does not size rows; LibreOffice keeps the default). */
export function fitRowHeights(sheet: ErSheet, from: number, to: number, lineHeight = 12): void {
  const merged = new Set<string>();
  for (const m of sheet.merges)
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) merged.add(`${r}:${c}`);
  for (let r = from; r <= to; r++) {
    let lines = 1;
    for (let c = 1; c <= sheet.widths.length; c++) {
      if (merged.has(`${r}:${c}`)) continue;
      const cell = sheet.get(r, c);
      if (!cell || typeof cell.value !== "string" || !cell.style?.wrap) continue;
      const perLine = Math.max(1, Math.floor((sheet.widths[c - 1] ?? 10) * (cell.style.bold ? 0.95 : 1.1)));
      lines = Math.max(lines, Math.ceil(cell.value.length / perLine));
    }
    sheet.heights.set(r, lines * lineHeight + 3);
  }
}

/** A program and everything under it as row items, in tree order, all in the program's context. */
export function nodeItems(node: ErNode, context: ErContext): RowItem[] {
  return [{ type: "node", node, context }, ...node.children.flatMap((c) => nodeItems(c, context))];
}

/** The standard K/Rp column groups laid out left to right from `first`: K then Rp (then nothing else). */
export function consecutiveGroups(first: number): Record<Group, GroupColumns> {
  const groups = {} as Record<Group, GroupColumns>;
  GROUPS.forEach((g, i) => (groups[g] = { k: first + 2 * i, rp: first + 2 * i + 1 }));
  return groups;
}
