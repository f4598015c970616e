import Decimal from "decimal.js";
import { FormulaError } from "../formulas";
import { TARGET_COLUMN_KEYS } from "../model/columns";
import { Indikator, NilaiKualitatif, NumberCell, TargetBatas, TargetRentang } from "../model/types";
import { belumDiisi } from "../formulas/nilaiKualitatif";

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

/**
 * The yearly target of an indikator, a number, a range (`90-95`) or a value on an ordered scale (`BB`): TW IV, else
 * the last triwulan that has one.
 */
export function yearlyTargetOf(ind: Indikator): {
  target: NumberCell | null;
  /** How the target was written when it is a bound (`≥ 80`): `target` is its number. */
  batas: TargetBatas | null;
  rentang: TargetRentang | null;
  kualitatif: NilaiKualitatif | null;
} {
  const none = { target: null, batas: null, rentang: null, kualitatif: null };
  for (let i = 3; i >= 0; i--) {
    const target = ind.target[i] ?? null;
    if (target) return { ...none, target, batas: ind.targetBatas?.[i] ?? null };
    const rentang = ind.targetRentang?.[i] ?? null;
    if (rentang) return { ...none, rentang };
    const kualitatif = ind.kualitatif?.[TARGET_COLUMN_KEYS[i]] ?? null;
    // A target written `belum` is none yet (validation says so at its cell), not the value `Tidak ada`.
    if (kualitatif) return belumDiisi(kualitatif) ? none : { ...none, kualitatif };
  }
  return none;
}
