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

/** A target written as a bound (`≥ 80`, `min. 75%`, `≤ 5`, `maksimal 2`), read into its number and direction. */
export interface ParsedBound {
  value: Decimal;
  /** `min`: at least the number (more is better); `maks`: at most it (less is better). */
  arah: "min" | "maks";
  percent: boolean;
  decimals: number;
}

const AT_LEAST = /^(?:≥|>=|=>|>|min(?:imal|imum)?\.?|paling\s+sedikit|sekurang-kurangnya|minimal\s+sebesar)\s*/i;
const AT_MOST =
  /^(?:≤|<=|=<|<|maks(?:imal|imum)?\.?|max\.?|paling\s+banyak|setinggi-tingginya|sebanyak-banyaknya|tidak\s+lebih\s+dari)\s*/i;

/**
 * The bound a target cell's text writes, or null when it is not one: a sign or word of at least / at most, then one
 * non-negative number (with its `%`). `-` alone and a plain number are not bounds.
 */
export function parseTargetBound(text: string): ParsedBound | null {
  const t = text.replace(/[\u00a0\u2007\u202f]/g, " ").trim();
  const min = AT_LEAST.exec(t);
  const max = min ? null : AT_MOST.exec(t);
  const sign = min ?? max;
  if (!sign || sign[0].length === t.length) return null;
  const n = parseIndonesianNumber(t.slice(sign[0].length).trim());
  if (n.kind !== "number" || n.dash || n.value.isNegative()) return null;
  return { value: n.value, arah: min ? "min" : "maks", percent: n.percent, decimals: n.decimals };
}
