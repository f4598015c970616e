import { parseA1 } from "../grid/address";
import { ColumnKey, ER_COLUMN_KEYS, PK_BUDGET_COLUMNS, PK_INDIKATOR_COLUMNS } from "./columns";
import { Finding, FindingLevel } from "./finding";
import { findingName } from "./makeFinding";
import { ErIndikator, ErNode, EvaluasiRenjaModel } from "./evaluasiRenja";
import { BudgetNode } from "./types";
import { SheetModel } from "./sheetModel";

/** The row a cell belongs to: its level (or kind) and name. */
export interface Subject {
  level: FindingLevel;
  name: string | null;
}

const TUJUAN_COLUMNS: readonly ColumnKey[] = ["no", "tujuan", "indikatorTujuan"];

interface Placed {
  row: number;
  name: string;
}

interface SubjectIndex {
  budget: Map<number, BudgetNode>;
  /** In sheet order, so in row order; each entry carries the row of its sasaran. */
  indikator: (Placed & { sasaranRow: number })[];
  sasaran: Placed[];
  tujuan: Placed[];
  kindOfColumn: Map<number, "budget" | "indikator" | "sasaran" | "tujuan">;
  /** Evaluasi Renja: each indikator has its own row, and a K cell belongs to the indikator of its row only. */
  indikatorByRow?: Map<number, Placed>;
}

function buildIndex(model: SheetModel): SubjectIndex {
  if (model.layout === "evaluasi-renja") return buildErIndex(model);
  const index: SubjectIndex = { budget: new Map(), indikator: [], sasaran: [], tujuan: [], kindOfColumn: new Map() };
  const columns = model.columns ?? {};
  const mark = (keys: readonly ColumnKey[], kind: "budget" | "indikator" | "sasaran" | "tujuan") => {
    for (const k of keys) if (typeof columns[k] === "number") index.kindOfColumn.set(columns[k] as number, kind);
  };
  mark(TUJUAN_COLUMNS, "tujuan");
  mark(["sasaran"], "sasaran");
  mark(PK_INDIKATOR_COLUMNS, "indikator");
  mark(PK_BUDGET_COLUMNS, "budget");
  for (const t of model.tujuan ?? []) {
    index.tujuan.push({ row: t.row, name: t.name });
    for (const s of t.sasaran ?? []) {
      index.sasaran.push({ row: s.row, name: s.name });
      for (const i of s.indikator ?? []) index.indikator.push({ row: i.row, name: i.name, sasaranRow: s.row });
      for (const p of s.program ?? []) {
        index.budget.set(p.row, p);
        for (const k of p.kegiatan ?? []) {
          index.budget.set(k.row, k);
          for (const sub of k.subKegiatan ?? []) index.budget.set(sub.row, sub);
        }
      }
    }
  }
  return index;
}

/** The Evaluasi Renja sheet: budget rows of every level, indikator by their row, Tujuan and Sasaran PD blocks. */
function buildErIndex(model: EvaluasiRenjaModel): SubjectIndex {
  const index: SubjectIndex = {
    budget: new Map(),
    indikator: [],
    sasaran: [],
    tujuan: [],
    kindOfColumn: new Map(),
    indikatorByRow: new Map(),
  };
  const columns = model.columns ?? {};
  for (const key of ER_COLUMN_KEYS) {
    const col = columns[key];
    if (typeof col !== "number") continue;
    if (key === "visi" || key === "misi" || key === "sasaranRpjmd" || key === "tujuan" || key === "no")
      index.kindOfColumn.set(col, "tujuan");
    else if (key === "sasaran") index.kindOfColumn.set(col, "sasaran");
    else if (key === "kode" || key === "uraian" || key.endsWith("Rp")) index.kindOfColumn.set(col, "budget");
    else if (key === "indikator" || key === "satuan" || key.endsWith("K") || key.endsWith("Persen"))
      index.kindOfColumn.set(col, "indikator");
  }
  const addIndikator = (list: readonly ErIndikator[] | undefined) => {
    for (const i of list ?? []) index.indikatorByRow?.set(i.row, { row: i.row, name: i.name });
  };
  const sasaran = [...(model.tujuan ?? []).flatMap((t) => t.sasaran ?? []), ...(model.sasaran ?? [])];
  for (const t of model.tujuan ?? []) index.tujuan.push({ row: t.row, name: t.name });
  for (const s of sasaran) {
    index.sasaran.push({ row: s.row, name: s.name });
    addIndikator(s.indikator);
  }
  index.tujuan.sort((a, b) => a.row - b.row);
  index.sasaran.sort((a, b) => a.row - b.row);
  const visit = (node: ErNode): void => {
    index.budget.set(node.row, node);
    addIndikator(node.indikator);
    const n = node as { bidang?: ErNode[]; program?: ErNode[]; kegiatan?: ErNode[]; subKegiatan?: ErNode[] };
    for (const child of [...(n.bidang ?? []), ...(n.program ?? []), ...(n.kegiatan ?? []), ...(n.subKegiatan ?? [])])
      visit(child);
  };
  for (const root of [...(model.urusan ?? []), ...(model.bidang ?? []), ...(model.program ?? [])]) visit(root);
  return index;
}

/** The last entry starting at or above `row` (entries in row order), or null. */
function lastAtOrAbove<T extends Placed>(list: T[], row: number): T | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].row <= row) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : null;
}

function subjectIn(index: SubjectIndex, row: number, col: number): Subject | null {
  switch (index.kindOfColumn.get(col)) {
    case "budget": {
      const node = index.budget.get(row);
      return node ? { level: node.level, name: findingName(node.name) } : null;
    }
    case "indikator": {
      if (index.indikatorByRow) {
        const own = index.indikatorByRow.get(row);
        return own ? { level: "indikator", name: findingName(own.name) } : null;
      }
      const ind = lastAtOrAbove(index.indikator, row);
      const sasaran = lastAtOrAbove(index.sasaran, row);
      if (!ind || (sasaran && sasaran.row !== ind.sasaranRow)) return null;
      return { level: "indikator", name: findingName(ind.name) };
    }
    case "sasaran": {
      const s = lastAtOrAbove(index.sasaran, row);
      return s ? { level: "sasaran", name: findingName(s.name) } : null;
    }
    case "tujuan": {
      const t = lastAtOrAbove(index.tujuan, row);
      return t ? { level: "tujuan", name: findingName(t.name) } : null;
    }
    default:
      return null;
  }
}

/**
 * Findings about cells of the model's sheet with the row each is about filled in where the finding did not say:
 * the budget row of a budget column, the indikator (or sasaran, tujuan) a kinerja cell belongs to. Recognition
 * meets a cell before it knows the row's level; this names it once the model is built.
 */
export function withSubjects(model: SheetModel, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.level === null && f.sheet === model.sheet)) return findings;
  const index = buildIndex(model);
  return findings.map((f) => {
    if (f.level !== null || f.sheet !== model.sheet) return f;
    const at = parseA1(f.cell);
    if (at === null) return f;
    const subject = subjectIn(index, at.row, at.col);
    return subject ? { ...f, level: subject.level, name: f.name ?? subject.name } : f;
  });
}
