import { CellRange } from "../core/grid/grid";
import { CellWrite, GENERAL } from "./cellInput";
import { RequestBudget, STATEMENT_BYTES } from "./requestBudget";
import { jsonBytes, WriteStep } from "./writeSteps";

export interface PlacedWrite {
  row: number;
  col: number;
  write: CellWrite;
}

/** A chunk of rows holds at most this share of a request, so chunks of several sheets pack into few requests. */
const CHUNK_SHARE = 4;

/**
 * The cells as bulk 2-D assignments over their bounding rectangle: `numberFormat` (only when some cell is not
 * General) and then `formulas`, which takes formulas ("=…") and literal values alike. Rows are cut into chunks so
 * that no request exceeds the budget.
 */
export function contentSteps(
  ws: () => Excel.Worksheet,
  sheet: string,
  writes: PlacedWrite[],
  budget: RequestBudget,
): WriteStep[] {
  if (writes.length === 0) return [];
  const rect = boundingRect(writes);
  const width = rect.right - rect.left + 1;
  const inputs: (string | number)[][] = [];
  const formats: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    inputs.push(new Array<string | number>(width).fill(""));
    formats.push(new Array<string>(width).fill(GENERAL));
  }
  for (const { row, col, write } of writes) {
    inputs[row - rect.top][col - rect.left] = write.input;
    formats[row - rect.top][col - rect.left] = write.numFmt;
  }
  const steps: WriteStep[] = [];
  const maxBytes = budget.bytes / CHUNK_SHARE;
  const maxCells = budget.cells / CHUNK_SHARE;
  let start = 0;
  let bytes = 0;
  const flush = (end: number) => {
    if (end > start)
      steps.push(
        chunkStep(ws, sheet, rect.top + start, rect.left, inputs.slice(start, end), formats.slice(start, end)),
      );
    start = end;
    bytes = 0;
  };
  for (let i = 0; i < inputs.length; i++) {
    const rowBytes = jsonBytes(inputs[i]) + jsonBytes(formats[i]);
    if (i > start && (bytes + rowBytes > maxBytes || (i - start + 1) * width > maxCells)) flush(i);
    bytes += rowBytes;
  }
  flush(inputs.length);
  return steps;
}

function chunkStep(
  ws: () => Excel.Worksheet,
  sheet: string,
  top: number,
  left: number,
  inputs: (string | number)[][],
  formats: string[][],
): WriteStep {
  const withFormats = formats.some((line) => line.some((f) => f !== GENERAL));
  const cells = inputs.length * inputs[0].length;
  return {
    sheet,
    bytes: 2 * STATEMENT_BYTES + jsonBytes(inputs) + (withFormats ? STATEMENT_BYTES + jsonBytes(formats) : 0),
    cells: withFormats ? 2 * cells : cells,
    apply: () => {
      const range = ws().getRangeByIndexes(top, left, inputs.length, inputs[0].length);
      // Formats first, so text meant as text lands in cells already formatted as text.
      if (withFormats) range.numberFormat = formats;
      range.formulas = inputs;
    },
  };
}

function boundingRect(writes: PlacedWrite[]): CellRange {
  const rect = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  for (const { row, col } of writes) {
    rect.top = Math.min(rect.top, row);
    rect.left = Math.min(rect.left, col);
    rect.bottom = Math.max(rect.bottom, row);
    rect.right = Math.max(rect.right, col);
  }
  return rect;
}
