import { alokasiSasaran, efisiensiPmk, efisiensiRasio } from "../formulas";
import { toA1 } from "../grid/address";
import { formatRupiah } from "../numbers/format";
import { amountCell, emptyCell, formulaCell, percentValueCell, textCell } from "./cellStyles";
import { computed } from "./engineValues";
import { efisiensiPmkFormula, nilaiEfisiensiFormula, ratioFormula, sumFormula } from "./excelFormulas";
import { HeaderColumn, spreadRows } from "./tableLayout";
import { capaianNote, efisiensiNote, partYearNote } from "./notes";
import { otherSheetSource, sourcesOf } from "./cellSources";
import { CellSpec } from "./sheetSpec";
import { GapReason } from "./tableGaps";
import { Program } from "../model/types";
import { shortenName } from "../layout/findings";
import { leaveTotalUnread, programCell } from "./lkjipContext";
import {
  beginTable,
  endTable,
  indikatorRows,
  leaveEmpty,
  realisasiCell,
  SasaranTable,
  sourceGap,
  isKualitatif,
  missingCell,
  missingInSource,
  targetCell,
  targetSource,
  writeCapaianKinerja,
  writeIndikatorRows,
  writeSasaranIndikator,
} from "./sasaranTableKit";

/** The source cells of the sasaran's program budgets. */
function budgetSources(t: SasaranTable, what: "pagu" | "realisasi"): string[] {
  return sourcesOf(t.s.sasaran.program.map((p) => p[what]));
}

/** Why a sasaran's capaian anggaran is not computed, with the clause the officer's note says; null when it is. */
function noBudgetReason(t: SasaranTable): { reason: GapReason; text: string } | null {
  const s = t.s;
  if (s.sasaran.program.length === 0) {
    return { reason: "no-program", text: "sasaran ini tidak memiliki program di lembar sumber" };
  }
  const unreadPagu = s.unreadable?.pagu;
  if (unreadPagu) {
    return { reason: "unreadable-pagu", text: `pagu program ${quoted(unreadPagu)} tidak terbaca di lembar sumber` };
  }
  const unreadRealisasi = s.unreadable?.realisasi;
  if (unreadRealisasi && s.pagu !== null) {
    return {
      reason: "unreadable-realisasi",
      text: `realisasi anggaran program ${quoted(unreadRealisasi)} tidak terbaca di lembar sumber`,
    };
  }
  if (s.pagu === null) return { reason: "no-pagu", text: "program sasaran ini tidak memiliki pagu di lembar sumber" };
  if (s.realisasiAnggaran === null) {
    return { reason: "no-realisasi", text: "program sasaran ini tidak memiliki realisasi anggaran di lembar sumber" };
  }
  if (s.pagu.isZero()) return { reason: "pagu-zero", text: "jumlah pagu program sasaran ini 0 di lembar sumber" };
  return null;
}

/** A program's name in a note. */
function quoted(p: Program): string {
  return `"${p.name.trim()}"`;
}

function budgetFix(t: SasaranTable): { sheet: string; cell: string } {
  const unread = t.s.unreadable?.pagu ?? t.s.unreadable?.realisasi;
  if (unread) {
    const what = t.s.unreadable?.pagu ? "pagu" : "realisasi";
    return { sheet: t.ctx.model.sheet, cell: programCell(t.ctx, unread, what) };
  }
  const p = t.s.sasaran.program[0];
  return { sheet: t.ctx.model.sheet, cell: p?.realisasi?.cell ?? p?.pagu?.cell ?? p?.cell ?? t.s.sasaran.cell };
}

/**
 * Alokasi per-Sasaran: Sasaran | Indikator | Program | Anggaran (Rp) | % of the office's total, which the header
 * states as the seed does. The percentage is one cell over all program rows.
 */
export function writeAlokasi(t: SasaranTable): number {
  const { ctx, s, b } = t;
  const total = ctx.totalAnggaran;
  const top = beginTable(t, "Alokasi per-Sasaran Pembangunan", [
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA" },
    { label: "PROGRAM" },
    { label: "ANGGARAN (Rp)" },
    {
      label: ctx.totalUnread
        ? "% ANGGARAN THD ANGGARAN PERANGKAT DAERAH"
        : `% ANGGARAN THD ANGGARAN PERANGKAT DAERAH (${formatRupiah(total)})`,
    },
  ]);
  const programs = s.sasaran.program;
  const rows = Math.max(1, s.indikator.length, programs.length);
  writeSasaranIndikator(t, top, rows, true);
  const spans = spreadRows(programs.length, rows);
  programs.forEach((p, i) => {
    const [a, z] = spans[i];
    // A program whose kegiatan serve several sasaran: only its kegiatan in this sasaran's block are counted here.
    const whole = ctx.programParts?.get(p);
    b.setMerged(top + a, 2, top + z, 2, textCell(whole ? `${p.name} (sebagian)` : p.name, { sources: [p.cell] }));
    if (whole) {
      const kegiatan = p.kegiatan.map((k) => `"${shortenName(k.name.trim(), 50)}"`).join(", ");
      b.sideNote(
        top + a,
        `Tabel ${t.nomor}: program "${shortenName(p.name.trim(), 60)}" melayani lebih dari satu sasaran; di sini ` +
          `hanya kegiatannya di blok sasaran ini (${kegiatan}): ${formatRupiah(p.pagu?.value ?? 0)} dari pagu ` +
          `program ${formatRupiah(whole.pagu?.value ?? 0)}.`,
      );
    }
    const pagu = amountCell(p.pagu?.value ?? null);
    b.setMerged(top + a, 3, top + z, 3, p.pagu ? { ...pagu, sources: [p.pagu.cell] } : pagu);
  });
  const bottom = top + rows - 1;
  if (programs.length === 0) {
    b.setMerged(top, 2, bottom, 2, textCell(null));
    b.setMerged(top, 3, bottom, 3, emptyCell());
    b.sideNote(top, `Tabel ${t.nomor}: sasaran ini tidak memiliki program di lembar sumber.`);
    // No program, no share: an empty cell, as the note beside it says, not a 0,00% that reads as a measured one.
    b.setMerged(top, 4, bottom, 4, emptyCell());
    return endTable(t, top + rows, 5, [
      "Persentase: jumlah anggaran program sasaran / total anggaran Perangkat Daerah × 100%.",
    ]);
  }
  // A program whose pagu could not be read, here or among all (the total without Data Pendukung's): no share, and
  // the officer is told which, rather than a share of sums short by an amount nobody knows.
  const unread = t.s.unreadable?.pagu ?? ctx.totalUnread;
  if (unread) {
    b.setMerged(top, 4, bottom, 4, emptyCell());
    leaveTotalUnread(
      b,
      ctx,
      top,
      { tabel: t.nomor, kolom: "% Anggaran", subject: `Sasaran Strategis ${t.s.roman}` },
      unread,
      "pagu",
      (cell) =>
        `Tabel ${t.nomor}: % Anggaran tidak dihitung: pagu program ${quoted(unread)} tidak terbaca (${cell}), ` +
        `jadi jumlah anggaran${t.s.unreadable?.pagu ? " sasaran ini" : " Perangkat Daerah (jumlah pagu seluruh program)"} akan kurang.`,
    );
    return endTable(t, top + rows, 5, [
      "Persentase: jumlah anggaran program sasaran / total anggaran Perangkat Daerah × 100%.",
    ]);
  }
  const share = computed(() =>
    alokasiSasaran(
      programs.flatMap((p) => (p.pagu ? [p.pagu.value] : [])),
      total,
    ),
  );
  const denominator = total.toString();
  const formula = ratioFormula(sumFormula([`${toA1(top, 3)}:${toA1(bottom, 3)}`]), denominator);
  const totalSource = ctx.totalDariDataPendukung
    ? otherSheetSource(ctx.dataPendukungSheet, ctx.totalAnggaranCell)
    : null;
  const shareCell: CellSpec = {
    ...formulaCell(formula, share, "percent", { valign: "middle" }),
    sources: sourcesOf(budgetSources(t, "pagu"), totalSource, ctx.totalDariDataPendukung ? [] : allPaguSources(ctx)),
  };
  b.setMerged(top, 4, bottom, 4, shareCell);
  if (!ctx.totalDariDataPendukung) {
    const fix = { sheet: ctx.dataPendukungSheet, cell: ctx.totalAnggaranCell ?? "A1" };
    t.b.gap({
      tabel: t.nomor,
      kolom: "% Anggaran",
      subject: `Sasaran Strategis ${t.s.roman}`,
      reason: "total-anggaran",
      total,
      fix,
      key: "dp:totalAnggaran",
    });
    b.sideNote(
      top,
      `Tabel ${t.nomor}: Total Anggaran Perangkat Daerah belum diisi (${fix.sheet}!${fix.cell}); dipakai jumlah pagu seluruh program.`,
    );
  }
  return endTable(t, top + rows, 5, [
    "Persentase: jumlah anggaran program sasaran / total anggaran Perangkat Daerah × 100%.",
    ctx.totalDariDataPendukung ? null : "Total anggaran Perangkat Daerah: jumlah pagu seluruh program.",
  ]);
}

function allPaguSources(ctx: SasaranTable["ctx"]): string[] {
  return sourcesOf(ctx.sasaran.flatMap((s) => s.sasaran.program.map((p) => p.pagu)));
}

/**
 * Pencapaian Kinerja dan Anggaran: Sasaran | Indikator | Kinerja (Target | Realisasi | Capaian) |
 * Anggaran (Pagu | Realisasi | Capaian); the sasaran's budget spans its indikator rows.
 */
export function writePencapaianKinerjaAnggaran(t: SasaranTable): number {
  const { s, b, ctx } = t;
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
  const pagu = budgetSources(t, "pagu");
  const realisasi = budgetSources(t, "realisasi");
  b.setMerged(top, 5, bottom, 5, { ...amountCell(s.pagu), sources: pagu });
  b.setMerged(top, 6, bottom, 6, { ...amountCell(s.realisasiAnggaran), sources: realisasi });
  const reason = noBudgetReason(t);
  if (reason === null) {
    const cell = formulaCell(ratioFormula(toA1(top, 6), toA1(top, 5)), s.capaianAnggaran, "percent");
    b.setMerged(top, 7, bottom, 7, { ...cell, sources: sourcesOf(pagu, realisasi) });
  } else {
    b.setMerged(top, 7, bottom, 7, emptyCell());
    budgetGap(t, top, "Capaian Anggaran", reason);
  }
  return endTable(t, top + rows, 8, [
    capaianNote(s.indikator.map((f) => f.polaritas)),
    "Capaian anggaran: realisasi / pagu × 100%; pagu dan realisasi adalah jumlah seluruh program sasaran.",
    partYearNote(ctx),
  ]);
}

function budgetGap(t: SasaranTable, row: number, kolom: string, why: { reason: GapReason; text: string }): void {
  t.b.gap({
    tabel: t.nomor,
    kolom,
    subject: t.s.sasaran.name,
    reason: why.reason,
    fix: budgetFix(t),
    key: `anggaran:${t.s.sasaran.cell}`,
  });
  t.b.sideNote(row, `Tabel ${t.nomor}: ${kolom} tidak dihitung: ${why.text}.`);
}

/**
 * Efisiensi Penggunaan Sumber Daya: capaian kinerja and capaian anggaran (the engine's values) and tingkat
 * efisiensi as a formula over them: rasio, or PMK (E and nilai efisiensi) when the options say so. An efisiensi
 * that cannot be computed is an empty cell, and Hasil Pemeriksaan says why.
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
  const budget = sourcesOf(budgetSources(t, "pagu"), budgetSources(t, "realisasi"));
  const budgetReason = noBudgetReason(t);
  b.setMerged(top, 3, top + rows - 1, 3, { ...percentValueCell(budgetReason ? null : ca), sources: budget });
  if (budgetReason) budgetGap(t, top, "Prosentase Capaian Anggaran", budgetReason);
  const kolom = pmk ? "Efisiensi" : "Tingkat Efisiensi";
  for (let i = 0; i < rows; i++) {
    const f = s.indikator[i];
    const row = top + i;
    const ck = f?.capaian ?? null;
    const target = f ? targetSource(f) : null;
    const kinerja = f ? sourcesOf(target, f.realisasi) : [];
    b.set(row, 2, { ...percentValueCell(ck), sources: kinerja });
    const empty = () => {
      b.set(row, 4, emptyCell());
      if (pmk) b.set(row, 5, emptyCell());
    };
    if (!f) {
      empty();
      continue;
    }
    if (ck === null) {
      if (!target || !f.realisasi)
        sourceGap(t, row, 2, f, "Capaian Kinerja", { ...percentValueCell(null), sources: kinerja });
      empty();
      if (isKualitatif(f)) {
        efisiensiGap(row, f.label, {
          reason: "kualitatif",
          text: "capaian kinerja berupa nilai kualitatif, bukan persentase",
        });
      } else if (target && f.realisasi) {
        efisiensiGap(row, f.label, {
          reason: "capaian-kinerja",
          text: "capaian kinerja tidak dapat dihitung dari target dan realisasinya",
        });
      } else {
        const missing = missingInSource(f, target !== null);
        efisiensiGap(row, f.label, {
          reason: missing.reason,
          text: `capaian kinerja tidak dihitung: ${missing.note}`,
          cell: missingCell(t, f, target !== null),
        });
      }
      continue;
    }
    if (budgetReason || ca === null || s.pagu === null || s.realisasiAnggaran === null) {
      empty();
      efisiensiGap(
        row,
        f.label,
        budgetReason ?? { reason: "capaian-anggaran-zero", text: "capaian anggaran tidak dapat dihitung" },
      );
      continue;
    }
    const sources = sourcesOf(kinerja, budget);
    const ckRef = toA1(row, 2);
    if (!pmk) {
      const value = computed(() => efisiensiRasio(ck, ca));
      if (value === null) {
        empty();
        efisiensiGap(row, f.label, {
          reason: "capaian-anggaran-zero",
          text: "capaian anggaran sasaran 0% (realisasi anggaran programnya 0), sehingga rasio tidak dapat dihitung",
        });
        continue;
      }
      b.set(row, 4, { ...formulaCell(ratioFormula(ckRef, caRef), value, "percent"), sources });
      continue;
    }
    const pagu = s.pagu;
    const realisasi = s.realisasiAnggaran;
    const hasil = computed(() => efisiensiPmk([{ pagu, capaianKinerja: ck, realisasi }]));
    if (hasil === null) {
      empty();
      efisiensiGap(row, f.label, {
        reason: "efisiensi-pmk",
        text: "capaian kinerja 0% atau kurang, sehingga E tidak dapat dihitung",
      });
      continue;
    }
    b.set(row, 4, { ...formulaCell(efisiensiPmkFormula(ckRef, caRef), hasil.e, "percent"), sources });
    b.set(row, 5, { ...formulaCell(nilaiEfisiensiFormula(toA1(row, 4)), hasil.nilai, "percent"), sources });
  }
  return endTable(t, top + rows, pmk ? 6 : 5, [
    efisiensiNote(ctx.options),
    capaianNote(s.indikator.map((f) => f.polaritas)),
    partYearNote(ctx),
  ]);

  function efisiensiGap(row: number, label: string, why: { reason: GapReason; text: string; cell?: string }): void {
    const source = why.reason.startsWith("source-") || why.reason === "capaian-kinerja" || why.reason === "kualitatif";
    leaveEmpty(
      t,
      row,
      4,
      emptyCell(),
      {
        kolom,
        subject: label || `${ctx.model.sheet}!${s.indikator[row - top]?.indikator.cell ?? s.sasaran.cell}`,
        reason: why.reason,
        fix: source
          ? { sheet: ctx.model.sheet, cell: why.cell ?? s.indikator[row - top]?.indikator.cell ?? s.sasaran.cell }
          : budgetFix(t),
        key: `efisiensi:${s.sasaran.cell}:${why.reason}`,
      },
      `${kolom} tidak dihitung: ${why.text}.`,
    );
  }
}
