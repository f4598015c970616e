// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match; since
// issue 8 a parent whose own cell, or a child's cell, holds text is not checked, nor one whose children's cells are
// all empty.
import Decimal from "decimal.js";
import { RuleId } from "../../../../src/core/model/finding";
import { BudgetNode } from "../../../../src/core/model/types";
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { formatRupiah } from "../../../../src/core/numbers/format";
import { budgetCell, budgetValue, num, sumOf, legacyFinding, LegacyFinding, unreadableIn, levelWord } from "./helpers";
import { BudgetColumn, budgetNodes, sheetName } from "../../../../src/core/validation/modelAccess";
import { paguSlipsOf } from "./paguSlips";

const COLUMN_LABEL: Record<BudgetColumn, string> = {
  pagu: "Pagu",
  kas1: "Anggaran kas TW I",
  kas2: "Anggaran kas TW II",
  kas3: "Anggaran kas TW III",
  kas4: "Anggaran kas TW IV",
  realisasiAnggaran: "Realisasi",
  capaianAnggaran: "Capaian anggaran",
};

const KAS: BudgetColumn[] = ["kas1", "kas2", "kas3", "kas4"];

/** Σ anggaran kas TW I–IV of a row, or null when one holds text or none is filled in. */
function kasYear(node: BudgetNode): Decimal | null {
  if (KAS.some((k) => unreadableIn(node, k))) return null;
  const kas = KAS.map((k) => num(budgetValue(node, k)));
  return kas.every((k) => k === null) ? null : sumOf(kas);
}

/**
 * Since round 12: a parent whose own anggaran kas adds up to its pagu is not reported when its children's kas in
 * the column are off from it by exactly what the children whose kas does not add up to their pagu are off.
 */
function explainedByChildRows(node: BudgetNode, children: BudgetNode[], parent: Decimal, total: Decimal): boolean {
  const ownYear = kasYear(node);
  const ownPagu = unreadableIn(node, "pagu") ? null : num(node.pagu);
  if (ownYear === null || ownPagu === null || !ownYear.equals(ownPagu)) return false;
  let off = new Decimal(0);
  for (const c of children) {
    const year = kasYear(c);
    const pagu = unreadableIn(c, "pagu") ? null : num(c.pagu);
    if (year !== null && pagu !== null) off = off.plus(year.minus(pagu));
  }
  return !off.isZero() && total.minus(parent).equals(off);
}

/** A parent's value in `column` equals the sum of its children's (program ← kegiatan, kegiatan ← sub kegiatan). */
export function parentVsChildren(model: SheetModel, rule: RuleId, column: BudgetColumn): LegacyFinding[] {
  const findings: LegacyFinding[] = [];
  const slips = column === "pagu" ? paguSlipsOf(model) : null;
  for (const { node, children } of budgetNodes(model)) {
    if (children.length === 0) continue;
    // Since round 42: a parent whose children add up to it with their slipped pagu taken as their kas.
    if (slips?.explainsParent.has(node)) continue;
    if (unreadableIn(node, column) || children.some((c) => unreadableIn(c, column))) continue;
    const parent = num(budgetValue(node, column));
    const values = children.map((c) => num(budgetValue(c, column)));
    if (values.every((v) => v === null)) continue;
    const total = sumOf(values);
    if (parent === null ? total.isZero() : parent.equals(total)) continue;
    if (parent !== null && KAS.includes(column) && explainedByChildRows(node, children, parent, total)) continue;
    const cell = budgetCell(model, node, column) ?? (typeof node.cell === "string" ? node.cell : null);
    if (cell === null) continue;
    const label = COLUMN_LABEL[column];
    const what = `${label} ${levelWord(node.level)} di ${cell}`;
    const sumText = `jumlah ${label.charAt(0).toLowerCase()}${label.slice(1)} ${levelWord(children[0].level)} di bawahnya`;
    const message =
      parent === null
        ? `${what} kosong, padahal ${sumText} ${formatRupiah(total)}.`
        : `${what} (${formatRupiah(parent)}) tidak sama dengan ${sumText} (${formatRupiah(total)}); ` +
          `selisih ${formatRupiah(parent.minus(total).abs())}.`;
    findings.push(legacyFinding(rule, sheetName(model), cell, total, parent, message));
  }
  return findings;
}
