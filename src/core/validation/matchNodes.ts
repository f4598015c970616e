import { BudgetNode } from "../model/types";
import { SheetModel } from "../model/sheetModel";
import { list } from "./modelAccess";

/** Two names closer than this (Dice coefficient over letter pairs) are taken as the same row in two sheets. */
const SAME_NAME = 0.8;

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bkab\b/g, "kabupaten"],
  [/\bpemerintan\b/g, "pemerintah"],
];

function normalise(name: unknown): string {
  let s = typeof name === "string" ? name.toLowerCase() : "";
  s = s.replace(/[^a-z0-9]+/g, " ");
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  return s.replace(/\s+/g, " ").trim();
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = s.replace(/ /g, "");
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice similarity of two normalised names, 0..1. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let total = 0;
  let common = 0;
  for (const n of ga.values()) total += n;
  for (const [g, n] of gb) {
    total += n;
    common += Math.min(n, ga.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * common) / total;
}

function childrenOf(node: BudgetNode): BudgetNode[] {
  const n = node as BudgetNode & { kegiatan?: BudgetNode[]; subKegiatan?: BudgetNode[] };
  return list(n.kegiatan ?? n.subKegiatan ?? []).filter((c) => c && typeof c === "object");
}

/**
 * Pair each node of `later` with the same node of `earlier`: exact names first, then the most similar unpaired name
 * (typos and abbreviations differ between triwulan sheets), level by level inside already paired parents.
 */
function pair(earlier: BudgetNode[], later: BudgetNode[], out: [BudgetNode, BudgetNode][]): void {
  const names = new Map<BudgetNode, string>();
  for (const n of [...earlier, ...later]) names.set(n, normalise(n.name));
  const free = new Set(earlier.filter((n) => names.get(n) !== ""));
  const pending: BudgetNode[] = [];
  for (const node of later) {
    const exact = [...free].find((e) => e.level === node.level && names.get(e) === names.get(node));
    if (exact && names.get(node) !== "") {
      free.delete(exact);
      out.push([exact, node]);
      pair(childrenOf(exact), childrenOf(node), out);
    } else pending.push(node);
  }
  for (const node of pending) {
    const name = names.get(node)!;
    if (name === "") continue;
    let best: BudgetNode | null = null;
    let bestScore = SAME_NAME;
    for (const e of free) {
      if (e.level !== node.level) continue;
      const score = nameSimilarity(name, names.get(e)!);
      if (score >= bestScore) [best, bestScore] = [e, score];
    }
    if (best) {
      free.delete(best);
      out.push([best, node]);
      pair(childrenOf(best), childrenOf(node), out);
    }
  }
}

/** Programs of a Pengukuran Kinerja sheet; an Evaluasi Renja sheet's realisasi are per quarter, not cumulative. */
function programs(model: SheetModel): BudgetNode[] {
  if (model.layout === "evaluasi-renja") return [];
  const out: BudgetNode[] = [];
  for (const t of list(model.tujuan)) for (const s of list(t?.sasaran)) out.push(...list(s?.program).filter(Boolean));
  return out;
}

/** Matching budget rows of two sheets; programs are matched across the whole sheet since sasaran wording varies. */
export function matchBudgetNodes(earlier: SheetModel, later: SheetModel): [BudgetNode, BudgetNode][] {
  const out: [BudgetNode, BudgetNode][] = [];
  pair(programs(earlier), programs(later), out);
  return out;
}
