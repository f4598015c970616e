import { CellRange } from "../core/grid/grid";
import { RequestBudget, STATEMENT_BYTES, STYLE_BYTES_PER_CELL } from "./requestBudget";

/**
 * Text holding a letter: names, headers and labels, whose bold and indent the engine reads. Not "-", "1.234,00"
 * or other number-like text, whose formatting says nothing about the table's structure.
 */
export function isWordText(v: unknown): boolean {
  return typeof v === "string" && /\p{L}/u.test(v);
}

/** Up to this many rows without text between two text cells of a column are read with them: fewer statements. */
const MAX_GAP = 3;

/**
 * Rectangles covering the text cells of a block of values (0-based sheet coordinates of its top-left given):
 * runs down each column, then neighbouring columns with the same run joined.
 */
export function textRects(values: unknown[][], top: number, left: number): CellRange[] {
  const columns = values[0]?.length ?? 0;
  const runs: CellRange[] = [];
  for (let j = 0; j < columns; j++) {
    let start = -1;
    let end = -1;
    const close = () => {
      if (start >= 0) runs.push({ top: top + start, bottom: top + end, left: left + j, right: left + j });
    };
    for (let i = 0; i < values.length; i++) {
      if (!isWordText(values[i][j])) continue;
      if (start >= 0 && i - end - 1 <= MAX_GAP) {
        end = i;
      } else {
        close();
        start = end = i;
      }
    }
    close();
  }
  runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
  const joined: CellRange[] = [];
  for (const r of runs) {
    const last = joined[joined.length - 1];
    if (last && last.top === r.top && last.bottom === r.bottom && last.right + 1 === r.left) last.right = r.right;
    else joined.push({ ...r });
  }
  return joined;
}

/** A range and its getCellProperties call with the options object: two statements and some 50 bytes. */
const PER_RANGE_BYTES = 3 * STATEMENT_BYTES;

/** Group rectangles into requests whose cell properties fit the budget; a rectangle too big alone is cut by rows. */
export function styleRequests(rects: CellRange[], budget: RequestBudget): CellRange[][] {
  const perRequest = budget.bytes - STATEMENT_BYTES;
  const pieces: CellRange[] = [];
  for (const r of rects) {
    const width = r.right - r.left + 1;
    const rowsFit = Math.max(1, Math.floor((perRequest - PER_RANGE_BYTES) / (width * STYLE_BYTES_PER_CELL)));
    for (let top = r.top; top <= r.bottom; top += rowsFit) {
      pieces.push({ ...r, top, bottom: Math.min(r.bottom, top + rowsFit - 1) });
    }
  }
  const requests: CellRange[][] = [];
  let current: CellRange[] = [];
  let bytes = 0;
  for (const p of pieces) {
    const cost = PER_RANGE_BYTES + (p.bottom - p.top + 1) * (p.right - p.left + 1) * STYLE_BYTES_PER_CELL;
    if (current.length > 0 && bytes + cost > perRequest) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(p);
    bytes += cost;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
