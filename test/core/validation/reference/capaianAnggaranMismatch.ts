// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match.
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { capaianAnggaran } from "../../../../src/core/formulas/anggaran";
import { formatPersen, formatRupiah } from "../../../../src/core/numbers/format";
import { budgetCell, num, roundTo, legacyFinding, LegacyFinding } from "./helpers";
import { budgetNodes, sheetName, shownDecimals } from "../../../../src/core/validation/modelAccess";
import { paguSlipsOf } from "./paguSlips";

/** capaian-anggaran-mismatch: the stated capaian equals realisasi ÷ pagu × 100 at the precision it is shown. */
export function capaianAnggaranMismatch(model: SheetModel): LegacyFinding[] {
  const findings: LegacyFinding[] = [];
  const slips = paguSlipsOf(model);
  for (const { node } of budgetNodes(model)) {
    const stated = num(node.capaian);
    const pagu = num(node.pagu);
    const realisasi = num(node.realisasi);
    if (stated === null || pagu === null || pagu.isZero() || realisasi === null) continue;
    const decimals = shownDecimals(node.capaian);
    const computed = roundTo(capaianAnggaran(realisasi, pagu), decimals);
    const shown = roundTo(stated, decimals);
    if (computed.equals(shown)) continue;
    // Since round 42: a pagu its own kas shows to be the slip, the capaian the realisasi over that kas.
    const kas = slips.slip.get(node);
    if (kas !== undefined && !kas.isZero() && roundTo(capaianAnggaran(realisasi, kas), decimals).equals(shown))
      continue;
    const cell = budgetCell(model, node, "capaianAnggaran");
    if (cell === null) continue;
    findings.push(
      legacyFinding(
        "capaian-anggaran-mismatch",
        sheetName(model),
        cell,
        computed,
        shown,
        `Capaian anggaran di ${cell} (${formatPersen(shown, decimals)}) tidak sama dengan realisasi ÷ pagu ` +
          `(${formatRupiah(realisasi)} ÷ ${formatRupiah(pagu)} = ${formatPersen(computed, decimals)}).`,
      ),
    );
  }
  return findings;
}
