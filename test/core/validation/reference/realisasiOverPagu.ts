// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match.
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { exactSen } from "../../../../src/core/numbers/exact";
import { formatRupiah } from "../../../../src/core/numbers/format";
import { budgetCell, num, legacyFinding, LegacyFinding, sumOf, unreadableIn } from "./helpers";
import { budgetNodes, sheetName } from "../../../../src/core/validation/modelAccess";
import { paguSlipsOf } from "./paguSlips";

/**
 * realisasi-over-pagu: a row never spends more than its pagu; since er34, not where its own pagu is off from its
 * children's Σ and the realisasi is within that Σ.
 */
export function realisasiOverPagu(model: SheetModel): LegacyFinding[] {
  const findings: LegacyFinding[] = [];
  const slips = paguSlipsOf(model);
  for (const { node, children } of budgetNodes(model)) {
    const pagu = num(node.pagu);
    const realisasi = num(node.realisasi);
    if (pagu === null || realisasi === null || !realisasi.greaterThan(pagu)) continue;
    // Since round 42: a pagu its own kas shows to be the slip, the realisasi within that kas.
    const kas = slips.slip.get(node);
    if (kas !== undefined && realisasi.lte(kas) && exactSen(realisasi) !== null) continue;
    const childPagu = children.map((c) => num(c.pagu));
    if (
      childPagu.some((v) => v !== null) &&
      !children.some((c) => unreadableIn(c, "pagu")) &&
      !sumOf(childPagu).equals(pagu) &&
      realisasi.lte(sumOf(childPagu))
    )
      continue;
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
