import Decimal from "decimal.js";
import { D } from "../numbers/decimal";
import { FormulaError } from "./formulaError";
import { angka, daftarAngka, persen } from "./input";

const PAGU_NOL = "Pagu tidak boleh nol.";

/** Capaian anggaran (serapan) in percent points: realisasi Rp / pagu × 100. */
export function capaianAnggaran(realisasiRp: Decimal.Value, pagu: Decimal.Value): Decimal {
  return persen(angka(realisasiRp, "Realisasi anggaran"), angka(pagu, "Pagu"), PAGU_NOL);
}

export interface DeviasiAnggaranKas {
  /** Anggaran kas s/d TW n ÷ pagu, percent points. */
  capaianRak: Decimal;
  /** Realisasi ÷ pagu, percent points. */
  serapan: Decimal;
  /** (capaianRak − serapan) ÷ capaianRak, percent points: how far spending lags behind the cash plan. */
  deviasi: Decimal;
}

export function deviasiAnggaranKas(
  realisasi: Decimal.Value,
  anggaranKasSdTw: Decimal.Value,
  pagu: Decimal.Value,
): DeviasiAnggaranKas {
  const p = angka(pagu, "Pagu");
  const capaianRak = persen(angka(anggaranKasSdTw, "Anggaran kas s/d triwulan"), p, PAGU_NOL);
  const serapan = persen(angka(realisasi, "Realisasi anggaran"), p, PAGU_NOL);
  const deviasi = persen(
    capaianRak.minus(serapan),
    capaianRak,
    "Anggaran kas s/d triwulan ini nol; deviasi tidak dapat dihitung.",
  );
  return { capaianRak, serapan, deviasi };
}

/** Σ pagu of the sasaran's programs ÷ total anggaran Perangkat Daerah × 100 (an empty list is 0%). */
export function alokasiSasaran(paguProgram: Decimal.Value[], totalAnggaran: Decimal.Value): Decimal {
  const total = daftarAngka(paguProgram, "Pagu program").reduce((a, b) => a.plus(b), new D(0));
  const t = angka(totalAnggaran, "Total anggaran Perangkat Daerah");
  if (t.isNegative()) throw new FormulaError("invalid", "Total anggaran Perangkat Daerah tidak boleh negatif.");
  return persen(total, t, "Total anggaran Perangkat Daerah tidak boleh nol.");
}
