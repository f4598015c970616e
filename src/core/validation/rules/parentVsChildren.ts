import { Finding, RuleId } from "../finding";
import { SheetModel } from "../../model/types";
import { formatRupiah } from "../../numbers/format";
import { makeFinding } from "../makeFinding";
import { BudgetColumn, budgetCell, budgetValue, levelWord, num, sheetName, sumOf } from "../modelAccess";
import { BudgetFacts, budgetFacts, MoneyColumn } from "../budgetFacts";

const COLUMN_LABEL: Record<BudgetColumn, string> = {
  pagu: "Pagu",
  kas1: "Anggaran kas TW I",
  kas2: "Anggaran kas TW II",
  kas3: "Anggaran kas TW III",
  kas4: "Anggaran kas TW IV",
  realisasiAnggaran: "Realisasi",
  capaianAnggaran: "Capaian anggaran",
};

function factsOf(facts: BudgetFacts, column: BudgetColumn): MoneyColumn | undefined {
  switch (column) {
    case "pagu":
      return facts.pagu;
    case "realisasiAnggaran":
      return facts.realisasi;
    case "capaianAnggaran":
      return undefined;
    default:
      return facts.kas[Number(column.slice(3)) - 1];
  }
}

/** A parent's value in `column` equals the sum of its children's (program ← kegiatan, kegiatan ← sub kegiatan). */
export function parentVsChildren(
  model: SheetModel,
  rule: RuleId,
  column: BudgetColumn,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  const findings: Finding[] = [];
  const { refs } = facts;
  const money = factsOf(facts, column);
  for (let i = 0; i < refs.length; i++) {
    const { node, children } = refs[i];
    if (children.length === 0) continue;
    // Exact in sen, the common case: a matching sum reports nothing (NaN equals nothing: decimal.js decides).
    if (money && (money.present[i] ? money.sen[i] === money.childSen[i] : money.childSen[i] === 0)) continue;
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
