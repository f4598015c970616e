import Decimal from "decimal.js";
import { capaianKinerja } from "../formulas/capaianKinerja";
import { Polaritas } from "../formulas/polaritas";
import { roundTo } from "../numbers/decimal";
import { Indikator, Tujuan } from "../model/types";

const POLARITAS: readonly Polaritas[] = ["positif", "negatif"];

/**
 * The triwulan a Pengukuran Kinerja sheet reports on when neither its title nor its name says (`TAHUN ANGGARAN
 * 2024` on `Sheet1`, one file per quarter): the one whose targets its own capaian are measured against. An
 * indikator tells when its stated capaian, at the precision shown, follows from its realisasi and the target of some
 * triwulan but not of every one that has a target; the latest triwulan every telling indikator allows is taken. Null
 * when none tells, when they disagree, or when that triwulan is TW IV (what an unstated period is read as anyway).
 */
export function triwulanFromCapaian(tujuan: readonly Tujuan[]): number | null {
  const allowed = quartersAllowed(tujuan);
  if (allowed === null) return null;
  const latest = allowed.lastIndexOf(true);
  return latest < 0 || latest === 3 ? null : latest + 1;
}

/**
 * True when the sheet's stated capaian tell triwulan `a` and not `b`: every indikator that tells a triwulan allows
 * `a`, and one at least rules out `b`.
 */
export function capaianFollow(tujuan: readonly Tujuan[], a: number, b: number): boolean {
  const allowed = quartersAllowed(tujuan);
  return allowed !== null && allowed[a - 1] && !allowed[b - 1];
}

/** Per triwulan, whether every indikator that tells one allows it; null when none tells. */
function quartersAllowed(tujuan: readonly Tujuan[]): boolean[] | null {
  const allowed = [true, true, true, true];
  let telling = 0;
  for (const t of tujuan) {
    for (const s of t.sasaran) {
      for (const ind of s.indikator) {
        const fits = quartersFitting(ind);
        if (fits === null) continue;
        telling++;
        fits.forEach((f, q) => (allowed[q] &&= f));
      }
    }
  }
  return telling === 0 ? null : allowed;
}

/**
 * Per triwulan, whether the indikator's stated capaian follows from that triwulan's target; null when that tells
 * nothing (no capaian, realisasi or target to measure, no target that gives it, or every target gives it).
 */
function quartersFitting(ind: Indikator): boolean[] | null {
  const stated = ind.capaian;
  const realisasi = ind.realisasi?.value;
  // A capaian written as a bound (`>100%`) fits many targets: it tells no triwulan.
  if (!stated || realisasi === undefined || ind.capaianBatas) return null;
  const shown = roundTo(stated.value, stated.decimals);
  const fits = ind.target.map(
    (t) => t !== null && !t.value.isZero() && gives(realisasi, t.value, shown, stated.decimals),
  );
  const withTarget = ind.target.filter((t) => t !== null && !t.value.isZero()).length;
  const fitting = fits.filter(Boolean).length;
  return fitting === 0 || fitting === withTarget ? null : fits;
}

function gives(realisasi: Decimal, target: Decimal, shown: Decimal, decimals: number): boolean {
  return POLARITAS.some((p) => roundTo(capaianKinerja(realisasi, target, p), decimals).equals(shown));
}
