import Decimal from "decimal.js";
import { D } from "../numbers/decimal";
import { FormulaError } from "./formulaError";
import { angka, daftarAngka } from "./input";

/** Persentase capaian kinerja program: kegiatan with capaian ≥ ambang ÷ all kegiatan × 100 (percent points). */
export function persentaseCapaianProgram(capaianKegiatan: Decimal.Value[], ambang: Decimal.Value = 80): Decimal {
  const capaian = daftarAngka(capaianKegiatan, "Capaian kegiatan");
  if (capaian.length === 0) throw new FormulaError("invalid", "Daftar capaian kegiatan kosong.");
  const batas = angka(ambang, "Ambang capaian");
  const tercapai = capaian.filter((c) => c.greaterThanOrEqualTo(batas)).length;
  return new D(tercapai).div(capaian.length).times(100);
}
