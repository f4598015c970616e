import { FormulaError } from "../core/formulas/formulaError";

/**
 * #VALUE! with a message in Bahasa Indonesia: Excel shows it when the user hovers the error flag.
 * `CustomFunctions` is the global of the Office runtime; it is read only when an error is thrown, so this module
 * also loads in Node tests (which install a small fake).
 */
export function galatNilai(pesan: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, pesan);
}

/** #DIV/0!: Excel shows no custom message for this code, so none is passed. */
export function galatBagiNol(): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
}

/** #NUM!: a result beyond what an Excel number holds (a capaian against a target of 1e-300). */
export function galatAngka(): CustomFunctions.Error {
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidNumber,
    "Hasilnya di luar jangkauan angka Excel; periksa target atau pembaginya.",
  );
}

/**
 * Run a core formula and turn its FormulaError into the Excel error the cell shows. Any other exception is a bug and
 * is rethrown unchanged (Excel shows #VALUE! and the stack stays in the runtime's console).
 */
export function hitung<T>(rumus: () => T): T {
  try {
    return rumus();
  } catch (e) {
    if (e instanceof FormulaError) throw e.code === "div0" ? galatBagiNol() : galatNilai(e.message);
    throw e;
  }
}
