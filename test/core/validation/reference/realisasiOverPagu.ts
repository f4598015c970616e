// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match.
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { formatRupiah } from "../../../../src/core/numbers/format";
import { budgetCell, num, legacyFinding, LegacyFinding } from "./helpers";
import { budgetNodes, sheetName } from "../../../../src/core/validation/modelAccess";

/** realisasi-over-pagu: a row never spends more than its pagu. */
export function realisasiOverPagu(model: SheetModel): LegacyFinding[] {
  const findings: LegacyFinding[] = [];
  for (const { node } of budgetNodes(model)) {
    const pagu = num(node.pagu);
    const realisasi = num(node.realisasi);
    if (pagu === null || realisasi === null || !realisasi.greaterThan(pagu)) continue;
    const cell = budgetCell(model, node, "realisasiAnggaran");
    if (cell === null) continue;
    findings.push(
      legacyFinding(
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
