import Decimal from "decimal.js";
import { FormulaError } from "../formulas";
import { Indikator, NilaiKualitatif, NumberCell, TargetRentang } from "../model/types";

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

const TARGET_KEYS = ["target1", "target2", "target3", "target4"] as const;

/**
 * The yearly target of an indikator, a number, a range (`90-95`) or a value on an ordered scale (`BB`): TW IV, else
 * the last triwulan that has one.
 */
export function yearlyTargetOf(ind: Indikator): {
  target: NumberCell | null;
  rentang: TargetRentang | null;
  kualitatif: NilaiKualitatif | null;
} {
  for (let i = 3; i >= 0; i--) {
    const target = ind.target[i] ?? null;
    if (target) return { target, rentang: null, kualitatif: null };
    const rentang = ind.targetRentang?.[i] ?? null;
    if (rentang) return { target: null, rentang, kualitatif: null };
    const kualitatif = ind.kualitatif?.[TARGET_KEYS[i]] ?? null;
    if (kualitatif) return { target: null, rentang: null, kualitatif };
  }
  return { target: null, rentang: null, kualitatif: null };
}
