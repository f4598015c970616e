/**
 * Errors shaped like OfficeExtension.Error (name "RichApi.Error", a string `code`, `debugInfo.errorLocation`),
 * so the adapter's error mapping meets the same shape it meets in Excel.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const officeErrors = {
  propertyNotLoaded: (type: string, prop: string) =>
    new FakeOfficeError(
      "PropertyNotLoaded",
      `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      `${type}.${prop}`,
    ),
  valueNotLoaded: () =>
    new FakeOfficeError(
      "ValueNotLoaded",
      'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      "ClientResult.value",
    ),
  itemNotFound: (location: string) =>
    new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", location),
  itemAlreadyExists: (location: string) =>
    new FakeOfficeError("ItemAlreadyExists", "The resource being created already exists.", location),
  invalidArgument: (location: string, detail = "The argument is invalid or missing or has an incorrect format.") =>
    new FakeOfficeError("InvalidArgument", detail, location),
  invalidOperation: (location: string, detail = "The operation attempted is invalid on the object.") =>
    new FakeOfficeError("InvalidOperation", detail, location),
  /** Inside `Excel.run({ mergeUndoGroup: true })`, an API Excel cannot undo (Microsoft's list names these). */
  undoNotSupported: (location: string) =>
    new FakeOfficeError(
      "UndoNotSupported",
      "The operation cannot be grouped because it does not support undo.",
      location,
    ),
  accessDenied: (location: string) =>
    new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.", location),
  invalidSelection: (location: string) =>
    new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.", location),
  requestTooLarge: () =>
    new FakeOfficeError(
      "RequestPayloadSizeLimitExceeded",
      'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
    ),
  responseTooLarge: () =>
    new FakeOfficeError(
      "ResponsePayloadSizeLimitExceeded",
      'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
    ),
  rangeExceedsLimit: (location: string) =>
    new FakeOfficeError(
      "RangeExceedsLimit",
      "The cell count in range has exceeded the maximum supported number.",
      location,
    ),
};

/** A misuse of the fake itself (an API member it does not model): a bug in the caller or a gap in the fake. */
export function unsupported(what: string): Error {
  return new Error(`In-memory Excel does not model ${what}`);
}
