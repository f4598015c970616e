// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match.
import { Finding } from "../../../../src/core/validation/finding";
import { SheetModel } from "../../../../src/core/model/types";
import { formatRupiah } from "../../../../src/core/numbers/format";
import { makeFinding } from "../../../../src/core/validation/makeFinding";
import { budgetCell, num } from "./helpers";
import { budgetNodes, sheetName } from "../../../../src/core/validation/modelAccess";

/** realisasi-over-pagu: a row never spends more than its pagu. */
export function realisasiOverPagu(model: SheetModel): Finding[] {
  const findings: Finding[] = [];
  for (const { node } of budgetNodes(model)) {
    const pagu = num(node.pagu);
    const realisasi = num(node.realisasi);
    if (pagu === null || realisasi === null || !realisasi.greaterThan(pagu)) continue;
    const cell = budgetCell(model, node, "realisasiAnggaran");
    if (cell === null) continue;
    findings.push(
      makeFinding(
        "realisasi-over-pagu",
        sheetName(model),
        cell,
        pagu,
        realisasi,
        `Realisasi di ${cell} (${formatRupiah(realisasi)}) melebihi pagu (${formatRupiah(pagu)}); ` +
          `selisih ${formatRupiah(realisasi.minus(pagu))}.`,
      ),
    );
  }
  return findings;
}
