import { CellRange } from "../core/grid/grid";
import { isPayloadLimitError } from "./officeErrors";
import { CONTENT_BYTES_PER_CELL, RequestBudget, rowsPerRequest, STATEMENT_BYTES } from "./requestBudget";

/** An area of a sheet whose formulas and values are wanted, under a key of the caller's. */
export interface AreaRequest {
  key: string;
  sheet: string;
  rect: CellRange;
}

/** Part of an area as Excel answered it: `formulas` and `values` of the rows from `top`, columns from `left`. */
export interface ContentBlock {
  top: number;
  left: number;
  formulas: unknown[][];
  values: unknown[][];
}

interface PendingBlock {
  key: string;
  sheet: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** `formulas` and `values` of a cell, each about as large as `values` and `numberFormat` together. */
const BYTES_PER_CELL = 2 * CONTENT_BYTES_PER_CELL;

function split(block: PendingBlock, bytesPerCell: number, budget: RequestBudget): PendingBlock[] {
  const rowsEach = rowsPerRequest(block.columns, bytesPerCell, budget);
  const out: PendingBlock[] = [];
  for (let r = 0; r < block.rows; r += rowsEach)
    out.push({ ...block, top: block.top + r, rows: Math.min(rowsEach, block.rows - r) });
  return out;
}

/**
 * Read the formulas and values of several areas, of several sheets, in as few requests as the payload limit allows:
 * ordinary areas all go in one request. A request Excel refuses for its size is read again in smaller blocks.
 * Blocks come back per key in row order.
 */
export async function readAreas(
  context: Excel.RequestContext,
  areas: AreaRequest[],
  budget: RequestBudget,
): Promise<Map<string, ContentBlock[]>> {
  const result = new Map<string, ContentBlock[]>(areas.map((a) => [a.key, []]));
  let bytesPerCell = BYTES_PER_CELL;
  let pending = areas.flatMap((a) =>
    split(
      {
        key: a.key,
        sheet: a.sheet,
        top: a.rect.top,
        left: a.rect.left,
        rows: a.rect.bottom - a.rect.top + 1,
        columns: a.rect.right - a.rect.left + 1,
      },
      bytesPerCell,
      budget,
    ),
  );
  while (pending.length > 0) {
    const take = requestSize(pending, bytesPerCell, budget);
    const request = pending.slice(0, take);
    const loaded = request.map((b) => {
      const range = context.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(b.top, b.left, b.rows, b.columns);
      range.load("formulas, values");
      return { block: b, range };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request-sized group of areas; ordinary workbooks are one group
      await context.sync();
    } catch (e) {
      if (!isPayloadLimitError(e) || (request.length === 1 && request[0].rows === 1)) throw e;
      bytesPerCell *= 2;
      pending = [...request.flatMap((b) => split(b, bytesPerCell, budget)), ...pending.slice(take)];
      continue;
    }
    let bytes = 0;
    let cells = 0;
    for (const { block, range } of loaded) {
      result.get(block.key)?.push({ top: block.top, left: block.left, formulas: range.formulas, values: range.values });
      bytes += JSON.stringify(range.formulas).length + JSON.stringify(range.values).length;
      cells += block.rows * block.columns;
    }
    // What this answer measured sizes the blocks still to read (long texts cost more than the first estimate).
    const measured = Math.ceil((bytes / cells) * 1.2);
    if (measured > bytesPerCell) bytesPerCell = measured;
    pending = pending.slice(take).flatMap((b) => split(b, bytesPerCell, budget));
  }
  return result;
}

/** How many of the pending blocks fit in one request (at least one). */
function requestSize(pending: PendingBlock[], bytesPerCell: number, budget: RequestBudget): number {
  let bytes = STATEMENT_BYTES;
  let cells = 0;
  let n = 0;
  for (const b of pending) {
    const blockBytes = 4 * STATEMENT_BYTES + b.rows * b.columns * bytesPerCell;
    const blockCells = 2 * b.rows * b.columns;
    if (n > 0 && (bytes + blockBytes > budget.bytes || cells + blockCells > budget.cells)) break;
    bytes += blockBytes;
    cells += blockCells;
    n++;
  }
  return n;
}
