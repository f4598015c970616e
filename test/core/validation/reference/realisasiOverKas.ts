// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match; since
// issue 8 a row with an anggaran kas cell of TW I..n that holds text is not checked; since round 12 cumulative
// anggaran kas columns (`S/D TW n`) are read as they are: TW n's own cell is the kas s/d TW n.
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { formatRupiah } from "../../../../src/core/numbers/format";
import { budgetCell, num, sumOf, legacyFinding, LegacyFinding, unreadableIn, romawi } from "./helpers";
import { budgetNodes, kasKumulatif, list, sheetName, triwulanOf } from "../../../../src/core/validation/modelAccess";

/** realisasi-over-kas: realisasi s/d TW n above the anggaran kas planned for TW I..n. */
export function realisasiOverKas(model: SheetModel): LegacyFinding[] {
  const n = triwulanOf(model);
  if (n === null) return [];
  const findings: LegacyFinding[] = [];
  for (const { node } of budgetNodes(model)) {
    const realisasi = num(node.realisasi);
    const from = kasKumulatif(model) ? n - 1 : 0;
    const kas = list(node.anggaranKas).slice(from, n).map(num);
    if (realisasi === null || kas.every((k) => k === null)) continue;
    if (["kas1", "kas2", "kas3", "kas4"].slice(from, n).some((k) => unreadableIn(node, k))) continue;
    const kasSdTw = sumOf(kas);
    if (!realisasi.greaterThan(kasSdTw)) continue;
    const cell = budgetCell(model, node, "realisasiAnggaran");
    if (cell === null) continue;
    findings.push(
      legacyFinding(
        "realisasi-over-kas",
        sheetName(model),
        cell,
        kasSdTw,
        realisasi,
        `Realisasi di ${cell} (${formatRupiah(realisasi)}) melebihi anggaran kas s/d TW ${romawi(n)} ` +
          `(${formatRupiah(kasSdTw)}); selisih ${formatRupiah(realisasi.minus(kasSdTw))}.`,
      ),
    );
  }
  return findings;
}
