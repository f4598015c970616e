import Decimal from "decimal.js";

/** Percent points from the core (97,37) as the fraction a %-formatted cell shows as 97,37%. */
export function pecahan(persen: Decimal): number {
  return persen.div(100).toNumber();
}

/** Fraction from a cell (0,9744) in percent points (97,44), the unit of the core formulas. */
export function persenPoin(nilai: Decimal): Decimal {
  return nilai.times(100);
}
