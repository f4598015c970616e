import Decimal from "decimal.js";
import { D } from "../numbers/decimal";
import { FormulaError } from "./formulaError";
import { angka } from "./input";
import { formatAngka } from "../numbers/format";

/** PermenPAN-RB 14/2017: nine unsur, each scored 1–4. */
export const JUMLAH_UNSUR_IKM = 9;

/** "eksak" (default) weighs each unsur 1/9 as the regulation defines it; "0,111" is the rounded weight some offices use. */
export type PenimbangIkm = "eksak" | "0,111";

export interface MutuIkm {
  kode: "A" | "B" | "C" | "D";
  label: "Sangat Baik" | "Baik" | "Kurang Baik" | "Tidak Baik";
}

export interface HasilIkm {
  /** Nilai rata-rata per unsur (9 entries). */
  nrr: Decimal[];
  /** Σ NRR × penimbang, on the 1–4 scale. */
  ikm: Decimal;
  /** IKM × 25, on the 25–100 scale. */
  nilai: Decimal;
  mutu: MutuIkm;
}

/** Lower edges (inclusive, on the value rounded to 2 decimals), best first. */
export const MUTU_IKM: readonly { min: number; mutu: MutuIkm }[] = [
  { min: 88.31, mutu: { kode: "A", label: "Sangat Baik" } },
  { min: 76.61, mutu: { kode: "B", label: "Baik" } },
  { min: 65, mutu: { kode: "C", label: "Kurang Baik" } },
  { min: 25, mutu: { kode: "D", label: "Tidak Baik" } },
];

/**
 * The lowest score as offices compute it: every answer 1, weighted with the rounded 0,111 (9 × 0,111 × 25 = 24,975),
 * which is the D of a score of 25, not an invalid one (fn37).
 */
const TERENDAH_TERTIMBANG = new D("24.975");

/** Mutu pelayanan for a unit score 25–100. The bands are written with 2 decimals, so the score is rounded to 2 first. */
export function mutuIkm(nilai: Decimal.Value): MutuIkm {
  const n = angka(nilai, "Nilai IKM");
  if (n.lessThan(TERENDAH_TERTIMBANG) || n.greaterThan(100)) {
    // A score on the answers' own 1–4 scale (NRR tertimbang) is the IKM divided by 25.
    const skala4 = n.gte(1) && n.lte(4) ? `; nilai skala 1–4 dikalikan 25 menjadi ${formatAngka(n.times(25))}` : "";
    throw new FormulaError("invalid", `Nilai IKM harus antara 25 dan 100 (tertulis ${formatAngka(n)}${skala4}).`);
  }
  const dibulatkan = n.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const band = MUTU_IKM.find((b) => dibulatkan.greaterThanOrEqualTo(b.min)) ?? MUTU_IKM[MUTU_IKM.length - 1];
  return { ...band.mutu };
}

function bobot(penimbang: PenimbangIkm): Decimal {
  if (penimbang === "eksak") return new D(1).div(JUMLAH_UNSUR_IKM);
  if (penimbang === "0,111") return new D("0.111");
  throw new FormulaError("invalid", `Penimbang IKM tidak dikenal: ${String(penimbang)} (pilih "eksak" atau "0,111").`);
}

/** IKM from the nine NRR values (each 1–4). */
export function ikmDariNrr(nrr: Decimal.Value[], penimbang: PenimbangIkm = "eksak"): HasilIkm {
  if (!Array.isArray(nrr) || nrr.length !== JUMLAH_UNSUR_IKM) {
    throw new FormulaError("invalid", `IKM membutuhkan ${JUMLAH_UNSUR_IKM} nilai NRR (satu per unsur).`);
  }
  const w = bobot(penimbang);
  const nilaiNrr = nrr.map((v, i) => {
    const d = angka(v, `NRR unsur ke-${i + 1}`);
    if (d.lessThan(1) || d.greaterThan(4)) {
      throw new FormulaError("invalid", `NRR unsur ke-${i + 1} harus antara 1 dan 4 (tertulis ${formatAngka(d)}).`);
    }
    return d;
  });
  const ikm = nilaiNrr.reduce((a, b) => a.plus(b), new D(0)).times(w);
  const nilai = ikm.times(25);
  // With the rounded penimbang 0,111 all-ones scores 24,975: still the lowest band, not an error.
  return { nrr: nilaiNrr, ikm, nilai, mutu: mutuIkm(Decimal.max(nilai, 25)) };
}

/** IKM from the survey: one row per respondent, nine columns (unsur), each score 1, 2, 3 or 4. */
export function ikm(nilai: Decimal.Value[][], penimbang: PenimbangIkm = "eksak"): HasilIkm {
  if (!Array.isArray(nilai) || nilai.length === 0) throw new FormulaError("invalid", "Tidak ada responden IKM.");
  const total = Array.from({ length: JUMLAH_UNSUR_IKM }, () => new D(0));
  nilai.forEach((baris, r) => {
    if (!Array.isArray(baris) || baris.length !== JUMLAH_UNSUR_IKM) {
      throw new FormulaError(
        "invalid",
        `Responden ke-${r + 1} harus memiliki ${JUMLAH_UNSUR_IKM} nilai unsur (tertulis ${Array.isArray(baris) ? baris.length : 0}).`,
      );
    }
    baris.forEach((v, u) => {
      const d = angka(v, `Nilai responden ke-${r + 1}, unsur ke-${u + 1}`);
      if (!d.isInteger() || d.lessThan(1) || d.greaterThan(4)) {
        throw new FormulaError(
          "invalid",
          `Nilai responden ke-${r + 1}, unsur ke-${u + 1} harus 1, 2, 3 atau 4 (tertulis ${formatAngka(d)}).`,
        );
      }
      total[u] = total[u].plus(d);
    });
  });
  return ikmDariNrr(
    total.map((t) => t.div(nilai.length)),
    penimbang,
  );
}
