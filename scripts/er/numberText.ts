/**
 * How an app export writes numbers as text: Rupiah grouped by dots (`1.234.567`), decimals with a comma
 * (`12,97`, Indonesian locale) or a dot (`12.97`, what PHP's round() or JavaScript prints), counts plain.
 */
import Decimal from "decimal.js";

export type NumberMode = "number" | "text-comma" | "text-dot";

export function rupiahText(n: number): string {
  const sign = n < 0 ? "-" : "";
  const digits = new Decimal(n).abs().toFixed(0);
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A decimal as the app prints it: `decimals` fixed places, or as few as the value needs when undefined. */
export function decimalText(n: number, mode: NumberMode, decimals?: number): string {
  const text =
    decimals === undefined ? new Decimal(n).toDecimalPlaces(6).toString() : roundHalfUp(n, decimals).toFixed(decimals);
  return mode === "text-comma" ? text.replace(".", ",") : text;
}

export function roundHalfUp(n: number, decimals: number): Decimal {
  return new Decimal(n).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}
