import Decimal from "decimal.js";
import { sum } from "../numbers";
import { DataPendukung } from "../model/dataPendukung";
import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";
import { LkjipSource, sourcePrograms } from "./lkjipSource";

/**
 * The amounts of the whole office written in Data Pendukung, against the source sheet's programs (printpk38 D3, dp35:
 * each printed without a word):
 * - a total anggaran other than the programs' pagu added up: Tabel 3.4 takes its shares of the total written, while
 *   Tabel 2.2 and BELANJA DAERAH add up the programs, so one report shows two totals of the office;
 * - a BELANJA OPERASI or BELANJA PEGAWAI anggaran above the office's total: no part of the budget is larger than it.
 * Nothing is said where a program's pagu is missing or unreadable (its sum is no total to compare).
 */
export function dataPendukungTotals(source: LkjipSource, dp: DataPendukung, dpSheet: string): Finding[] {
  const pagu = sourcePrograms(source).map((p) => p.pagu?.value ?? null);
  const programs = pagu.length > 0 && pagu.every((p) => p !== null) ? sum(pagu as Decimal[]) : null;
  const out: Finding[] = [];
  const total = dp.totalAnggaran;
  const totalCell = dp.labelCells?.totalAnggaran;
  if (total !== null && programs !== null && totalCell && !total.equals(programs)) {
    out.push(
      makeFinding({
        rule: "data-pendukung-uncertain",
        sheet: dpSheet,
        cell: totalCell,
        expected: programs,
        actual: total,
        key: "data-pendukung-uncertain.total-anggaran",
        params: {
          cell: totalCell,
          sheet: dpSheet,
          tertulis: total,
          jumlah: programs,
          sumber: source.model.sheet,
          selisih: total.minus(programs).abs(),
        },
      }),
    );
  }
  const office = total ?? programs;
  if (office === null) return out;
  for (const [belanja, data] of [
    ["BELANJA OPERASI", dp.belanjaOperasi],
    ["BELANJA PEGAWAI", dp.belanjaPegawai],
  ] as const) {
    const cell = data?.cells.anggaran;
    if (!data || data.anggaran === null || !cell || data.anggaran.lte(office)) continue;
    out.push(
      makeFinding({
        rule: "data-pendukung-uncertain",
        sheet: dpSheet,
        cell,
        expected: office,
        actual: data.anggaran,
        key: "data-pendukung-uncertain.belanja",
        params: { cell, sheet: dpSheet, belanja, tertulis: data.anggaran, total: office },
      }),
    );
  }
  return out;
}
