import Decimal from "decimal.js";
import { parseIndonesianNumber } from "./parseNumber";

/** A target written as a range (`90-95`, `80 – 90 %`, `70 s/d 75`), read into its two ends. */
export interface ParsedRange {
  lo: Decimal;
  hi: Decimal;
  /** A `%` on either end: both are percent points. */
  percent: boolean;
  /** The larger number of digits after the decimal separator of the two ends. */
  decimals: number;
}

/** Between the two ends: a dash of any kind, or the words offices write (`s/d`, `s.d.`, `sampai`, `hingga`). */
const SEPARATOR = /^(.+?)\s*(?:[-‐‑‒–—−]|\s(?:s\/d|s\.d\.?|sd|sampai(?:\s+dengan)?|hingga)\s)\s*(.+)$/i;

/**
 * The range a target cell's text writes, or null when it is not one: two numbers, the first smaller than the
 * second, with at most one `%` on each. A single number, a negative number and a year span written the other way
 * round (`95-90`) are not ranges.
 */
export function parseTargetRange(text: string): ParsedRange | null {
  const m = SEPARATOR.exec(text.replace(/[\u00a0\u2007\u202f]/g, " ").trim());
  if (!m) return null;
  const a = parseIndonesianNumber(m[1].trim());
  const b = parseIndonesianNumber(m[2].trim());
  if (a.kind !== "number" || b.kind !== "number" || a.dash || b.dash) return null;
  if (a.value.isNegative() || !a.value.lessThan(b.value)) return null;
  return { lo: a.value, hi: b.value, percent: a.percent || b.percent, decimals: Math.max(a.decimals, b.decimals) };
}
