import { CellRange } from "../grid/grid";

/**
 * Finds the merge covering a cell. Merges are listed per column, sorted by their top row; merges do not overlap,
 * so a binary search finds the only candidate. Building is linear in the merged columns, not in merged cells, so a
 * tujuan merged over 20,000 rows costs one entry.
 */
export class MergeIndex {
  private readonly byCol = new Map<number, CellRange[]>();
  /**
   * Per column, its merges and the last row any of them covers: merges mostly sit in the title and header, and
   * every data row below them is answered without a search.
   */
  private readonly lists: (CellRange[] | undefined)[] = [];
  private readonly lastRow: number[] = [];

  constructor(merges: readonly CellRange[], rowCount: number, colCount: number) {
    for (const m of merges) {
      const range = clamp(m, rowCount, colCount);
      if (!range) continue;
      for (let col = range.left; col <= range.right; col++) {
        const list = this.byCol.get(col);
        if (list) list.push(range);
        else this.byCol.set(col, [range]);
      }
    }
    for (const [col, list] of this.byCol) {
      list.sort((a, b) => a.top - b.top);
      this.lists[col] = list;
      let last = -1;
      for (const m of list) if (m.bottom > last) last = m.bottom;
      this.lastRow[col] = last;
    }
  }

  /** The merge covering the cell, if any. */
  find(row: number, col: number): CellRange | undefined {
    const list = this.lists[col];
    if (list === undefined || row > this.lastRow[col]) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].top <= row) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Overlapping merges are invalid in Excel; should a file hold some, look back a little for one that covers.
    for (let k = found; k >= 0 && k > found - 4; k--) if (list[k].bottom >= row) return list[k];
    return undefined;
  }

  /** True when the cell is inside a merge but is not its top-left (master) cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.find(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }
}

/** A merge cut to the grid, or null when it is malformed or covers a single cell. */
function clamp(m: CellRange, rowCount: number, colCount: number): CellRange | null {
  const ok = [m.top, m.left, m.bottom, m.right].every((n) => Number.isInteger(n) && n >= 0);
  if (!ok || m.bottom < m.top || m.right < m.left) return null;
  if (m.top >= rowCount || m.left >= colCount) return null;
  const range = {
    top: m.top,
    left: m.left,
    bottom: Math.min(m.bottom, rowCount - 1),
    right: Math.min(m.right, colCount - 1),
  };
  if (range.top === range.bottom && range.left === range.right) return null;
  return range;
}
