import Decimal from "decimal.js";
import { CellRange } from "../../grid/grid";
import { aggregateOf } from "../../grid/formulaReferences";
import { ColumnKey, ErGroup } from "../../model/columns";
import { ErNode } from "../../model/evaluasiRenja";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { BudgetNode, MaybeNumber } from "../../model/types";
import { SheetModel } from "../../model/sheetModel";
import { D } from "../../numbers/decimal";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { figureOf, rpSide } from "../erFigures";
import { budgetValue, cellIn, isUnreadable, list, num, sheetName } from "../modelAccess";
import { OpsiValidasi } from "../opsi";

/** The money columns a parent adds its children up in, per family. */
const PK_COLUMNS: readonly ColumnKey[] = ["pagu", "kas1", "kas2", "kas3", "kas4", "realisasiAnggaran"];
const ER_COLUMNS: readonly ColumnKey[] = [
  "targetRenstraRp",
  "realisasiRenstraRp",
  "targetRenjaRp",
  "realisasiTw1Rp",
  "realisasiTw2Rp",
  "realisasiTw3Rp",
  "realisasiTw4Rp",
  "realisasiRp",
  "realisasiSdTahunRp",
];

function valueIn(model: SheetModel, node: BudgetNode, key: ColumnKey): MaybeNumber {
  if (model.layout === "evaluasi-renja") return figureOf(rpSide(node as ErNode), key.slice(0, -2) as ErGroup);
  return budgetValue(node, key as "pagu");
}

/**
 * formula-range: a parent's SUM (or SUBTOTAL, AVERAGE, or references joined by `+`) over its own column that
 * leaves out one of its children's rows, or takes in a row that is not its child (a grandchild through an
 * `A:B:C` box, a row of another parent, a total row), or takes a row in twice. Reported at the parent's cell,
 * naming the rows; a warning, and an error where the value the formula gives differs from what its children add
 * up to (their average for AVERAGE), which the message then names. Only formulas that read the parent's own
 * column are looked at: a row formula such as `SUM(N34,P34,R34,T34)` is not a sum over children. It replaces the
 * *-vs-children finding at the same cell (validate.ts): one cause, one finding.
 */
export function formulaRange(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  const { refs } = facts;
  let listed: Map<number, BudgetNode | null> | null = null;
  let childrenOf: Map<BudgetNode, readonly BudgetNode[]> | null = null;
  const findings: Finding[] = [];
  const columns = model.layout === "evaluasi-renja" ? ER_COLUMNS : PK_COLUMNS;
  for (let i = 0; i < refs.length; i++) {
    const { node, children } = refs[i];
    const formulas = node.formulas;
    // Most rows of most sheets hold no formula at all.
    if (formulas === undefined || children.length === 0 || formulas === null || typeof formulas !== "object") continue;
    for (const key of columns) {
      const formula = formulas[key];
      if (typeof formula !== "string") continue;
      const col = model.columns?.[key];
      if (typeof col !== "number") continue;
      const aggregate = aggregateOf(formula);
      if (!aggregate || aggregate.ranges.some((r) => r.left !== col || r.right !== col)) continue;
      listed ??= listedRows(model, facts);
      const skipped = SUBTOTAL.test(formula) ? nestedSubtotals(listed, key) : NONE;
      if (aggregate.fn === "sum") {
        childrenOf ??= new Map(facts.refs.map((r) => [r.node, r.children]));
        if (sumsGrandchildren(node, children, aggregate.ranges, listed, childrenOf, skipped)) continue;
      }
      const finding = rangeFinding(
        model,
        node,
        children,
        key,
        formula,
        aggregate.fn,
        aggregate.ranges,
        listed,
        skipped,
      );
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

const SUBTOTAL = /^\s*=?\s*SUBTOTAL\s*\(/i;
const NONE: ReadonlySet<number> = new Set();

/**
 * Rows whose cell in the column holds a SUBTOTAL itself: a SUBTOTAL leaves such cells of its range out (Excel's and
 * LibreOffice's rule), so a program's SUBTOTAL over its kegiatan's SUBTOTALs and their sub kegiatan counts each amount
 * once (calc39 D1: it was called double counting, with a "should be" that added a hidden row back).
 */
function nestedSubtotals(listed: Map<number, BudgetNode | null>, key: ColumnKey): ReadonlySet<number> {
  const out = new Set<number>();
  for (const [row, node] of listed) {
    const formula = node?.formulas?.[key];
    if (typeof formula === "string" && /SUBTOTAL\s*\(/i.test(formula)) out.add(row);
  }
  return out;
}

/** Every row that holds a budget node (or a total) of the sheet: what a range may wrongly take in. */
function listedRows(model: SheetModel, facts: BudgetFacts): Map<number, BudgetNode | null> {
  const rows = new Map<number, BudgetNode | null>();
  for (const { node } of facts.refs) if (typeof node.row === "number") rows.set(node.row, node);
  if (model.layout === "evaluasi-renja")
    for (const t of list(model.totals)) if (t && typeof t.row === "number" && !rows.has(t.row)) rows.set(t.row, null);
  return rows;
}

/**
 * The SUM takes every child's own children once each and nothing else: the same total by another road (an urusan's
 * `=SUM(K16,K48,…)` over its programs past its bidang rows, as many forms write it). Each child's figure is checked
 * against its own children by the *-vs-children rules.
 */
function sumsGrandchildren(
  node: BudgetNode,
  children: readonly BudgetNode[],
  ranges: readonly CellRange[],
  listed: Map<number, BudgetNode | null>,
  childrenOf: Map<BudgetNode, readonly BudgetNode[]>,
  skipped: ReadonlySet<number>,
): boolean {
  const rows = new Set<number>();
  for (const c of children) {
    const below = childrenOf.get(c) ?? [];
    if (timesCovered(ranges, c.row, skipped) !== 0 || below.length === 0) return false;
    for (const g of below) rows.add(g.row);
  }
  for (const row of listed.keys()) {
    if (row === node.row) continue;
    const n = timesCovered(ranges, row, skipped);
    if (n > 1 || (n === 1) !== rows.has(row)) return false;
  }
  return true;
}

/** How many times the ranges take the row in; none for a row the formula leaves out (a nested SUBTOTAL). */
function timesCovered(ranges: readonly CellRange[], row: number, skipped: ReadonlySet<number> = NONE): number {
  if (skipped.has(row)) return 0;
  let n = 0;
  for (const r of ranges) if (row >= r.top && row <= r.bottom) n++;
  return n;
}

function rangeFinding(
  model: SheetModel,
  node: BudgetNode,
  children: readonly BudgetNode[],
  key: ColumnKey,
  formula: string,
  fn: "sum" | "average",
  ranges: readonly CellRange[],
  listed: Map<number, BudgetNode | null>,
  skipped: ReadonlySet<number>,
): Finding | null {
  const childRows = new Set(children.map((c) => c.row));
  const leftOut = children.filter((c) => timesCovered(ranges, c.row, skipped) === 0).map((c) => c.row);
  const twice: number[] = [];
  for (const row of listed.keys()) {
    if (row === node.row) continue;
    const n = timesCovered(ranges, row, skipped);
    if (n > 1 || (n === 1 && !childRows.has(row))) twice.push(row);
  }
  if (leftOut.length === 0 && twice.length === 0) return null;
  twice.sort((a, b) => a - b);
  const value = valueIn(model, node, key);
  const cell = cellIn(model, node.row, key, value);
  if (cell === null) return null;

  // The value the formula gives against what its children add up to, when both are known.
  let expected: Decimal | null = null;
  let differs = false;
  const produced = isUnreadable(node, key) ? null : num(value);
  const known = produced !== null && !children.some((c) => isUnreadable(c, key));
  if (known) {
    const values = children.map((c) => num(valueIn(model, c, key))).filter((v): v is Decimal => v !== null);
    const total = values.reduce((a, v) => a.plus(v), new D(0));
    expected = fn === "average" && values.length > 0 ? total.div(values.length) : total;
    differs = values.length === 0 ? !produced.isZero() : !produced.equals(expected);
  }
  const rows = (list: number[]) => list.map((r) => r + 1).join(", ");
  const common = { cell, rumus: `=${formula.replace(/^=/, "")}`, tingkatAnak: children[0].level };
  const base = {
    rule: "formula-range" as const,
    sheet: sheetName(model),
    cell,
    expected,
    actual: produced,
    level: node.level,
    name: node.name,
    raised: differs,
  };
  const amounts = { nilai: produced ?? new D(0), jumlah: expected ?? new D(0) };
  if (twice.length === 0) {
    const params = { ...common, dilewati: rows(leftOut) };
    return differs
      ? makeFinding({ ...base, key: "formula-range.left-out.value", params: { ...params, ...amounts } })
      : makeFinding({ ...base, key: "formula-range.left-out", params });
  }
  if (leftOut.length === 0) {
    const params = { ...common, ganda: rows(twice) };
    return differs
      ? makeFinding({ ...base, key: "formula-range.counted-twice.value", params: { ...params, ...amounts } })
      : makeFinding({ ...base, key: "formula-range.counted-twice", params });
  }
  const params = { ...common, dilewati: rows(leftOut), ganda: rows(twice) };
  return differs
    ? makeFinding({ ...base, key: "formula-range.both.value", params: { ...params, ...amounts } })
    : makeFinding({ ...base, key: "formula-range.both", params });
}
