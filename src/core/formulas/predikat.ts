import Decimal from "decimal.js";
import { FormulaError } from "./formulaError";
import { angka } from "./input";

export type SkalaPredikat = "permendagri86" | "baik";

export interface BandPredikat {
  /** Inclusive lower edge in percent points; null for the lowest band. */
  min: number | null;
  label: string;
}

export interface DeskripsiSkala {
  nama: string;
  /** Best band first; a capaian above 100 falls in the first band. */
  band: readonly BandPredikat[];
}

const BATAS = [91, 76, 66, 51] as const;

function bands(labels: [string, string, string, string, string]): BandPredikat[] {
  return labels.map((label, i) => ({ min: i < BATAS.length ? BATAS[i] : null, label }));
}

/** Default is permendagri86 (Permendagri 86/2017); "baik" is the wording seen in other LKjIP, with the same edges. */
export const SKALA_PREDIKAT: Record<SkalaPredikat, DeskripsiSkala> = {
  permendagri86: {
    nama: "Permendagri 86/2017",
    band: bands(["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"]),
  },
  baik: {
    nama: "Sangat Baik – Sangat Kurang",
    band: bands(["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"]),
  },
};

/** Predikat of a capaian in percent points (compared as given: round it to its shown precision first if needed). */
export function predikat(capaian: Decimal.Value, skala: SkalaPredikat = "permendagri86"): string {
  const c = angka(capaian, "Capaian");
  const deskripsi = Object.prototype.hasOwnProperty.call(SKALA_PREDIKAT, skala) ? SKALA_PREDIKAT[skala] : undefined;
  if (!deskripsi)
    throw new FormulaError(
      "invalid",
      `Skala predikat tidak dikenal: ${String(skala)} (pilih permendagri86 atau baik).`,
    );
  const band = deskripsi.band.find((b) => b.min === null || c.greaterThanOrEqualTo(b.min));
  return (band ?? deskripsi.band[deskripsi.band.length - 1]).label;
}
