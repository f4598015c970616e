import Decimal from "decimal.js";
import { FormulaError } from "../formulas";
import { MaybeNumber, Quarterly } from "../model/types";

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

/** The yearly target: TW IV, else the last triwulan that has one. */
export function yearlyTarget(target: Quarterly): MaybeNumber {
  for (let i = target.length - 1; i >= 0; i--) if (target[i]) return target[i];
  return null;
}
