import { DataPendukung } from "../model/dataPendukung";
import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";
import { tahunDataPendukung } from "./dataPendukungReader";

/**
 * Data Pendukung as this report's year may use it. One filled for another year (a new year's sheet added to last
 * year's workbook) holds the target and realisasi of that year's previous year, and that year's total anggaran and
 * belanja: they are not this report's, and are left out of the tables with one warning at its Tahun cell. Everything
 * else (polaritas, Renstra target, analysis, program penunjang, rencana tindak lanjut, sumber dana) is the officer's
 * to keep or change, and is used as written; the warning names them, for the officer to check.
 */
export function dataPendukungOfYear(
  dp: DataPendukung | null,
  tahun: number | null,
  sheet: string | undefined,
): { data: DataPendukung | null; findings: Finding[] } {
  const tahunDp = tahunDataPendukung(dp);
  if (!dp || tahun === null || tahunDp === null || tahunDp === tahun || sheet === undefined)
    return { data: dp, findings: [] };
  const filled =
    dp.indikator.some((i) => i.targetTahunLalu !== null || i.realisasiTahunLalu !== null) ||
    dp.totalAnggaran !== null ||
    dp.belanjaOperasi !== undefined ||
    dp.belanjaPegawai !== undefined;
  if (!filled) return { data: dp, findings: [] };
  const indikator = dp.indikator.map((i) => {
    const kualitatif = i.kualitatif ? { ...i.kualitatif } : undefined;
    if (kualitatif) {
      delete kualitatif.targetTahunLalu;
      delete kualitatif.realisasiTahunLalu;
    }
    return { ...i, targetTahunLalu: null, realisasiTahunLalu: null, ...(kualitatif ? { kualitatif } : {}) };
  });
  const cell = dp.labelCells?.tahun ?? "A1";
  const finding = makeFinding({
    rule: "data-pendukung-uncertain",
    sheet,
    cell,
    expected: tahun,
    actual: tahunDp,
    key: "data-pendukung-uncertain.tahun",
    params: { cell, sheet, tahunDp, tahun, tahunLaluDp: tahunDp - 1, tahunLalu: tahun - 1 },
  });
  const { belanjaOperasi: _operasi, belanjaPegawai: _pegawai, ...rest } = dp;
  return { data: { ...rest, indikator, totalAnggaran: null }, findings: [finding] };
}
