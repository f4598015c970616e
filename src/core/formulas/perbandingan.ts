import Decimal from "decimal.js";
import { angka, persen } from "./input";
import { capaianKinerja } from "./capaianKinerja";
import { Polaritas } from "./polaritas";

/** Pertumbuhan: (nilai tahun n − nilai tahun n−1) ÷ nilai tahun n−1 × 100, percent points. */
export function pertumbuhan(nilaiN: Decimal.Value, nilaiN1: Decimal.Value): Decimal {
  const n = angka(nilaiN, "Nilai tahun n");
  const n1 = angka(nilaiN1, "Nilai tahun n−1");
  return persen(n.minus(n1), n1, "Nilai tahun sebelumnya tidak boleh nol.");
}

/**
 * Tingkat kemajuan against the Renstra: realisasi tahun n ÷ target akhir Renstra × 100, percent points. An indikator
 * where less is better is measured the way its capaian of the year is (capaianKinerja with its polaritas): 4% of
 * findings left against an end target of 2% has not reached it, whatever 4 ÷ 2 says.
 */
export function tingkatKemajuan(
  realisasi: Decimal.Value,
  targetAkhir: Decimal.Value,
  polaritas: Polaritas = "positif",
): Decimal {
  if (polaritas !== "positif") return capaianKinerja(realisasi, targetAkhir, polaritas);
  return persen(
    angka(realisasi, "Realisasi"),
    angka(targetAkhir, "Target akhir Renstra"),
    "Target akhir Renstra tidak boleh nol.",
  );
}
