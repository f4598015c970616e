import Decimal from "decimal.js";

/**
 * One Decimal constructor for the whole engine: plenty of precision, half-up rounding as finance staff round.
 * Sums of Rupiah are exact at any precision above their 17 digits; the 40 digits matter for quotients (capaian),
 * which are rounded again to the digits a cell shows: at 40 digits that second rounding provably never differs from
 * rounding the exact quotient once (see exact.ts), at 20 it could.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type D = Decimal;
