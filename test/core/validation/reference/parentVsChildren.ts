// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match; since
// issue 8 a parent whose own cell, or a child's cell, holds text is not checked, nor one whose children's cells are
// all empty.
import { RuleId } from "../../../../src/core/model/finding";
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { formatRupiah } from "../../../../src/core/numbers/format";
import { budgetCell, budgetValue, num, sumOf, legacyFinding, LegacyFinding, unreadableIn, levelWord } from "./helpers";
import { BudgetColumn, budgetNodes, sheetName } from "../../../../src/core/validation/modelAccess";

const COLUMN_LABEL: Record<BudgetColumn, string> = {
  pagu: "Pagu",
  kas1: "Anggaran kas TW I",
  kas2: "Anggaran kas TW II",
  kas3: "Anggaran kas TW III",
  kas4: "Anggaran kas TW IV",
  realisasiAnggaran: "Realisasi",
  capaianAnggaran: "Capaian anggaran",
};

/** A parent's value in `column` equals the sum of its children's (program ← kegiatan, kegiatan ← sub kegiatan). */
export function parentVsChildren(model: SheetModel, rule: RuleId, column: BudgetColumn): LegacyFinding[] {
  const findings: LegacyFinding[] = [];
  for (const { node, children } of budgetNodes(model)) {
    if (children.length === 0) continue;
    if (unreadableIn(node, column) || children.some((c) => unreadableIn(c, column))) continue;
    const parent = num(budgetValue(node, column));
    const values = children.map((c) => num(budgetValue(c, column)));
    if (values.every((v) => v === null)) continue;
    const total = sumOf(values);
    if (parent === null ? total.isZero() : parent.equals(total)) continue;
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
