import { alokasiSasaran, efisiensiPmk, efisiensiRasio } from "../formulas";
import { toA1 } from "../grid/address";
import { amountCell, emptyCell, formulaCell, percentValueCell, textCell } from "./cellStyles";
import { computed } from "./engineValues";
import { efisiensiPmkFormula, nilaiEfisiensiFormula, ratioFormula, sumFormula } from "./excelFormulas";
import { HeaderColumn, spreadRows } from "./tableLayout";
import { capaianNote, efisiensiNote, totalAnggaranNote } from "./notes";
import {
  beginTable,
  endTable,
  indikatorRows,
  realisasiCell,
  SasaranTable,
  sourceGapNote,
  targetCell,
  writeCapaianKinerja,
  writeIndikatorRows,
  writeSasaranIndikator,
} from "./sasaranTableKit";

function noBudgetNote(t: SasaranTable): string | null {
  return t.s.pagu === null
    ? "Program sasaran ini tidak memiliki pagu di lembar sumber: capaian anggaran tidak dihitung."
    : null;
}

/**
 * Alokasi per-sasaran: Sasaran | Indikator | Program | Anggaran (Rp) | % of the office's total. The percentage is one
 * cell over all program rows, as in the seed; the row under the programs holds the total it is measured against.
 */
export function writeAlokasi(t: SasaranTable): number {
  const { ctx, s, b } = t;
  const top = beginTable(t, "Alokasi per-Sasaran Pembangunan", [
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA" },
    { label: "PROGRAM" },
    { label: "ANGGARAN (Rp)" },
    { label: "% ANGGARAN THD ANGGARAN PERANGKAT DAERAH" },
  ]);
  const programs = s.sasaran.program;
  const rows = Math.max(1, s.indikator.length, programs.length);
  writeSasaranIndikator(t, top, rows);
  const spans = spreadRows(programs.length, rows);
  programs.forEach((p, i) => {
    const [a, z] = spans[i];
    b.setMerged(top + a, 2, top + z, 2, textCell(p.name));
    b.setMerged(top + a, 3, top + z, 3, amountCell(p.pagu?.value ?? null));
  });
  if (programs.length === 0) {
    b.setMerged(top, 2, top + rows - 1, 2, textCell(null));
    b.setMerged(top, 3, top + rows - 1, 3, emptyCell());
  }
  const totalRow = top + rows;
  const totalRef = toA1(totalRow, 3);
  const share = computed(() =>
    alokasiSasaran(
      programs.flatMap((p) => (p.pagu ? [p.pagu.value] : [])),
      ctx.totalAnggaran,
    ),
  );
  const formula = ratioFormula(sumFormula([`${toA1(top, 3)}:${toA1(totalRow - 1, 3)}`]), totalRef);
  b.setMerged(top, 4, totalRow - 1, 4, formulaCell(formula, share, "percent", { valign: "middle" }));
  const label = ctx.totalDariDataPendukung
    ? "Total Anggaran Perangkat Daerah (lembar Data Pendukung)"
    : "Jumlah pagu seluruh program (Total Anggaran Perangkat Daerah belum diisi di Data Pendukung)";
  b.setMerged(totalRow, 0, totalRow, 2, textCell(label, { bold: true }));
  b.set(totalRow, 3, amountCell(ctx.totalAnggaran, { bold: true }));
  b.set(totalRow, 4, emptyCell());
  return endTable(t, totalRow + 1, 5, [
    "Persentase: jumlah anggaran program sasaran / total anggaran Perangkat Daerah × 100%.",
    totalAnggaranNote(ctx),
    programs.length === 0 ? "Sasaran ini tidak memiliki program di lembar sumber." : null,
  ]);
}

/**
 * Pencapaian Kinerja dan Anggaran: Sasaran | Indikator | Kinerja (Target | Realisasi | Capaian) |
 * Anggaran (Pagu | Realisasi | Capaian); the sasaran's budget spans its indikator rows.
 */
export function writePencapaianKinerjaAnggaran(t: SasaranTable): number {
  const { s, b } = t;
  const top = beginTable(t, "Pencapaian Kinerja dan Anggaran", [
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA UTAMA" },
    { label: "Target", group: "Kinerja" },
    { label: "Realisasi", group: "Kinerja" },
    { label: "Capaian", group: "Kinerja" },
    { label: "Pagu (Rp)", group: "Anggaran" },
    { label: "Realisasi (Rp)", group: "Anggaran" },
    { label: "Capaian", group: "Anggaran" },
  ]);
  // The budget columns 5..7 span all the indikator rows and are written below.
  const rows = writeIndikatorRows(t, top, 4, (row, f) => {
    b.set(row, 2, targetCell(f));
    b.set(row, 3, realisasiCell(f));
    writeCapaianKinerja(t, row, 4, f, 2, 3);
  });
  const bottom = top + rows - 1;
  b.setMerged(top, 5, bottom, 5, amountCell(s.pagu));
  b.setMerged(top, 6, bottom, 6, amountCell(s.realisasiAnggaran));
  const capaian =
    s.pagu !== null && s.realisasiAnggaran !== null
      ? formulaCell(ratioFormula(toA1(top, 6), toA1(top, 5)), s.capaianAnggaran, "percent")
      : emptyCell();
  b.setMerged(top, 7, bottom, 7, capaian);
  return endTable(t, top + rows, 8, [
    capaianNote(s.indikator.map((f) => f.polaritas)),
    "Capaian anggaran: realisasi / pagu × 100%; pagu dan realisasi adalah jumlah seluruh program sasaran.",
    sourceGapNote(s),
    noBudgetNote(t),
  ]);
}

/**
 * Efisiensi Penggunaan Sumber Daya: capaian kinerja and capaian anggaran (the engine's values) and tingkat
 * efisiensi as a formula over them: rasio, or PMK (E and nilai efisiensi) when the options say so.
 */
export function writeEfisiensi(t: SasaranTable): number {
  const { ctx, s, b } = t;
  const pmk = ctx.options.efisiensi === "pmk";
  const columns: HeaderColumn[] = [
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA UTAMA" },
    { label: "PROSENTASE CAPAIAN KINERJA" },
    { label: "PROSENTASE CAPAIAN ANGGARAN" },
    ...(pmk ? [{ label: "EFISIENSI (E)" }, { label: "NILAI EFISIENSI" }] : [{ label: "TINGKAT EFISIENSI" }]),
  ];
  const top = beginTable(t, "Efisiensi Penggunaan Sumber Daya", columns);
  const rows = indikatorRows(s);
  writeSasaranIndikator(t, top, rows);
  const ca = s.capaianAnggaran;
  const caRef = toA1(top, 3);
  b.setMerged(top, 3, top + rows - 1, 3, percentValueCell(ca));
  for (let i = 0; i < rows; i++) {
    const f = s.indikator[i];
    const row = top + i;
    const ck = f?.capaian ?? null;
    b.set(row, 2, percentValueCell(ck));
    const ckRef = toA1(row, 2);
    if (ck === null || ca === null || s.pagu === null || s.realisasiAnggaran === null) {
      b.set(row, 4, emptyCell());
      if (pmk) b.set(row, 5, emptyCell());
      continue;
    }
    if (!pmk) {
      b.set(
        row,
        4,
        formulaCell(
          ratioFormula(ckRef, caRef),
          computed(() => efisiensiRasio(ck, ca)),
          "percent",
        ),
      );
      continue;
    }
    const pagu = s.pagu;
    const realisasi = s.realisasiAnggaran;
    const hasil = computed(() => efisiensiPmk([{ pagu, capaianKinerja: ck, realisasi }]));
    b.set(row, 4, formulaCell(efisiensiPmkFormula(ckRef, caRef), hasil?.e ?? null, "percent"));
    b.set(row, 5, formulaCell(nilaiEfisiensiFormula(toA1(row, 4)), hasil?.nilai ?? null, "percent"));
  }
  return endTable(t, top + rows, pmk ? 6 : 5, [
    efisiensiNote(ctx.options),
    capaianNote(s.indikator.map((f) => f.polaritas)),
    noBudgetNote(t),
  ]);
}
