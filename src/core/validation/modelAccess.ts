import Decimal from "decimal.js";
import { parseA1, toA1 } from "../grid/address";
import { D } from "../numbers/decimal";
import { exactSen } from "../numbers/exact";
import { ColumnKey } from "../model/columns";
import { ErBidang, ErKegiatan, ErNode, ErProgram, EvaluasiRenjaModel } from "../model/evaluasiRenja";
import { BudgetNode, Indikator, MaybeNumber } from "../model/types";
import { SheetModel } from "../model/sheetModel";
import { SheetNumber } from "../model/sheetNumber";

/*
 * Defensive readers over a SheetModel: validate() must never throw, so every array, number and address
 * is checked before use and anything malformed reads as absent.
 */

export function list<T>(v: readonly T[] | null | undefined): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

/** The value of a number cell, or null when it is absent or not a finite number. */
export function num(m: MaybeNumber | undefined): Decimal | null {
  if (!m || typeof m !== "object") return null;
  const v: unknown = m.value;
  // The engine's own Decimals are recognised by their constructor, much cheaper than Decimal.isDecimal.
  if ((v !== null && typeof v === "object" && (v as Decimal).constructor === D) || Decimal.isDecimal(v))
    return (v as Decimal).isFinite() ? (v as Decimal) : null;
  if (typeof v !== "number") return null;
  try {
    const d = new D(v as Decimal.Value);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

/*
 * Exact sums in sen for the rules' common case (see numbers/exact.ts). NaN stands for "present, but not an exact
 * safe number of sen": it survives every addition and equals nothing, so a rule that meets it takes its decimal.js
 * path, which also words the finding.
 */

/** A number cell in sen: null when absent or malformed, NaN when it must be handled with decimal.js. */
export function senOf(m: MaybeNumber | undefined): number | null {
  if (m instanceof SheetNumber) {
    const sen = m.sen();
    return sen === null ? Number.NaN : sen;
  }
  const v = num(m);
  if (v === null) return null;
  const sen = exactSen(v);
  return sen === null ? Number.NaN : sen;
}

/** total + sen, or NaN once the sum leaves the range where it is exact. */
export function addSen(total: number, sen: number): number {
  const t = total + sen;
  return t > Number.MAX_SAFE_INTEGER || t < -Number.MAX_SAFE_INTEGER ? Number.NaN : t;
}

/** Digits shown by a number cell; 2 when the model does not say sensibly. */
export function shownDecimals(m: MaybeNumber | undefined): number {
  const d = m?.decimals;
  return typeof d === "number" && Number.isInteger(d) && d >= 0 && d <= 20 ? d : 2;
}

export function triwulanOf(model: SheetModel): number | null {
  const t = model.triwulan;
  return typeof t === "number" && Number.isInteger(t) && t >= 1 && t <= 4 ? t : null;
}

/**
 * The report's quarter on an Evaluasi Renja form whose title (or sheet name) states one before TW IV: realisasi
 * written in a later quarter's column is no part of the report (triwulan-source `.later-quarter` says it once), so no
 * check reads it. Null on any other sheet.
 */
export function statedReportQuarter(model: SheetModel): number | null {
  const triwulan = triwulanOf(model);
  if (model.layout !== "evaluasi-renja" || triwulan === null || triwulan >= 4) return null;
  return model.triwulanFrom === "judul" || model.triwulanFrom === "lembar" ? triwulan : null;
}

export function sheetName(model: SheetModel): string {
  const name: unknown = model.sheet;
  return typeof name === "string" ? name : typeof name === "number" ? String(name) : "";
}

/** A1 of a column in the row of an entity: the number cell's own address when it has one. */
export function cellIn(model: SheetModel, row: unknown, column: ColumnKey, m?: MaybeNumber): string | null {
  if (m && typeof m.cell === "string" && m.cell !== "") return m.cell;
  const col = model.columns && typeof model.columns === "object" ? model.columns[column] : undefined;
  if (typeof row !== "number" || !Number.isInteger(row) || row < 0) return null;
  if (typeof col !== "number" || !Number.isInteger(col) || col < 0) return null;
  return toA1(row, col);
}

export type BudgetColumn = "pagu" | "kas1" | "kas2" | "kas3" | "kas4" | "realisasiAnggaran" | "capaianAnggaran";

/** True when the row's cell in `column` holds text that is not a number (see UnreadableColumns). */
export function isUnreadable(
  row: { unreadable?: readonly ColumnKey[] } | null | undefined,
  column: ColumnKey,
): boolean {
  const list = row?.unreadable;
  return Array.isArray(list) && list.includes(column);
}

export function budgetValue(node: BudgetNode, column: BudgetColumn): MaybeNumber {
  switch (column) {
    case "pagu":
      return node.pagu ?? null;
    case "realisasiAnggaran":
      return node.realisasi ?? null;
    case "capaianAnggaran":
      return node.capaian ?? null;
    default:
      return list(node.anggaranKas)[KAS_INDEX[column]] ?? null;
  }
}

const KAS_INDEX: Record<"kas1" | "kas2" | "kas3" | "kas4", number> = { kas1: 0, kas2: 1, kas3: 2, kas4: 3 };

/** True when the sheet's anggaran kas columns hold the kas up to and including their quarter (`S/D TW II`). */
export function kasKumulatif(model: SheetModel): boolean {
  return model.layout !== "evaluasi-renja" && (model as { kasKumulatif?: unknown }).kasKumulatif === true;
}

/**
 * The anggaran kas planned up to and including quarter n (1..4): Σ of TW I..n, or the cell of TW n itself when the
 * columns are cumulative; null when none of the cells it is read from has a value.
 */
export function kasSdTw(model: SheetModel, node: BudgetNode, n: number): Decimal | null {
  const quarters = list(node.anggaranKas);
  if (kasKumulatif(model)) return num(quarters[n - 1] ?? null);
  const kas = quarters.slice(0, n).map(num);
  return kas.every((k) => k === null) ? null : sumOf(kas);
}

export function budgetCell(model: SheetModel, node: BudgetNode, column: BudgetColumn): string | null {
  const key = familyKey(model, column);
  return key === null ? null : cellIn(model, node.row, key, budgetValue(node, column));
}

/**
 * The column a BudgetColumn is in each family: an Evaluasi Renja sheet keeps its pagu in target Renja Rp (8) and
 * its realisasi in Rp (13), and has no anggaran kas or capaian anggaran (null).
 */
export function familyKey(model: SheetModel, column: BudgetColumn): ColumnKey | null {
  if (model.layout !== "evaluasi-renja") return column;
  if (column === "pagu") return "targetRenjaRp";
  if (column === "realisasiAnggaran") return "realisasiRp";
  return null;
}

/** True when the node's cell of a BudgetColumn holds text, in the node's family's own column key. */
export function isBudgetUnreadable(model: SheetModel, node: BudgetNode, column: BudgetColumn): boolean {
  const key = familyKey(model, column);
  return key !== null && isUnreadable(node, key);
}

export interface NodeRef {
  node: BudgetNode;
  children: BudgetNode[];
  /** Where each child is in the same list (budgetNodes lists every node, children after their parent). */
  childRows: readonly number[];
}

/** The children of every sub kegiatan: none. Shared (a sheet has thousands), never changed. */
const NO_ROWS: readonly number[] = Object.freeze([]);
const NO_CHILDREN = Object.freeze([]) as readonly BudgetNode[] as BudgetNode[];

function isNode(v: unknown): v is BudgetNode {
  return v !== null && typeof v === "object";
}

const nodesOfModel = new WeakMap<SheetModel, NodeRef[]>();

/** Every program, kegiatan and sub kegiatan in sheet order, each with its children (computed once per model). */
export function budgetNodes(model: SheetModel): NodeRef[] {
  const cached = nodesOfModel.get(model);
  if (cached) return cached;
  const out = collectBudgetNodes(model);
  nodesOfModel.set(model, out);
  return out;
}

function collectBudgetNodes(model: SheetModel): NodeRef[] {
  if (model.layout === "evaluasi-renja") return collectErNodes(model);
  const out: NodeRef[] = [];
  for (const tujuan of list(model.tujuan)) {
    if (!isNode(tujuan)) continue;
    for (const sasaran of list(tujuan.sasaran)) {
      if (!isNode(sasaran)) continue;
      for (const program of list(sasaran.program).filter(isNode)) {
        const kegiatan = list(program.kegiatan).filter(isNode);
        const kegiatanRows: number[] = [];
        out.push({ node: program, children: kegiatan, childRows: kegiatanRows });
        for (const k of kegiatan) {
          const sub = list(k.subKegiatan).filter(isNode);
          kegiatanRows.push(out.length);
          out.push({ node: k, children: sub, childRows: sub.map((_, i) => out.length + 1 + i) });
          for (const s of sub) out.push({ node: s, children: NO_CHILDREN, childRows: NO_ROWS });
        }
      }
    }
  }
  return out;
}

/**
 * The Evaluasi Renja tree in sheet order: urusan → bidang → program → kegiatan → sub kegiatan, each node followed
 * by its subtree.
 * Its nodes are BudgetNodes (pagu = target Renja Rp, realisasi = the year's Rp; no anggaran kas).
 */
function collectErNodes(model: EvaluasiRenjaModel): NodeRef[] {
  const out: NodeRef[] = [];
  // Rows pasted below the table's total are listed, but are nobody's children: no parent's sum includes them. An
  // urusan or bidang row without any figure is a heading (app exports leave them empty): it adds nothing up.
  const visit = (node: ErNode): void => {
    const all = erChildren(node);
    const heading = (node.level === "urusan" || node.level === "bidang") && !hasFigures(node);
    const children = heading ? [] : all.filter((c) => !c.outsideTotals || node.outsideTotals);
    const ref: NodeRef = { node, children, childRows: NO_ROWS };
    const childRows: number[] = [];
    out.push(ref);
    for (const child of all) {
      if (children.includes(child)) childRows.push(out.length);
      visit(child);
    }
    if (childRows.length > 0) ref.childRows = childRows;
  };
  for (const root of inSheetOrder([...list(model.urusan), ...list(model.bidang), ...list(model.program)])) visit(root);
  return out;
}

function hasFigures(node: ErNode): boolean {
  const rp = [node.pagu, node.realisasi, node.targetRenstra, node.realisasiRenstra, ...list(node.realisasiTriwulan)];
  return rp.some((v) => v !== null && v !== undefined) || list(node.unreadable).length > 0;
}

function erChildren(node: ErNode): ErNode[] {
  const n = node as { bidang?: ErBidang[]; program?: ErProgram[]; kegiatan?: ErKegiatan[]; subKegiatan?: ErNode[] };
  return inSheetOrder([...list(n.bidang), ...list(n.program), ...list(n.kegiatan), ...list(n.subKegiatan)]);
}

/** Nodes of several lists (an urusan's bidang and its programs without bidang) by their row. */
function inSheetOrder(nodes: ErNode[]): ErNode[] {
  return nodes.filter(isNode).sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** The indikator of a Pengukuran Kinerja sheet (an Evaluasi Renja sheet's are on its budget nodes). */
export function indikators(model: SheetModel): Indikator[] {
  if (model.layout === "evaluasi-renja") return [];
  const out: Indikator[] = [];
  for (const tujuan of list(model.tujuan)) {
    if (!isNode(tujuan)) continue;
    for (const sasaran of list(tujuan.sasaran)) {
      if (!isNode(sasaran)) continue;
      for (const ind of list(sasaran.indikator)) if (isNode(ind)) out.push(ind);
    }
  }
  return out;
}

/** The realisasi Rp of quarter q (0-based) an Evaluasi Renja row holds; null when empty, or for any other row. */
export function realisasiTriwulanOf(node: BudgetNode, q: number): MaybeNumber {
  const quarters = (node as Partial<ErNode>).realisasiTriwulan;
  return (Array.isArray(quarters) ? quarters[q] : null) ?? null;
}

/** Half a sen: two amounts closer than this are one amount (no sum of typed Rupiah differs by less). */
const HALF_SEN = new D("0.005");

/**
 * Two Rupiah amounts the same to the sen: a sum of figures a formula left with fractions (`=pagu/9` in each month)
 * carries the computer's rounding in its last digits (Rp 90.000.000,0000000045), no difference anyone could type.
 */
export function sameRupiah(a: Decimal, b: Decimal): boolean {
  return a.equals(b) || a.minus(b).abs().lessThan(HALF_SEN);
}

export function sumOf(values: (Decimal | null)[]): Decimal {
  return values.reduce<Decimal>((a, b) => (b ? a.plus(b) : a), new D(0));
}

/** A name short enough for a one-sentence message. */
export function shortName(name: unknown): string {
  const s = typeof name === "string" ? name.replace(/\s+/g, " ").trim() : "";
  return s.length > 60 ? `${s.slice(0, 57).trimEnd()}…` : s;
}

/**
 * Any realisasi written on the sheet, Rupiah or kinerja, of a budget row or an indikator; an unreadable one counts
 * (flagged on its row, or found by recognition in a realisasi column): a sheet set up ahead for a later triwulan
 * holds none.
 */
export function holdsRealisasi(model: SheetModel): boolean {
  if (
    budgetNodes(model).some((r) => r.node.realisasi != null || isBudgetUnreadable(model, r.node, "realisasiAnggaran"))
  )
    return true;
  if (
    indikators(model).some(
      (i) => i.realisasi != null || isUnreadable(i, "realisasiKinerja") || i.kualitatif?.realisasiKinerja !== undefined,
    )
  )
    return true;
  const columns = [model.columns?.realisasiAnggaran, model.columns?.realisasiKinerja, model.columns?.realisasiRp];
  return list(model.findings).some((f) => {
    if (f?.rule !== "unreadable-value" || typeof f.cell !== "string") return false;
    const at = parseA1(f.cell);
    return at !== null && columns.includes(at.col);
  });
}

/** A1 of the header's first row in the table's leftmost recognised column: where a finding about the whole header goes. */
export function headerCell(model: SheetModel): string {
  const top = Array.isArray(model.headerRows) ? Math.max(model.headerRows[0], 0) : 0;
  const cols = Object.values(model.columns ?? {}).filter((c): c is number => typeof c === "number");
  return toA1(top, cols.length > 0 ? Math.min(...cols) : 0);
}
