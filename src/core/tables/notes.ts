import { Polaritas, SKALA_PREDIKAT, SkalaPredikat } from "../formulas";
import { formatRupiah } from "../numbers/format";
import { LkjipContext, LkjipOptions, partYearPeriod, tahunLabel } from "./lkjipContext";

const RUMUS_CAPAIAN: Record<Polaritas, string> = {
  positif: "R/T × 100% (polaritas positif)",
  negatif: "(2T − R)/T × 100% (polaritas negatif, varian A)",
  "negatif-b": "T/R × 100% (polaritas negatif, varian B)",
  stabil: "(1 − |1 − R/T|) × 100% (polaritas stabil)",
};

/**
 * How a Renstra table measured its indikator against the target akhir: `Tingkat kemajuan: realisasi tahun ini /
 * target akhir Renstra × 100%.`, or with the formulas per polaritas when any indikator is not positif.
 */
export function renstraNote(label: string, realisasi: string, polaritas: Polaritas[]): string {
  const used = [...new Set(polaritas)];
  if (used.every((p) => p === "positif")) return `${label}: ${realisasi} / target akhir Renstra × 100%.`;
  const rumus = used.map((p) => RUMUS_CAPAIAN[p]).join("; ");
  return `${label}: ${realisasi} (R) terhadap target akhir Renstra (T), ${rumus}.`;
}

/** Which capaian kinerja formulas the table used, e.g. `Capaian kinerja: R/T × 100% (polaritas positif).` */
export function capaianNote(polaritas: Polaritas[]): string {
  const used = [...new Set(polaritas.length > 0 ? polaritas : (["positif"] as Polaritas[]))];
  return `Capaian kinerja: ${used.map((p) => RUMUS_CAPAIAN[p]).join("; ")}.`;
}

export function efisiensiNote(options: LkjipOptions): string {
  if (options.efisiensi === "rasio") return "Tingkat efisiensi: rasio capaian kinerja / capaian anggaran.";
  return (
    "Tingkat efisiensi: PMK 22/2021, E = (PAK × CK − RAK) / (PAK × CK) dengan CK paling tinggi 100%, dihitung per " +
    "indikator dengan pagu (PAK) dan realisasi (RAK) seluruh program sasaran; nilai efisiensi = 50% + (E / 20%) × 50%, " +
    "E dibatasi −20% s.d. 20%."
  );
}

export function predikatNote(skala: SkalaPredikat): string {
  const { nama, band } = SKALA_PREDIKAT[skala];
  const parts = band.map((b, i) => {
    const upper = i > 0 ? band[i - 1].min : null;
    if (b.min === null) return `< ${upper}% ${b.label}`;
    if (upper === null) return `≥ ${b.min}% ${b.label}`;
    return `${b.min}% – < ${upper}% ${b.label}`;
  });
  return `Predikat: skala ${nama} (${parts.join("; ")}), dari capaian yang dibulatkan 2 desimal.`;
}

/**
 * Before Triwulan IV: the realisasi so far is measured against the year's target, so its capaian and predikat are
 * not the year's (a TW I capaian of 25% is Sangat Rendah on the scale). Null at the year's end.
 */
export function partYearNote(ctx: LkjipContext): string | null {
  const period = partYearPeriod(ctx);
  if (period === null) return null;
  return (
    `Realisasi s.d. ${period} dibandingkan dengan target tahun ${tahunLabel(ctx)}: capaian dan predikat ini belum ` +
    "menggambarkan akhir tahun."
  );
}

/**
 * `Kolom Target dan Realisasi 2021 kosong: isi lembar Data Pendukung, lalu buat ulang tabel.` When only some
 * indikator lack the data, they are named.
 */
export function missingDataNote(kolom: string, missing: string[], total: number): string | null {
  if (missing.length === 0) return null;
  const which = missing.length === total ? "" : ` untuk indikator ${missing.map((m) => `"${m}"`).join(", ")}`;
  return `Kolom ${kolom} kosong${which}: isi lembar Data Pendukung, lalu buat ulang tabel.`;
}

export function polaritasAssumedNote(missing: string[], total: number): string | null {
  if (missing.length === 0) return null;
  const which = missing.length === total ? "" : ` untuk indikator ${missing.map((m) => `"${m}"`).join(", ")}`;
  return `Polaritas belum tercantum di lembar Data Pendukung${which}: dianggap positif.`;
}

export function totalAnggaranNote(ctx: LkjipContext): string {
  const total = formatRupiah(ctx.totalAnggaran);
  return ctx.totalDariDataPendukung
    ? `Total anggaran Perangkat Daerah (${total}) dari lembar Data Pendukung.`
    : `Total Anggaran Perangkat Daerah belum diisi di lembar Data Pendukung: dipakai jumlah pagu seluruh program (${total}).`;
}
