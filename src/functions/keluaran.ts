import Decimal from "decimal.js";
import { galatAngka } from "./galatExcel";

/**
 * Percent points from the core (97,37) as the fraction a %-formatted cell shows as 97,37%; #NUM! when that is
 * beyond an Excel number (Infinity would reach the cell otherwise).
 */
export function pecahan(persen: Decimal): number {
  const n = persen.div(100).toNumber();
  if (!Number.isFinite(n)) throw galatAngka();
  return n;
}

/** Fraction from a cell (0,9744) in percent points (97,44), the unit of the core formulas. */
export function persenPoin(nilai: Decimal): Decimal {
  return nilai.times(100);
}
