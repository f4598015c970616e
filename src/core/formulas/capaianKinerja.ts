import Decimal from "decimal.js";
import { D } from "../numbers/decimal";
import { formatAngka } from "../numbers/format";
import { FormulaError } from "./formulaError";
import { angka, daftarAngka, persen } from "./input";
import { POLARITAS, Polaritas } from "./polaritas";

export interface OpsiCapaianKinerja {
  /** Some schemes never show a capaian below 0%. Off by default: the sheets show negative capaian (-228,21%). */
  batasBawahNol?: boolean;
}

const TARGET_NOL = "Target tidak boleh nol.";

function cekPolaritas(polaritas: Polaritas): void {
  if (!POLARITAS.includes(polaritas)) {
    throw new FormulaError(
      "invalid",
      `Polaritas tidak dikenal: ${String(polaritas)} (pilih positif, negatif, negatif-b atau stabil).`,
    );
  }
}

/**
 * Capaian kinerja in percent points.
 * Default polaritas is positif (R / T), the formula of the Pengukuran Kinerja sheets. For negatif the default is
 * variant A `(2T − R) / T` (PermenPAN-RB "kondisi khusus"), because it is defined at R = 0 and falls linearly;
 * variant B `T / R` is the named option `negatif-b`. Stabil: `1 − |1 − R/T|`.
 */
export function capaianKinerja(
  realisasi: Decimal.Value,
  target: Decimal.Value,
  polaritas: Polaritas = "positif",
  opsi: OpsiCapaianKinerja = {},
): Decimal {
  cekPolaritas(polaritas);
  const r = angka(realisasi, "Realisasi");
  const t = angka(target, "Target");
  if (t.isZero()) throw new FormulaError("div0", TARGET_NOL);
  let hasil: Decimal;
  switch (polaritas) {
    case "positif":
      hasil = r.div(t).times(100);
      break;
    case "negatif":
      hasil = t.times(2).minus(r).div(t).times(100);
      break;
    case "negatif-b":
      hasil = persen(t, r, "Realisasi tidak boleh nol untuk polaritas negatif varian B (target ÷ realisasi).");
      break;
    case "stabil":
      hasil = new D(1).minus(new D(1).minus(r.div(t)).abs()).times(100);
      break;
  }
  return opsi.batasBawahNol && hasil.isNegative() ? new D(0) : hasil;
}

/** Capaian against a target range [batasBawah, batasAtas]: inside counts 100%, outside is measured against the nearer edge. */
export function capaianRentang(
  realisasi: Decimal.Value,
  batasBawah: Decimal.Value,
  batasAtas: Decimal.Value,
  polaritas: Polaritas = "positif",
): Decimal {
  const r = angka(realisasi, "Realisasi");
  const lo = angka(batasBawah, "Batas bawah target");
  const hi = angka(batasAtas, "Batas atas target");
  if (lo.greaterThan(hi)) {
    throw new FormulaError(
      "invalid",
      `Batas bawah target (${formatAngka(lo)}) lebih besar dari batas atas (${formatAngka(hi)}).`,
    );
  }
  if (r.greaterThan(hi)) return capaianKinerja(r, hi, polaritas);
  if (r.lessThan(lo)) return capaianKinerja(r, lo, polaritas);
  cekPolaritas(polaritas);
  return new D(100);
}

export type CaraTriwulan = "kumulatif" | "nilai-akhir";

/**
 * Capaian over TW 1..n. kumulatif: positif ΣR / ΣT, negatif (both variants) ΣT / ΣR as DOMAIN.md gives it,
 * stabil on the sums. nilai-akhir: capaianKinerja of the last triwulan.
 */
export function capaianTriwulan(
  realisasi: Decimal.Value[],
  target: Decimal.Value[],
  cara: CaraTriwulan,
  polaritas: Polaritas = "positif",
): Decimal {
  cekPolaritas(polaritas);
  const r = daftarAngka(realisasi, "Realisasi triwulan");
  const t = daftarAngka(target, "Target triwulan");
  if (r.length === 0) throw new FormulaError("invalid", "Daftar realisasi triwulan kosong.");
  if (r.length !== t.length) {
    throw new FormulaError("invalid", `Jumlah realisasi (${r.length}) dan target (${t.length}) triwulan tidak sama.`);
  }
  if (cara === "nilai-akhir") return capaianKinerja(r[r.length - 1], t[t.length - 1], polaritas);
  if (cara !== "kumulatif") throw new FormulaError("invalid", `Cara agregasi triwulan tidak dikenal: ${String(cara)}.`);
  const sigmaR = r.reduce((a, b) => a.plus(b), new D(0));
  const sigmaT = t.reduce((a, b) => a.plus(b), new D(0));
  if (polaritas === "negatif" || polaritas === "negatif-b") {
    if (sigmaT.isZero()) throw new FormulaError("div0", TARGET_NOL);
    return persen(sigmaT, sigmaR, "Jumlah realisasi tidak boleh nol untuk polaritas negatif kumulatif (ΣT ÷ ΣR).");
  }
  return capaianKinerja(sigmaR, sigmaT, polaritas);
}
