import { predikat, tingkatKemajuan } from "../formulas";
import { roundTo } from "../numbers";
import { toA1 } from "../grid/address";
import { emptyCell, formulaCell, indikatorValueCell, textCell } from "./cellStyles";
import { tercapaiKualitatif } from "../formulas/nilaiKualitatif";
import { computed } from "./engineValues";
import { capaianKinerjaFormula, predikatFormula } from "./excelFormulas";
import { tahunLabel } from "./lkjipContext";
import { capaianNote, partYearNote, predikatNote, renstraNote } from "./notes";
import { sourcesOf } from "./cellSources";
import {
  beginTable,
  dataCellOf,
  dataGap,
  dataKualitatif,
  dataSource,
  dataValueCell,
  endTable,
  realisasiCell,
  SasaranTable,
  sourceGap,
  targetCell,
  targetSource,
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
    if (targetSource(f) && f.realisasi) {
      const label = f.capaian ? predikat(roundTo(f.capaian, 2), skala) : "";
      b.set(row, 5, {
        ...formulaCell(predikatFormula(toA1(row, 4), skala), label, "text"),
        sources: sourcesOf(targetSource(f), f.realisasi),
      });
    } else {
      sourceGap(t, row, 5, f, "Predikat", emptyCell());
    }
    if (f.polaritasAssumed) {
      const cell = dataCellOf(f, "polaritas") ?? "";
      b.sideNote(
        row,
        `Tabel ${t.nomor}: polaritas kosong di ${ctx.dataPendukungSheet}!${cell}; dipakai ${f.polaritas}.`,
      );
    }
  });
  return endTable(t, top + rows, 6, [
    capaianNote(s.indikator.map((f) => f.polaritas)),
    predikatNote(skala),
    partYearNote(ctx),
  ]);
}

/** Perbandingan dengan tahun sebelumnya: Sasaran | Indikator | Target n−1 | Realisasi (Th. n−1 | Th. n). */
export function writePerbandinganTahunLalu(t: SasaranTable): number {
  const { ctx, b } = t;
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
    const lastYear = [
      [2, "targetTahunLalu", `Target ${lalu}`, f.tahunLalu?.target],
      [3, "realisasiTahunLalu", `Realisasi ${lalu}`, f.tahunLalu?.realisasi],
    ] as const;
    for (const [col, column, kolom, fromSheet] of lastYear) {
      const value = f.data?.[column] ?? null;
      const written = dataValueCell(ctx, f, column, value);
      if (value !== null || dataKualitatif(f, column)) b.set(row, col, written);
      // Where Data Pendukung has none: last year's own sheet in the workbook, when it holds the figure.
      else if (fromSheet)
        b.set(row, col, { ...indikatorValueCell(fromSheet.value, f.indikator.persen), sources: [fromSheet.source] });
      else dataGap(t, row, col, f, column, kolom, written);
    }
    b.set(row, 4, realisasiCell(f));
  });
  return endTable(t, top + rows, 5, []);
}

/** Perbandingan s.d. akhir Renstra: Sasaran | Indikator | Target akhir Renstra | Realisasi n | Tingkat kemajuan. */
export function writePerbandinganRenstra(t: SasaranTable): number {
  const { ctx, b } = t;
  const top = beginTable(t, "Perbandingan Capaian Kinerja s.d. Akhir Periode Renstra", [
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA" },
    { label: "TARGET AKHIR RENSTRA" },
    { label: `REALISASI Th. ${tahunLabel(ctx)}` },
    { label: "TINGKAT KEMAJUAN (%)" },
  ]);
  const rows = writeIndikatorRows(t, top, 4, (row, f) => {
    const akhir = f.data?.targetAkhirRenstra ?? null;
    const akhirCell = dataValueCell(ctx, f, "targetAkhirRenstra", akhir);
    const akhirKualitatif = akhir === null ? dataKualitatif(f, "targetAkhirRenstra") : undefined;
    if (akhir === null && !akhirKualitatif)
      dataGap(t, row, 2, f, "targetAkhirRenstra", "Target Akhir Renstra", akhirCell);
    else b.set(row, 2, akhirCell);
    const realisasiKualitatif = f.realisasi ? undefined : f.kualitatif?.realisasi;
    const tercapai =
      akhirKualitatif && realisasiKualitatif ? tercapaiKualitatif(realisasiKualitatif, akhirKualitatif) : null;
    b.set(row, 3, realisasiCell(f));
    if (tercapai !== null && akhirKualitatif && realisasiKualitatif) {
      // Values on an ordered scale: whether this year's has reached the target akhir, not a percentage.
      const src = dataSource(ctx, f, "targetAkhirRenstra");
      const from = sourcesOf(realisasiKualitatif, src);
      b.set(row, 4, textCell(tercapai ? "Tercapai" : "Belum tercapai", { align: "center", sources: from }));
    } else if (akhir !== null && f.realisasi) {
      const realisasi = f.realisasi.value;
      const kemajuan = computed(() => tingkatKemajuan(realisasi, akhir, f.polaritas));
      const src = dataSource(ctx, f, "targetAkhirRenstra");
      b.set(row, 4, {
        ...formulaCell(capaianKinerjaFormula(toA1(row, 2), toA1(row, 3), f.polaritas), kemajuan, "percent"),
        sources: sourcesOf(f.realisasi, src),
      });
    } else if (!f.realisasi) {
      sourceGap(t, row, 4, f, "Tingkat Kemajuan", emptyCell());
    } else {
      b.set(row, 4, emptyCell());
    }
  });
  const note = renstraNote(
    "Tingkat kemajuan",
    "realisasi tahun ini",
    t.s.indikator.map((f) => f.polaritas),
  );
  return endTable(t, top + rows, 5, [note]);
}
