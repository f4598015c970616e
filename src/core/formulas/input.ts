import Decimal from "decimal.js";
import { D } from "../numbers/decimal";
import { parseIndonesianNumber } from "../numbers/parseNumber";
import { FormulaError } from "./formulaError";

/**
 * Read one formula input. Strings are read the Indonesian way first (`"0,39%"`, `"412.786.800,00"`, `"1.600"` is
 * 1600), then as decimal.js notation (`"1e-3"`); anything else, NaN and ±Infinity give FormulaError("invalid").
 */
export function angka(v: Decimal.Value, nama: string): Decimal {
  let d: Decimal | null = null;
  if (typeof v === "string") {
    const p = parseIndonesianNumber(v);
    if (p.kind === "number") d = p.value;
  }
  if (d === null) {
    try {
      d = new D(v);
    } catch {
      d = null;
    }
  }
  if (d === null || !d.isFinite()) throw new FormulaError("invalid", `${nama} bukan angka: ${String(v)}.`);
  return d;
}

export function daftarAngka(values: readonly Decimal.Value[], nama: string): Decimal[] {
  if (!Array.isArray(values)) throw new FormulaError("invalid", `${nama} harus berupa daftar angka.`);
  return values.map((v, i) => angka(v, `${nama} ke-${i + 1}`));
}

/** a / b × 100, or FormulaError("div0") with `pesanNol` when b is zero. */
export function persen(a: Decimal, b: Decimal, pesanNol: string): Decimal {
  if (b.isZero()) throw new FormulaError("div0", pesanNol);
  return a.div(b).times(100);
}
