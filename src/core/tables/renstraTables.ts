import { tingkatKemajuan } from "../formulas";
import { toA1 } from "../grid/address";
import { emptyCell, formulaCell, indikatorValueCell, percentValueCell } from "./cellStyles";
import { computed } from "./engineValues";
import { ratioFormula } from "./excelFormulas";
import { tahunLabel } from "./lkjipContext";
import { beginTable, endTable, lacking, SasaranTable, writeIndikatorRows } from "./sasaranTableKit";

/**
 * Perbandingan s.d. akhir Renstra from a source that holds the Renstra figures itself (the Evaluasi Renja form):
 * Sasaran | Indikator | Target akhir Renstra (6) | Realisasi s.d. tahun lalu (7) | Realisasi s.d. tahun n (14) |
 * Tingkat capaian (15), the last as a formula over the row (the sheet's own (15) where (6) or (14) is missing).
 */
export function writePerbandinganRenstraSumber(t: SasaranTable): number {
  const { ctx, s, b } = t;
  const top = beginTable(t, "Perbandingan Capaian Kinerja s.d. Akhir Periode Renstra", [
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA" },
    { label: "TARGET AKHIR RENSTRA" },
    { label: `REALISASI s.d. ${tahunLabel(ctx, -1)}` },
    { label: `REALISASI s.d. ${tahunLabel(ctx)}` },
    { label: "TINGKAT CAPAIAN (%)" },
  ]);
  const rows = writeIndikatorRows(t, top, 5, (row, f) => {
    const r = f.renstra;
    const persen = f.indikator.persen;
    b.set(row, 2, indikatorValueCell(r?.target?.value ?? null, persen, r?.target?.decimals));
    b.set(row, 3, indikatorValueCell(r?.realisasiLalu?.value ?? null, persen, r?.realisasiLalu?.decimals));
    b.set(row, 4, indikatorValueCell(r?.realisasiSdTahun?.value ?? null, persen, r?.realisasiSdTahun?.decimals));
    const target = r?.target?.value ?? null;
    const sdTahun = r?.realisasiSdTahun?.value ?? null;
    if (target !== null && sdTahun !== null && !target.isZero()) {
      const value = computed(() => tingkatKemajuan(sdTahun, target));
      b.set(row, 5, formulaCell(ratioFormula(toA1(row, 4), toA1(row, 2)), value, "percent"));
    } else if (r?.tingkatCapaian) b.set(row, 5, percentValueCell(r.tingkatCapaian.value));
    else b.set(row, 5, emptyCell());
  });
  const missing = lacking(s, (f) => f.renstra?.target != null);
  return endTable(t, top + rows, 6, [
    "Target akhir Renstra, realisasi s.d. tahun lalu dan s.d. tahun ini: kolom Renstra lembar sumber Evaluasi Renja. " +
      "Tingkat capaian: realisasi s.d. tahun ini / target akhir Renstra × 100%.",
    missing.length === 0
      ? null
      : `Target Renstra kosong di lembar sumber untuk indikator ${missing.map((m) => `"${m}"`).join(", ")}: ` +
        "tingkat capaian tidak dihitung.",
  ]);
}
