import { Finding } from "../finding";
import { SheetModel } from "../../model/types";
import { formatRupiah } from "../../numbers/format";
import { makeFinding } from "../makeFinding";
import { budgetCell, budgetNodes, num, sheetName } from "../modelAccess";

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
