import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { budgetCell, kasSdTw, num, sheetName, triwulanOf } from "../modelAccess";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { OpsiValidasi } from "../opsi";

/**
 * realisasi-over-kas: realisasi s/d TW n above the anggaran kas planned for TW I..n (TW n's own cell where the
 * columns are cumulative). Not checked when one of those anggaran kas cells holds text: the planned Σ is not known.
 */
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
    // Exact in sen, the common case: no realisasi, no kas filled in, a kas that holds text, or realisasi within it,
    // reports nothing (NaN compares false: decimal.js decides).
    if (!realisasiFacts.present[i] || !kasFacts.filled[i] || kasFacts.unreadable[i]) continue;
    if (realisasiFacts.sen[i] <= kasFacts.sen[i]) continue;
    const { node } = refs[i];
    const realisasi = num(node.realisasi);
    const planned = kasSdTw(model, node, n);
    if (realisasi === null || planned === null) continue;
    if (!realisasi.greaterThan(planned)) continue;
    const cell = budgetCell(model, node, "realisasiAnggaran");
    if (cell === null) continue;
    findings.push(
      makeFinding({
        rule: "realisasi-over-kas",
        sheet: sheetName(model),
        cell,
        expected: planned,
        actual: realisasi,
        key: "realisasi-over-kas",
        params: { cell, realisasi, triwulan: n, kas: planned, selisih: realisasi.minus(planned) },
        level: node.level,
        name: node.name,
      }),
    );
  }
  return findings;
}
