import { Finding } from "../finding";
import { SheetModel } from "../../model/types";
import { formatRupiah } from "../../numbers/format";
import { makeFinding } from "../makeFinding";
import { budgetCell, list, num, romawi, sheetName, sumOf, triwulanOf } from "../modelAccess";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { OpsiValidasi } from "../opsi";

/** realisasi-over-kas: realisasi s/d TW n above the anggaran kas planned for TW I..n. */
export function realisasiOverKas(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  const n = triwulanOf(model);
  if (n === null) return [];
  const findings: Finding[] = [];
  const { refs, realisasi: realisasiFacts } = facts;
  const kasFacts = facts.kasSdTw[n - 1];
  for (let i = 0; i < refs.length; i++) {
    // Exact in sen, the common case: no realisasi, no kas filled in, or realisasi within it, reports nothing (NaN
    // compares false: decimal.js decides).
    if (!realisasiFacts.present[i] || !kasFacts.filled[i] || realisasiFacts.sen[i] <= kasFacts.sen[i]) continue;
    const { node } = refs[i];
    const realisasi = num(node.realisasi);
    const kas = list(node.anggaranKas).slice(0, n).map(num);
    if (realisasi === null || kas.every((k) => k === null)) continue;
    const kasSdTw = sumOf(kas);
    if (!realisasi.greaterThan(kasSdTw)) continue;
    const cell = budgetCell(model, node, "realisasiAnggaran");
    if (cell === null) continue;
    findings.push(
      makeFinding(
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
