export type FormulaErrorCode = "div0" | "invalid";

/** A formula that cannot be computed: division by zero or an input outside its domain. Message in Bahasa Indonesia. */
export class FormulaError extends Error {
  readonly code: FormulaErrorCode;

  constructor(code: FormulaErrorCode, message: string) {
    super(message);
    this.name = "FormulaError";
    this.code = code;
    Object.setPrototypeOf(this, FormulaError.prototype);
  }
}
