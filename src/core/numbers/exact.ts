import Decimal from "decimal.js";
import { D } from "./decimalClass";

/*
 * Exact fast paths for the hot loops over large sheets. decimal.js keeps every value exact but allocates for each
 * operation, which is most of the engine's time on 20,000 rows. Most amounts are whole Rupiah or Rupiah with sen,
 * so they are also integers of sen well inside Number.MAX_SAFE_INTEGER (2^53 − 1, about 9·10^15 sen, i.e.
 * Rp 90 triliun): on such integers JS addition and comparison are exact. Every helper here answers null (or the
 * caller falls back to decimal.js) the moment a value or a running total leaves that range, so no result ever
 * depends on floating-point rounding.
 *
 * The helpers read and build decimal.js's documented representation (see "INTERNALS" in its API docs and the
 * `d`, `e`, `s` fields of its typings): `d` holds the digits in base 1e7 words, most significant first, with no
 * leading or trailing zero words; `e` is the base-10 exponent of the most significant digit; `s` the sign.
 * test/core/numbers/exact.test.ts checks them against decimal.js's own constructor and arithmetic.
 */

const LOG_BASE = 7;
const BASE = 1e7;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

/** Writable view of a Decimal's representation, only for building a fresh instance. */
interface DecimalParts {
  d: number[] | null;
  e: number;
  s: number;
}

/**
 * `x × 10^places` as a JS number when that is an integer no larger than Number.MAX_SAFE_INTEGER in magnitude (so
 * exactly representable, and sums of a few such numbers can be checked for exactness); otherwise null. Sen of an
 * amount: `scaledSafeInteger(pagu, 2)`.
 */
export function scaledSafeInteger(x: Decimal, places: number): number | null {
  const d = x.d;
  if (!d) return null;
  const e = x.e;
  // At or above 10^16 after scaling, the value cannot be a safe integer.
  if (e + places > 15) return null;
  let n = 0;
  // Base-10 exponent of the current word's last digit, after scaling.
  let shift = Math.floor(e / LOG_BASE) * LOG_BASE + places;
  for (let i = 0; i < d.length; i++, shift -= LOG_BASE) {
    const w = d[i];
    if (shift >= 0) n += w * POW10[shift];
    else if (shift > -LOG_BASE) {
      const unit = POW10[-shift];
      if (w % unit !== 0) return null;
      n += w / unit;
    } else if (w !== 0) return null;
  }
  // Every term and partial sum is an integer below 2^53 when the total is, so then n is exact; when the true total
  // is 2^53 or more, rounding cannot bring n below 2^53 either.
  if (n > Number.MAX_SAFE_INTEGER) return null;
  return x.s < 0 ? -n : n;
}

/** An amount in sen (hundredths of a Rupiah) as an exact integer, or null (see scaledSafeInteger). */
export function exactSen(x: Decimal): number | null {
  return scaledSafeInteger(x, 2);
}

/**
 * The Decimal of a safe integer, equal in every field to `new D(n)`, without decimal.js's detour through the
 * number's string (about four times faster; a sheet has a few such numbers per row).
 */
export function decimalFromSafeInteger(n: number): Decimal {
  if (n === 0 || !Number.isSafeInteger(n) || (n < BASE && n > -BASE)) return new D(n);
  return decimalFromScaledInteger(n, 0);
}

/** Most decimals tried by decimalFromNumber: cells show at most a few. */
const MAX_SCALE = 8;
/** Decimals of at most 15 significant digits (DBL_DIG) round to distinct doubles. */
const MAX_SHORT = 1e15;

/**
 * `new D(v)` for any finite JS number, equal in every field. decimal.js reads v through its shortest string; for a
 * v that is N ÷ 10^k with |N| < 10^15 (`45.67`, `1234567.5`) the Decimal is built from N directly. That is the
 * same value: N ÷ 10^k has at most 15 significant digits and rounds to v, and no other decimal of at most 15
 * digits rounds to v, so it is the shortest string of v.
 */
export function decimalFromNumber(v: number): Decimal {
  if (Number.isSafeInteger(v)) return decimalFromSafeInteger(v);
  if (Number.isFinite(v) && Math.abs(v) < MAX_SHORT) {
    for (let k = 1; k <= MAX_SCALE; k++) {
      const n = Math.round(v * POW10[k]);
      if (n / POW10[k] === v && n !== 0 && Math.abs(n) < MAX_SHORT) return decimalFromScaledInteger(n, k);
    }
  }
  return new D(v);
}

/** The Decimal of n × 10^-scale for a safe integer n ≠ 0 and 0 ≤ scale, in decimal.js's representation. */
function decimalFromScaledInteger(n: number, scale: number): Decimal {
  const x = new D(0);
  const parts = x as unknown as DecimalParts;
  let a = n;
  if (a < 0) {
    parts.s = -1;
    a = -a;
  }
  // Words sit at exponents that are multiples of 7; the lowest one holding a digit of n starts at `low`.
  const low = (-LOG_BASE * Math.ceil(scale / LOG_BASE)) | 0;
  const shift = -scale - low;
  const lowDigits = LOG_BASE - shift;
  // Words from the least significant; `a - r` is exactly divisible, so each quotient is exact.
  const r0 = a % POW10[lowDigits];
  const w0 = (r0 * POW10[shift]) | 0;
  a = (a - r0) / POW10[lowDigits];
  const w1 = a % BASE;
  a = (a - w1) / BASE;
  const w2 = a % BASE;
  a = (a - w2) / BASE;
  const w3 = a % BASE;
  a = (a - w3) / BASE;
  // n < 2^53 and scale ≤ MAX_SCALE leave nothing above the fourth word: a is 0 here.
  const count = w3 !== 0 ? 4 : w2 !== 0 ? 3 : w1 !== 0 ? 2 : 1;
  const top = count === 4 ? w3 : count === 3 ? w2 : count === 2 ? w1 : w0;
  let digits = 1;
  while (digits < LOG_BASE && top >= POW10[digits]) digits++;
  // `| 0` keeps the exponent a small integer: a float-typed value here would change how V8 stores the field for
  // every Decimal (a boxed number each, and slower decimal.js code).
  parts.e = (low + (count - 1) * LOG_BASE + digits - 1) | 0;
  // Most significant first, without trailing zero words; array literals are exactly as long as needed.
  parts.d = digitWords(count, w3 | 0, w2 | 0, w1 | 0, w0);
  return x;
}

function digitWords(count: number, w3: number, w2: number, w1: number, w0: number): number[] {
  switch (count) {
    case 4:
      return w0 !== 0 ? [w3, w2, w1, w0] : w1 !== 0 ? [w3, w2, w1] : w2 !== 0 ? [w3, w2] : [w3];
    case 3:
      return w0 !== 0 ? [w2, w1, w0] : w1 !== 0 ? [w2, w1] : [w2];
    case 2:
      return w0 !== 0 ? [w1, w0] : [w1];
    default:
      return [w0];
  }
}

/** An exact integer of sen (see exactSen) as the Decimal amount in Rupiah. */
export function decimalFromSen(sen: number): Decimal {
  if (sen % 100 === 0) return decimalFromSafeInteger(sen / 100);
  // Dividing a safe integer by 100 is exact at the engine's precision (16 digits at most).
  return decimalFromSafeInteger(sen).div(100);
}

/**
 * Σ values in sen, exact, or null when a value is not an exact safe number of sen or a partial sum leaves the safe
 * range (the caller then sums with decimal.js). Nulls count as zero.
 */
export function sumSen(values: Iterable<Decimal | null | undefined>): number | null {
  let total = 0;
  for (const v of values) {
    if (!v) continue;
    const sen = exactSen(v);
    if (sen === null) return null;
    total += sen;
    if (total > Number.MAX_SAFE_INTEGER || total < -Number.MAX_SAFE_INTEGER) return null;
  }
  return total;
}

const BIG_POW10: bigint[] = [];
function bigPow10(k: number): bigint {
  return (BIG_POW10[k] ??= BigInt(10) ** BigInt(k));
}

/**
 * `roundTo(a ÷ b × 100, places)` scaled by 10^places, for amounts given as exact integers of sen (b not zero), with
 * integer arithmetic. It equals the engine's Decimal result: D rounds the quotient to 40 significant digits before
 * rounding to `places`, an error of at most 5·10^-40 of it, while a quotient of integers below 2^53 that is not on
 * a half-way point of `places` digits lies at least 1/(2·10^places·|b|) from it; the first is smaller for every
 * places ≤ 20. On a half-way point the quotient has at most 40 digits, so D keeps it exactly.
 */
export function roundedPercentScaled(aSen: number, bSen: number, places: number): bigint {
  const num = BigInt(aSen) * bigPow10(places + 2);
  const den = BigInt(bSen);
  const negative = num < 0 !== den < 0 && num !== BigInt(0);
  const a = num < 0 ? -num : num;
  const b = den < 0 ? -den : den;
  const two = BigInt(2);
  // Half up (away from zero) on the magnitude: floor(a/b + 1/2).
  const rounded = (two * a + b) / (two * b);
  return negative ? -rounded : rounded;
}

/**
 * roundedPercentScaled as a JS number, computed in safe integers without BigInt, or null when some intermediate
 * would leave the safe range (the caller then uses roundedPercentScaled). A capaian column has a value per row.
 */
export function roundedPercentSafe(aSen: number, bSen: number, places: number): number | null {
  if (!Number.isInteger(places) || places < 0 || places > 13) return null;
  const a = Math.abs(aSen) * POW10[places + 2];
  const b = Math.abs(bSen);
  // Each product and sum below is at most x + 2y = 2a + 5b: exact when that is (a rounded a or sum exceeds it).
  if (!(2 * a + 5 * b <= Number.MAX_SAFE_INTEGER) || b === 0) return null;
  const x = 2 * a + b;
  const y = 2 * b;
  // Half up on the magnitude: floor(x / y). One rounded division is at most one off the floor.
  let q = Math.floor(x / y);
  if (q * y > x) q--;
  else if ((q + 1) * y <= x) q++;
  const negative = aSen < 0 !== bSen < 0 && aSen !== 0;
  return negative && q !== 0 ? -q : q;
}

/** The largest number of digits roundedPercentScaled is proven exact for. */
export const MAX_PERCENT_PLACES = 20;

/**
 * a ÷ b as the nearest double, for amounts given as exact integers of sen (b not zero): what
 * `a.div(b).toNumber()` gives in the engine, so a percentage cell's cached result (a fraction) need not go through
 * a Decimal division. Both are the same double: JS divides the two exact integers with one correct rounding; D
 * first rounds to 40 digits, an error of at most 5·10^-39 of the quotient, while a quotient of integers below 2^53
 * is never a half-way point between doubles and lies at least 2^-107 of itself away from one, so both roundings
 * land on the same double.
 */
export function nearestQuotient(aSen: number, bSen: number): number {
  return aSen / bSen;
}
