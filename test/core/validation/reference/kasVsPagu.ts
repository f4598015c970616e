// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match; since
// issue 8 a row with an anggaran kas cell that holds text is not checked, and a pagu whose four anggaran kas cells
// are all empty is reported as not filled in; since the layout probes of round 3 a mismatch names the anggaran kas
// cells left empty; since the findings probe of round 11 a parent that is the sum of its children in pagu and in
// every anggaran kas column is not reported again (its children are).
import Decimal from "decimal.js";
import { BudgetNode } from "../../../../src/core/model/types";
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { formatRupiah } from "../../../../src/core/numbers/format";
import { budgetCell, num, sumOf, legacyFinding, LegacyFinding, unreadableIn } from "./helpers";
import { BudgetColumn, budgetNodes, list, sheetName } from "../../../../src/core/validation/modelAccess";

const KAS = ["kas1", "kas2", "kas3", "kas4"];

/** The sentence naming the anggaran kas cells left empty, after a mismatch (`Sel anggaran kas Q8, R8 belum diisi.`). */
function emptyKas(model: SheetModel, node: BudgetNode, kas: (Decimal | null)[]): string {
  const cells = KAS.flatMap((k, q) => (kas[q] === null ? [budgetCell(model, node, k as BudgetColumn)] : [])).filter(
    (c): c is string => c !== null,
  );
  return cells.length > 0 ? ` Sel anggaran kas ${cells.join(", ")} belum diisi.` : "";
}

/** The row's pagu and each anggaran kas equal its children's summed (a child's empty cell adds nothing). */
function sumsItsChildren(node: BudgetNode, children: BudgetNode[]): boolean {
  if (children.length === 0) return false;
  const pagu = num(node.pagu);
  const childPagu = children.map((c) => num(c.pagu));
  if (pagu === null || children.some((c) => unreadableIn(c, "pagu")) || childPagu.every((p) => p === null))
    return false;
  if (!sumOf(childPagu).equals(pagu)) return false;
  return KAS.every((k, q) => {
    if (children.some((c) => unreadableIn(c, k))) return false;
    const own = num(list(node.anggaranKas)[q] ?? null) ?? new Decimal(0);
    return sumOf(children.map((c) => num(list(c.anggaranKas)[q] ?? null))).equals(own);
  });
}

/** kas-vs-pagu: Σ anggaran kas TW I–IV of a row equals its pagu. */
export function kasVsPagu(model: SheetModel): LegacyFinding[] {
  const findings: LegacyFinding[] = [];
  for (const { node, children } of budgetNodes(model)) {
    const pagu = num(node.pagu);
    const kas = list(node.anggaranKas).slice(0, 4).map(num);
    if (pagu === null || KAS.some((k) => unreadableIn(node, k))) continue;
    if (sumsItsChildren(node, children)) continue;
    if (kas.every((k) => k === null)) {
      const cell = budgetCell(model, node, "pagu");
      if (pagu.isZero() || cell === null) continue;
      findings.push(
        legacyFinding(
          "kas-vs-pagu",
          sheetName(model),
          cell,
          null,
          pagu,
          `Anggaran kas TW I–IV untuk pagu di ${cell} (${formatRupiah(pagu)}) belum diisi: keempat selnya kosong.`,
        ),
      );
      continue;
    }
    const total = sumOf(kas);
    if (total.equals(pagu)) continue;
    const cell = budgetCell(model, node, "pagu");
    if (cell === null) continue;
    findings.push(
      legacyFinding(
        "kas-vs-pagu",
        sheetName(model),
        cell,
        total,
        pagu,
        `Pagu di ${cell} (${formatRupiah(pagu)}) tidak sama dengan jumlah anggaran kas TW I–IV (${formatRupiah(total)}); ` +
          `selisih ${formatRupiah(pagu.minus(total).abs())}.` +
          emptyKas(model, node, kas),
      ),
    );
  }
  return findings;
}
