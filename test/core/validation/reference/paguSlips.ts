// The rule's paguSlips.ts in decimal.js, as the reference its sen arithmetic must match (round 42): a child's pagu
// that differs from its own anggaran kas TW I–IV is the slip where the kas in its place makes the parent's pagu the
// sum of its children's, and the parent's own parent holds the parent's pagu as the sum of its children's. Only
// where every amount involved is exact in sen.
import Decimal from "decimal.js";
import { BudgetNode } from "../../../../src/core/model/types";
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { exactSen } from "../../../../src/core/numbers/exact";
import { budgetValue, num, sumOf, unreadableIn } from "./helpers";
import { budgetNodes } from "../../../../src/core/validation/modelAccess";

const KAS = ["kas1", "kas2", "kas3", "kas4"] as const;

/** Σ anggaran kas TW I–IV; on a sheet whose kas columns are cumulative (`S/D TW`), TW IV's own cell. */
function kasYearOf(node: BudgetNode, cumulative: boolean): Decimal | null {
  const columns = cumulative ? (["kas4"] as const) : KAS;
  if (columns.some((k) => unreadableIn(node, k))) return null;
  const kas = columns.map((k) => num(budgetValue(node, k)));
  return kas.every((k) => k === null) ? null : sumOf(kas);
}

const pagu = (n: BudgetNode) => (unreadableIn(n, "pagu") ? null : num(n.pagu));
const exact = (d: Decimal | null) => d === null || exactSen(d) !== null;

export interface ReferenceSlips {
  slip: Map<BudgetNode, Decimal>;
  explainsParent: Set<BudgetNode>;
}

export function paguSlipsOf(model: SheetModel): ReferenceSlips {
  const cumulative = "kasKumulatif" in model && model.kasKumulatif === true;
  const kasYear = (node: BudgetNode) => kasYearOf(node, cumulative);
  const nodes = budgetNodes(model);
  const parentOf = new Map<BudgetNode, BudgetNode>();
  for (const { node, children } of nodes) for (const c of children) parentOf.set(c, node);
  const childrenOf = new Map(nodes.map(({ node, children }) => [node, children]));
  const out: ReferenceSlips = { slip: new Map(), explainsParent: new Set() };
  for (const { node, children } of nodes) {
    const own = pagu(node);
    if (children.length === 0 || own === null || children.some((c) => unreadableIn(c, "pagu"))) continue;
    const differing = children.filter((c) => {
      const p = pagu(c);
      const k = kasYear(c);
      return p !== null && k !== null && !k.equals(p);
    });
    if (differing.length === 0) continue;
    const taken = children.map((c) => (differing.includes(c) ? kasYear(c) : pagu(c)));
    if (!taken.every(exact) || !exact(own)) continue;
    const total = sumOf(taken);
    if (!exact(total) || !total.equals(own)) continue;
    const g = parentOf.get(node);
    const gPagu = g ? pagu(g) : null;
    if (g && gPagu !== null) {
      const siblings = childrenOf.get(g) ?? [];
      if (siblings.some((c) => unreadableIn(c, "pagu"))) continue;
      const values = siblings.map(pagu);
      const sum = sumOf(values);
      if (!values.every(exact) || !exact(sum) || !exact(gPagu) || !sum.equals(gPagu)) continue;
    }
    out.explainsParent.add(node);
    for (const c of differing) out.slip.set(c, kasYear(c) as Decimal);
  }
  return out;
}
