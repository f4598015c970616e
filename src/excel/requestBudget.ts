/**
 * What one request to Excel may carry. Excel on the web rejects a request or a response above 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) and a range read above 5,000,000 cells
 * (RangeExceedsLimit); desktop Excel is more lenient, so planning for the web keeps both working.
 */
export interface RequestLimits {
  maxBytes: number;
  maxCells: number;
}

export const EXCEL_WEB_LIMITS: RequestLimits = { maxBytes: 5_000_000, maxCells: 5_000_000 };

/** Sizes are estimated before the data is seen, so each request is planned to fill at most this share. */
const SAFETY = 0.9;

export interface RequestBudget {
  bytes: number;
  cells: number;
}

export function budgetFor(limits: RequestLimits): RequestBudget {
  return { bytes: Math.floor(limits.maxBytes * SAFETY), cells: Math.floor(limits.maxCells * SAFETY) };
}

/** Estimated cost of one statement (an action or an object path) in a request, besides its data. */
export const STATEMENT_BYTES = 150;

/**
 * `formulas` plus `numberFormat` of one cell in a response: a number, short text or formula (~10 bytes) and a format
 * such as "General" or "#,##0.00" (~10 bytes). Long texts cost more; a block that turns out larger is read again in
 * halves. (`formulas` gives the value of a cell without a formula, so `values` is read for formula cells only.)
 */
export const CONTENT_BYTES_PER_CELL = 20;

/**
 * getCellProperties answer per cell for bold, indent and fill:
 * {"format":{"indentLevel":0,"font":{"bold":false},"fill":{"color":"#FFFFFF","pattern":"None"}}}.
 */
export const STYLE_BYTES_PER_CELL = 95;

/** `values` of a formula cell: its cached result, a number or short text. */
export const VALUE_BYTES_PER_CELL = 20;

/** Rows of `columns` cells that fit in one request at `bytesPerCell`; at least one. */
export function rowsPerRequest(columns: number, bytesPerCell: number, budget: RequestBudget): number {
  const byBytes = Math.floor((budget.bytes - 4 * STATEMENT_BYTES) / (columns * bytesPerCell));
  const byCells = Math.floor(budget.cells / columns);
  return Math.max(1, Math.min(byBytes, byCells));
}
