/**
 * The Office runtime defines the global `CustomFunctions`; Node does not. This installs the small part the SAKIP
 * functions use (Error and ErrorCode, with the codes Excel shows) so errors can be asserted by code and message.
 */
export class FakeCustomFunctionsError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function installFakeCustomFunctions(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode: ERROR_CODE,
  };
}

export function uninstallFakeCustomFunctions(): void {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
}

/** The error a function threw, or a failure saying it returned a value instead. */
export function excelErrorOf(run: () => unknown): FakeCustomFunctionsError {
  let result: unknown;
  try {
    result = run();
  } catch (e) {
    if (e instanceof FakeCustomFunctionsError) return e;
    throw new Error(`expected a CustomFunctions.Error, got ${String(e)}`);
  }
  throw new Error(`expected a CustomFunctions.Error, the function returned ${JSON.stringify(result)}`);
}
