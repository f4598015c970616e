import { CellRange } from "../core/grid/grid";
import { RequestBudget, STATEMENT_BYTES, STYLE_BYTES_PER_CELL, VALUE_BYTES_PER_CELL } from "./requestBudget";

/** One request of a block's second round: cell properties of text cells and cached results of formula cells. */
export interface DetailRequest {
  styles: CellRange[];
  values: CellRange[];
}

/** A range and its getCellProperties call (or values load) with the options: two statements and some 50 bytes. */
const PER_RANGE_BYTES = 3 * STATEMENT_BYTES;

/**
 * Group the rectangles into requests that fit the budget: one request for an ordinary block; a rectangle too big
 * alone is cut by rows.
 */
export function detailRequests(styles: CellRange[], values: CellRange[], budget: RequestBudget): DetailRequest[] {
  const perRequest = budget.bytes - STATEMENT_BYTES;
  const pieces = [
    ...cut(styles, STYLE_BYTES_PER_CELL, perRequest).map((rect) => ({ rect, kind: "styles" as const })),
    ...cut(values, VALUE_BYTES_PER_CELL, perRequest).map((rect) => ({ rect, kind: "values" as const })),
  ];
  const requests: DetailRequest[] = [];
  let current: DetailRequest = { styles: [], values: [] };
  let bytes = 0;
  for (const { rect, kind } of pieces) {
    const perCell = kind === "styles" ? STYLE_BYTES_PER_CELL : VALUE_BYTES_PER_CELL;
    const cost = PER_RANGE_BYTES + cellCount(rect) * perCell;
    if (bytes > 0 && bytes + cost > perRequest) {
      requests.push(current);
      current = { styles: [], values: [] };
      bytes = 0;
    }
    current[kind].push(rect);
    bytes += cost;
  }
  if (bytes > 0) requests.push(current);
  return requests;
}

function cut(rects: CellRange[], bytesPerCell: number, perRequest: number): CellRange[] {
  const pieces: CellRange[] = [];
  for (const r of rects) {
    const width = r.right - r.left + 1;
    const rowsFit = Math.max(1, Math.floor((perRequest - PER_RANGE_BYTES) / (width * bytesPerCell)));
    for (let top = r.top; top <= r.bottom; top += rowsFit) {
      pieces.push({ ...r, top, bottom: Math.min(r.bottom, top + rowsFit - 1) });
    }
  }
  return pieces;
}

function cellCount(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
