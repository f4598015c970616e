import Decimal from "decimal.js";
import { BudgetNode } from "../../model/types";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { budgetCell, budgetNodes, num, sameRupiah, senOf, sheetName } from "../modelAccess";
import { D } from "../../numbers/decimal";
import { OpsiValidasi } from "../opsi";

/** Cells named one by one in a message; more are named by the first and the last. */
const CELLS_NAMED = 4;

/**
 * realisasi-total-mismatch on a Pengukuran Kinerja sheet: the year's realisasi anggaran against the parts the sheet
 * writes beside it (BudgetNode.realisasiRincian): the months or quarters so far add up to it, or the column up to the
 * report's quarter holds it. Each is typed on its own in many offices' sheets, so they drift apart.
 */
export function realisasiRincian(model: SheetModel, _opsi?: OpsiValidasi): Finding[] {
  if (model.layout !== "pengukuran-kinerja") return [];
  const findings: Finding[] = [];
  const gap = (node: BudgetNode): Decimal | null => {
    const tertulis = num(node.realisasi);
    return node.realisasiRincian && tertulis !== null ? tertulis.minus(node.realisasiRincian.value.value) : null;
  };
  for (const { node, children } of budgetNodes(model)) {
    const rincian = node.realisasiRincian;
    // Most rows agree: told in sen without a Decimal (NaN, outside exact sen, goes on to decimal.js).
    if (!rincian || senOf(node.realisasi) === senOf(rincian.value)) continue;
    const tertulis = num(node.realisasi);
    const selisih = gap(node);
    if (!rincian || tertulis === null || selisih === null || sameRupiah(selisih, new D(0))) continue;
    const hitung = rincian.value.value;
    // A kegiatan whose SUMs carry a sub kegiatan's gap up has none of its own: the row that has it is named.
    const carried = children.map(gap);
    if (carried.length > 0 && carried.every((g) => g !== null)) {
      const own = carried.reduce((a: Decimal, g) => a.minus(g as Decimal), selisih);
      if (own.isZero() && carried.some((g) => !(g as Decimal).isZero())) continue;
    }
    const cell = budgetCell(model, node, "realisasiAnggaran");
    if (cell === null) continue;
    const cells = rincian.cells;
    const rumus = cells.length <= CELLS_NAMED ? cells.join(" + ") : `${cells[0]} + … + ${cells[cells.length - 1]}`;
    const params = { cell, tertulis, rumus, hitung, selisih: selisih.abs() };
    const base = {
      rule: "realisasi-total-mismatch" as const,
      sheet: sheetName(model),
      cell,
      expected: hitung,
      actual: tertulis,
      level: node.level,
      name: node.name,
    };
    findings.push(
      rincian.kumulatif
        ? makeFinding({
            ...base,
            key: "realisasi-total-mismatch.kumulatif",
            params: { ...params, rumus: cells[0], triwulan: model.triwulan ?? 4 },
          })
        : makeFinding({
            ...base,
            key: rincian.per === "bulan" ? "realisasi-total-mismatch.bulanan" : "realisasi-total-mismatch",
            params,
          }),
    );
  }
  return findings;
}
