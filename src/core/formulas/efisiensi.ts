import Decimal from "decimal.js";
import { D } from "../numbers/decimal";
import { FormulaError } from "./formulaError";
import { angka, persen } from "./input";

/**
 * Tingkat efisiensi, rasio (default; what the LKjIP seed uses): capaian kinerja % ÷ capaian anggaran %, in percent
 * points. 97 / 77,95 → 124,44.
 */
export function efisiensiRasio(capaianKinerja: Decimal.Value, capaianAnggaran: Decimal.Value): Decimal {
  return persen(
    angka(capaianKinerja, "Capaian kinerja"),
    angka(capaianAnggaran, "Capaian anggaran"),
    "Capaian anggaran tidak boleh nol.",
  );
}

export interface ButirEfisiensi {
  /** PAK: pagu, Rupiah. */
  pagu: Decimal.Value;
  /** CK: capaian kinerja in percent points. */
  capaianKinerja: Decimal.Value;
  /** RAK: realisasi anggaran, Rupiah. */
  realisasi: Decimal.Value;
}

export interface EfisiensiPmk {
  /** E in percent points, unbounded. */
  e: Decimal;
  /** E bounded to [−20, 20]. */
  eTerbatas: Decimal;
  /** Nilai efisiensi 0–100 (percent points). */
  nilai: Decimal;
}

const BATAS_E = new D(20);

/**
 * PMK 214/2017 and PMK 22/2021: E = Σ(PAK × CK − RAK) ÷ Σ(PAK × CK) × 100 with CK capped at 100%;
 * nilai = 50 + (E ÷ 20) × 50 with E bounded to [−20, 20]. A negative CK counts as 0: no output was delivered.
 */
export function efisiensiPmk(butir: ButirEfisiensi[]): EfisiensiPmk {
  if (!Array.isArray(butir) || butir.length === 0) {
    throw new FormulaError("invalid", "Daftar butir efisiensi kosong.");
  }
  let paguKaliCk = new D(0);
  let realisasi = new D(0);
  butir.forEach((b, i) => {
    if (b === null || typeof b !== "object")
      throw new FormulaError("invalid", `Butir efisiensi ke-${i + 1} tidak lengkap.`);
    const pak = angka(b.pagu, `Pagu butir ke-${i + 1}`);
    const ck = Decimal.min(Decimal.max(angka(b.capaianKinerja, `Capaian kinerja butir ke-${i + 1}`), 0), 100).div(100);
    paguKaliCk = paguKaliCk.plus(pak.times(ck));
    realisasi = realisasi.plus(angka(b.realisasi, `Realisasi butir ke-${i + 1}`));
  });
  const e = persen(
    paguKaliCk.minus(realisasi),
    paguKaliCk,
    "Jumlah pagu × capaian kinerja nol; efisiensi tidak dapat dihitung.",
  );
  const eTerbatas = new D(Decimal.min(Decimal.max(e, BATAS_E.negated()), BATAS_E));
  const nilai = new D(50).plus(eTerbatas.div(BATAS_E).times(50));
  return { e, eTerbatas, nilai };
}
