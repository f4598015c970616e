import Decimal from "decimal.js";
import { angka, persen } from "./input";

/** Pertumbuhan: (nilai tahun n − nilai tahun n−1) ÷ nilai tahun n−1 × 100, percent points. */
export function pertumbuhan(nilaiN: Decimal.Value, nilaiN1: Decimal.Value): Decimal {
  const n = angka(nilaiN, "Nilai tahun n");
  const n1 = angka(nilaiN1, "Nilai tahun n−1");
  return persen(n.minus(n1), n1, "Nilai tahun sebelumnya tidak boleh nol.");
}

/** Tingkat kemajuan against the Renstra: realisasi tahun n ÷ target akhir Renstra × 100, percent points. */
export function tingkatKemajuan(realisasi: Decimal.Value, targetAkhir: Decimal.Value): Decimal {
  return persen(
    angka(realisasi, "Realisasi"),
    angka(targetAkhir, "Target akhir Renstra"),
    "Target akhir Renstra tidak boleh nol.",
  );
}
