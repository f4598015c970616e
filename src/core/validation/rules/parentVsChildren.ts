import Decimal from "decimal.js";
import { Finding, RuleId } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { BudgetNode, MaybeNumber } from "../../model/types";
import { SheetModel } from "../../model/sheetModel";
import {
  BudgetColumn,
  budgetCell,
  budgetValue,
  cellIn,
  isBudgetUnreadable,
  isUnreadable,
  num,
  sheetName,
  sumOf,
  realisasiTriwulanOf,
  sameRupiah,
} from "../modelAccess";
import { BudgetFacts, budgetFacts, MoneyColumn } from "../budgetFacts";
import { paguSlips } from "../paguSlips";

type ChildRule = Extract<RuleId, "pagu-vs-children" | "kas-vs-children" | "realisasi-vs-children">;
/** A money column parents add up: pagu, anggaran kas and realisasi, and an Evaluasi Renja's realisasi per triwulan. */
export type ChildColumn = Exclude<BudgetColumn, "capaianAnggaran"> | TriwulanKey;
export type TriwulanKey = "realisasiTw1Rp" | "realisasiTw2Rp" | "realisasiTw3Rp" | "realisasiTw4Rp";
export const TRIWULAN_KEYS: readonly TriwulanKey[] = [
  "realisasiTw1Rp",
  "realisasiTw2Rp",
  "realisasiTw3Rp",
  "realisasiTw4Rp",
];

function isTriwulan(column: ChildColumn): column is TriwulanKey {
  return column.startsWith("realisasiTw");
}

function factsOf(facts: BudgetFacts, column: ChildColumn): MoneyColumn | undefined {
  if (isTriwulan(column)) return facts.realisasiTriwulan?.[TRIWULAN_KEYS.indexOf(column)];
  switch (column) {
    case "pagu":
      return facts.pagu;
    case "realisasiAnggaran":
      return facts.realisasi;
    default:
      return facts.kas[Number(column.slice(3)) - 1];
  }
}

function valueOf(node: BudgetNode, column: ChildColumn): MaybeNumber {
  return isTriwulan(column) ? realisasiTriwulanOf(node, TRIWULAN_KEYS.indexOf(column)) : budgetValue(node, column);
}

function unreadableIn(model: SheetModel, node: BudgetNode, column: ChildColumn): boolean {
  return isTriwulan(column) ? isUnreadable(node, column) : isBudgetUnreadable(model, node, column);
}

function cellOf(model: SheetModel, node: BudgetNode, column: ChildColumn): string | null {
  return isTriwulan(column) ? cellIn(model, node.row, column, valueOf(node, column)) : budgetCell(model, node, column);
}

/**
 * A parent's value in `column` equals the sum of its children's (program ← kegiatan, kegiatan ← sub kegiatan). A
 * parent whose own cell is empty while its children's add up to something is reported at that cell. Not checked:
 * a parent whose cell, or one of whose children's cells, holds text (the Σ is not known), and a parent whose
 * children's cells are all empty (a Σ of nothing is absent; missing-value names the empty cells).
 */
export function parentVsChildren(
  model: SheetModel,
  rule: ChildRule,
  column: ChildColumn,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  const findings: Finding[] = [];
  const { refs } = facts;
  const money = factsOf(facts, column);
  if (!money) return findings;
  // An Evaluasi Renja form whose quarter columns are `s.d. TW`: its quarters are said so (erprov42 F4).
  const cumulative = model.layout === "evaluasi-renja" && model.triwulanKumulatif === true;
  for (let i = 0; i < refs.length; i++) {
    const { node, children } = refs[i];
    if (children.length === 0 || money.unreadable[i] || money.childUnreadable[i] || !money.childFilled[i]) continue;
    // Exact in sen, the common case: a matching sum reports nothing (NaN equals nothing: decimal.js decides).
    if (money.present[i] ? money.sen[i] === money.childSen[i] : money.childSen[i] === 0) continue;
    if (unreadableIn(model, node, column) || children.some((c) => unreadableIn(model, c, column))) continue;
    if (sumsGrandchildren(money, i, refs[i].childRows)) continue;
    if (column === "pagu" && paguSlips(facts).explainsParent[i]) continue;
    if (column === "realisasiAnggaran" && sumsChildrenQuarters(model, facts, money, i, refs[i].childRows)) continue;
    if (isKas(column) && explainedByChildRows(facts, money, i, refs[i].childRows)) continue;
    const parent = num(valueOf(node, column));
    const values = children.map((c) => num(valueOf(c, column)));
    if (values.every((v) => v === null)) continue;
    const total = sumOf(values);
    if (sameRupiah(parent ?? new Decimal(0), total)) continue;
    const cell = cellOf(model, node, column) ?? (typeof node.cell === "string" ? node.cell : null);
    if (cell === null) continue;
    const base = { sheet: sheetName(model), cell, expected: total, actual: parent, level: node.level, name: node.name };
    const common = { tingkat: node.level, cell, tingkatAnak: children[0].level, jumlah: total };
    findings.push(childFinding(rule, column, base, common, parent, cumulative));
  }
  return findings;
}

/**
 * True when row i equals the sum of its children with each child's figure taken as `taken` gives it (its own, or
 * what its own rows say it should be; null: not known, no sum) and at least one child taken otherwise than it
 * stands: the child is the one that is wrong, and each such child is reported at its own row.
 */
function sumsChildrenTakenAs(
  money: MoneyColumn,
  i: number,
  childRows: readonly number[],
  taken: (c: number, own: number) => number | null,
): boolean {
  if (!money.present[i]) return false;
  let total = 0;
  let corrected = false;
  for (const c of childRows) {
    const own = money.present[c] ? money.sen[c] : 0;
    const value = money.unreadable[c] ? null : taken(c, own);
    if (value === null) return false;
    if (value !== own) corrected = true;
    total += value;
  }
  // Sums of sen stay exact below 2^53; NaN (a figure not exact in sen) equals nothing.
  return corrected && total === money.sen[i];
}

/**
 * The program holds the sum of the sub kegiatan and one kegiatan between them is mistyped: each child taken as the
 * sum of its own children. That kegiatan is reported against its sub kegiatan; the program, which is right, is not
 * (fixing it would make it wrong).
 */
function sumsGrandchildren(money: MoneyColumn, i: number, childRows: readonly number[]): boolean {
  return sumsChildrenTakenAs(money, i, childRows, (c, own) =>
    money.childFilled[c] && !money.childUnreadable[c] ? money.childSen[c] : own,
  );
}

function isKas(column: ChildColumn): boolean {
  return column === "kas1" || column === "kas2" || column === "kas3" || column === "kas4";
}

/**
 * True when row i's anggaran kas adds up to its own pagu, and its children's kas in this column are off from it by
 * exactly what the children whose own kas does not add up to their pagu are off: a mistyped anggaran kas of a sub
 * kegiatan (its kas-vs-pagu says so) under a parent that holds the right figure. The parent is not reported.
 */
function explainedByChildRows(
  facts: BudgetFacts,
  money: MoneyColumn,
  i: number,
  childRows: readonly number[],
): boolean {
  const { pagu } = facts;
  const year = facts.kasSdTw[3];
  if (!money.present[i] || !pagu.present[i] || year.unreadable[i] || year.sen[i] !== pagu.sen[i]) return false;
  let off = 0;
  for (const c of childRows) {
    if (!pagu.present[c] || year.unreadable[c] || !year.filled[c]) continue;
    off += year.sen[c] - pagu.sen[c];
  }
  // Sums of sen stay exact below 2^53; NaN (a figure not exact in sen) equals nothing.
  return off !== 0 && money.childSen[i] - money.sen[i] === off;
}

/**
 * Evaluasi Renja: row i's year (13) is the sum of its children with each child's year taken as its triwulan
 * (9)–(12) give it (their sum, or the latest where they are cumulative). A child whose year figure is mistyped is
 * reported by realisasi-total-mismatch at its own cell; its parent, which is right, is not.
 */
function sumsChildrenQuarters(
  model: SheetModel,
  facts: BudgetFacts,
  money: MoneyColumn,
  i: number,
  childRows: readonly number[],
): boolean {
  const quarters = facts.realisasiTriwulan;
  if (!quarters) return false;
  const cumulative = (model as { triwulanKumulatif?: unknown }).triwulanKumulatif === true;
  return sumsChildrenTakenAs(money, i, childRows, (c, own) => {
    if (quarters.some((q) => q.unreadable[c])) return null;
    let year: number | null = null;
    for (const q of quarters) if (q.present[c]) year = cumulative || year === null ? q.sen[c] : year + q.sen[c];
    return year ?? own;
  });
}

interface Base {
  sheet: string;
  cell: string;
  expected: Decimal;
  actual: Decimal | null;
  level: string | null;
  name: string;
}

interface Common {
  tingkat: string | null;
  cell: string;
  tingkatAnak: string | null;
  jumlah: Decimal;
}

/** The finding's sentence: the parent's value against its children's, or the parent's cell left empty. */
function childFinding(
  rule: ChildRule,
  column: ChildColumn,
  base: Base,
  common: Common,
  parent: Decimal | null,
  cumulative = false,
) {
  if (isTriwulan(column)) {
    const triwulan = TRIWULAN_KEYS.indexOf(column) + 1;
    if (parent === null) {
      const key = cumulative
        ? "realisasi-vs-children.triwulan-kumulatif-parent-empty"
        : "realisasi-vs-children.triwulan-parent-empty";
      return makeFinding({ ...base, rule, key, params: { ...common, triwulan } });
    }
    const key = cumulative ? "realisasi-vs-children.triwulan-kumulatif" : "realisasi-vs-children.triwulan";
    const params = { ...common, triwulan, realisasi: parent, selisih: parent.minus(common.jumlah).abs() };
    return makeFinding({ ...base, rule, key, params });
  }
  const triwulan = Number(column.slice(3));
  if (parent === null) {
    switch (rule) {
      case "pagu-vs-children":
        return makeFinding({ ...base, rule, key: "pagu-vs-children.parent-empty", params: common });
      case "kas-vs-children":
        return makeFinding({ ...base, rule, key: "kas-vs-children.parent-empty", params: { ...common, triwulan } });
      default:
        return makeFinding({ ...base, rule, key: "realisasi-vs-children.parent-empty", params: common });
    }
  }
  const selisih = parent.minus(common.jumlah).abs();
  switch (rule) {
    case "pagu-vs-children":
      return makeFinding({ ...base, rule, key: rule, params: { ...common, pagu: parent, selisih } });
    case "kas-vs-children":
      return makeFinding({ ...base, rule, key: rule, params: { ...common, triwulan, kas: parent, selisih } });
    default:
      return makeFinding({ ...base, rule, key: rule, params: { ...common, realisasi: parent, selisih } });
  }
}
