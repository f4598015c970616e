import Decimal from "decimal.js";
import { D } from "./decimal";

/** The languages numbers (and messages) are written in: Bahasa Indonesia (the default) and English. */
export type Lang = "id" | "en";

/** Thousands and decimal separators: `1.234.567,89` in Indonesian, `1,234,567.89` in English. */
const SEPARATORS: Record<Lang, { thousands: string; decimal: string }> = {
  id: { thousands: ".", decimal: "," },
  en: { thousands: ",", decimal: "." },
};

function toDecimal(v: Decimal | number): Decimal | null {
  try {
    const d = new D(v);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

/** `1234567.5` with `decimals` → `1.234.567,5` (id) or `1,234,567.5` (en); no `-0`. */
function grouped(d: Decimal, decimals: number | undefined, lang: Lang): string {
  const fixed = decimals === undefined ? d.abs().toFixed() : d.abs().toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [int, frac] = fixed.split(".");
  const { thousands, decimal } = SEPARATORS[lang] ?? SEPARATORS.id;
  const digits = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const zero = /^[0.]*$/.test(fixed);
  return `${d.isNegative() && !zero ? "-" : ""}${digits}${frac !== undefined ? decimal + frac : ""}`;
}

/**
 * A number in Indonesian style: `412.786.800`, `0,39` (English: `412,786,800`, `0.39`). Without `decimals`, every
 * digit the value has is shown; with it, the value is rounded half up to that many digits.
 */
export function formatAngka(v: Decimal | number, decimals?: number, lang: Lang = "id"): string {
  const d = toDecimal(v);
  if (d === null) return String(v);
  return grouped(d, decimals === undefined ? undefined : Math.max(0, Math.floor(decimals)), lang);
}

/** Decimals an amount is written with at most (a fraction of a sen in thousands of rupiah included). */
const MAX_WRITTEN_DECIMALS = 4;

/** Rupiah: `Rp 250.634.400`; sen only when there are any (`Rp 10.377.143.130,77`, at least two digits). */
export function formatRupiah(v: Decimal | number, lang: Lang = "id"): string {
  const exact = toDecimal(v);
  if (exact === null) return `Rp ${String(v)}`;
  // As written, down to a fraction of a sen; beyond, the digits are a computer's rounding in a sum of figures a
  // formula left with fractions, shown to the sen (Rp 50.000.000, not Rp 50.000.000,000000004).
  const d = exact.decimalPlaces() > MAX_WRITTEN_DECIMALS ? exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : exact;
  const decimals = d.isInteger() ? 0 : Math.max(2, d.decimalPlaces());
  const text = grouped(d, decimals, lang);
  return text.startsWith("-") ? `-Rp ${text.slice(1)}` : `Rp ${text}`;
}

/** A percentage given in percent points: `97.44` → `97,44%` (English: `97.44%`). */
export function formatPersen(v: Decimal | number, decimals: number, lang: Lang = "id"): string {
  return `${formatAngka(v, decimals, lang)}%`;
}
