import Decimal from "decimal.js";

/** One Decimal constructor for the whole engine: plenty of precision, half-up rounding as finance staff round. */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type D = Decimal;

export function dec(v: Decimal.Value): Decimal {
  return new D(v);
}

export function sum(values: Iterable<Decimal | null | undefined>): Decimal {
  let total = new D(0);
  for (const v of values) if (v) total = total.plus(v);
  return total;
}

/** Round half up to `decimals` digits: how a percentage shown with that many digits was rounded. */
export function roundTo(v: Decimal, decimals: number): Decimal {
  return new D(v).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}
