import Decimal from "decimal.js";
import { D } from "./decimalClass";
import { decimalFromSen, sumSen } from "./exact";

export { D } from "./decimalClass";

export function dec(v: Decimal.Value): Decimal {
  return new D(v);
}

export function sum(values: Iterable<Decimal | null | undefined>): Decimal {
  const list = Array.isArray(values) ? values : [...values];
  const sen = sumSen(list);
  if (sen !== null) return decimalFromSen(sen);
  let total = new D(0);
  for (const v of list) if (v) total = total.plus(v);
  return total;
}

/** Round half up to `decimals` digits: how a percentage shown with that many digits was rounded. */
export function roundTo(v: Decimal, decimals: number): Decimal {
  // toDecimalPlaces makes its own copy; only a Decimal of another constructor is first turned into the engine's.
  const own = v.constructor === D ? v : new D(v);
  return own.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/**
 * True when `shown` (a figure at `decimals`) is a rounding of `exact` at that precision: the one half up gives, or,
 * when exact lies exactly halfway, the other neighbour too (68,125 written 68,12 by an officer or an app rounding
 * half down or to even is no error at two decimals).
 */
export function roundsTo(exact: Decimal, decimals: number, shown: Decimal): boolean {
  if (roundTo(exact, decimals).equals(shown)) return true;
  return exact.minus(shown).abs().times(new D(10).pow(decimals)).equals(HALF);
}

const HALF = new D(0.5);
