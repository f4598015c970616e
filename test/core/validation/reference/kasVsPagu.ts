// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match.
import { Finding } from "../../../../src/core/validation/finding";
import { SheetModel } from "../../../../src/core/model/types";
import { formatRupiah } from "../../../../src/core/numbers/format";
import { makeFinding } from "../../../../src/core/validation/makeFinding";
import { budgetCell, num, sumOf } from "./helpers";
import { budgetNodes, list, sheetName } from "../../../../src/core/validation/modelAccess";

/** kas-vs-pagu: Σ anggaran kas TW I–IV of a row equals its pagu. */
export function kasVsPagu(model: SheetModel): Finding[] {
  const findings: Finding[] = [];
  for (const { node } of budgetNodes(model)) {
    const pagu = num(node.pagu);
    const kas = list(node.anggaranKas).slice(0, 4).map(num);
    if (pagu === null || kas.every((k) => k === null)) continue;
    const total = sumOf(kas);
    if (total.equals(pagu)) continue;
    const cell = budgetCell(model, node, "pagu");
    if (cell === null) continue;
    findings.push(
      makeFinding(
        "kas-vs-pagu",
        sheetName(model),
        cell,
        total,
        pagu,
        `Pagu di ${cell} (${formatRupiah(pagu)}) tidak sama dengan jumlah anggaran kas TW I–IV (${formatRupiah(total)}); ` +
          `selisih ${formatRupiah(pagu.minus(total).abs())}.`,
      ),
    );
  }
  return findings;
}
