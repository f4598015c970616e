import { predikat, tingkatKemajuan } from "../formulas";
import { roundTo } from "../numbers";
import { toA1 } from "../grid/address";
import { emptyCell, formulaCell, indikatorValueCell } from "./cellStyles";
import { computed } from "./engineValues";
import { predikatFormula, ratioFormula } from "./excelFormulas";
import { tahunLabel } from "./lkjipContext";
import { capaianNote, missingDataNote, polaritasAssumedNote, predikatNote } from "./notes";
import {
  beginTable,
  endTable,
  lacking,
  realisasiCell,
  SasaranTable,
  sourceGapNote,
  targetCell,
  writeCapaianKinerja,
  writeIndikatorRows,
} from "./sasaranTableKit";

/** Capaian Kinerja Tahun n: Sasaran | Indikator | Target | Realisasi | Capaian (%) | Predikat. */
export function writeCapaianTahunIni(t: SasaranTable): number {
  const { ctx, s, b } = t;
  const skala = ctx.options.skalaPredikat;
  const top = beginTable(t, `Capaian Kinerja Tahun ${tahunLabel(ctx)}`, [
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA" },
    { label: "TARGET" },
    { label: "REALISASI" },
    { label: "CAPAIAN (%)" },
    { label: "PREDIKAT" },
  ]);
  const rows = writeIndikatorRows(t, top, 5, (row, f) => {
    b.set(row, 2, targetCell(f));
    b.set(row, 3, realisasiCell(f));
    writeCapaianKinerja(t, row, 4, f, 2, 3);
    if (f.target && f.realisasi) {
      const label = f.capaian ? predikat(roundTo(f.capaian, 2), skala) : "";
      b.set(row, 5, formulaCell(predikatFormula(toA1(row, 4), skala), label, "text"));
    } else {
      b.set(row, 5, emptyCell());
    }
  });
  return endTable(t, top + rows, 6, [
    capaianNote(s.indikator.map((f) => f.polaritas)),
    polaritasAssumedNote(
      lacking(s, (f) => f.data !== null),
      s.indikator.length,
    ),
    predikatNote(skala),
    sourceGapNote(s),
  ]);
}

/** Perbandingan dengan tahun sebelumnya: Sasaran | Indikator | Target n−1 | Realisasi (Th. n−1 | Th. n). */
export function writePerbandinganTahunLalu(t: SasaranTable): number {
  const { ctx, s, b } = t;
  const lalu = tahunLabel(ctx, -1);
  const ini = tahunLabel(ctx);
  const top = beginTable(t, `Perbandingan Capaian Kinerja Tahun ${ini} dengan Tahun Sebelumnya`, [
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA" },
    { label: `TARGET ${lalu}` },
    { label: `Th. ${lalu} (n-1)`, group: "REALISASI" },
    { label: `Th. ${ini} (n)`, group: "REALISASI" },
  ]);
  const rows = writeIndikatorRows(t, top, 4, (row, f) => {
    b.set(row, 2, indikatorValueCell(f.data?.targetTahunLalu ?? null, f.indikator.persen));
    b.set(row, 3, indikatorValueCell(f.data?.realisasiTahunLalu ?? null, f.indikator.persen));
    b.set(row, 4, realisasiCell(f));
  });
  const missing = lacking(s, (f) => f.data?.targetTahunLalu != null && f.data?.realisasiTahunLalu != null);
  return endTable(t, top + rows, 5, [missingDataNote(`Target dan Realisasi ${lalu}`, missing, s.indikator.length)]);
}

/** Perbandingan s.d. akhir Renstra: Sasaran | Indikator | Target akhir Renstra | Realisasi n | Tingkat kemajuan. */
export function writePerbandinganRenstra(t: SasaranTable): number {
  const { ctx, s, b } = t;
  const top = beginTable(t, "Perbandingan Capaian Kinerja s.d. Akhir Periode Renstra", [
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA" },
    { label: "TARGET AKHIR RENSTRA" },
    { label: `REALISASI Th. ${tahunLabel(ctx)}` },
    { label: "TINGKAT KEMAJUAN (%)" },
  ]);
  const rows = writeIndikatorRows(t, top, 4, (row, f) => {
    const akhir = f.data?.targetAkhirRenstra ?? null;
    b.set(row, 2, indikatorValueCell(akhir, f.indikator.persen));
    b.set(row, 3, realisasiCell(f));
    if (akhir !== null && f.realisasi) {
      const realisasi = f.realisasi.value;
      const kemajuan = computed(() => tingkatKemajuan(realisasi, akhir));
      b.set(row, 4, formulaCell(ratioFormula(toA1(row, 3), toA1(row, 2)), kemajuan, "percent"));
    } else {
      b.set(row, 4, emptyCell());
    }
  });
  const missing = lacking(s, (f) => f.data?.targetAkhirRenstra != null);
  return endTable(t, top + rows, 5, [
    "Tingkat kemajuan: realisasi tahun ini / target akhir Renstra × 100%.",
    missingDataNote("Target Akhir Renstra", missing, s.indikator.length),
  ]);
}
