import Decimal from "decimal.js";
import { FormulaError } from "../formulas";
import { Indikator, NumberCell, TargetRentang } from "../model/types";

/**
 * Run a core formula; a FormulaError (division by zero, invalid input) gives null, which a table shows as the
 * empty result of its guarded Excel formula. Any other error is a bug and propagates.
 */
export function computed<T = Decimal>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormulaError) return null;
    throw e;
  }
}

/** The yearly target of an indikator, a number or a range (`90-95`): TW IV, else the last triwulan that has one. */
export function yearlyTargetOf(ind: Indikator): { target: NumberCell | null; rentang: TargetRentang | null } {
  for (let i = 3; i >= 0; i--) {
    const target = ind.target[i] ?? null;
    if (target) return { target, rentang: null };
    const rentang = ind.targetRentang?.[i] ?? null;
    if (rentang) return { target: null, rentang };
  }
  return { target: null, rentang: null };
}
