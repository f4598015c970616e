// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match.
import { Finding, RuleId } from "../../../../src/core/validation/finding";
import { SheetModel } from "../../../../src/core/model/types";
import { formatRupiah } from "../../../../src/core/numbers/format";
import { makeFinding } from "../../../../src/core/validation/makeFinding";
import { budgetCell, budgetValue, num, sumOf } from "./helpers";
import { BudgetColumn, budgetNodes, levelWord, sheetName } from "../../../../src/core/validation/modelAccess";

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
export function parentVsChildren(model: SheetModel, rule: RuleId, column: BudgetColumn): Finding[] {
  const findings: Finding[] = [];
  for (const { node, children } of budgetNodes(model)) {
    if (children.length === 0) continue;
    const parent = num(budgetValue(node, column));
    const total = sumOf(children.map((c) => num(budgetValue(c, column))));
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
    findings.push(makeFinding(rule, sheetName(model), cell, total, parent, message));
  }
  return findings;
}
