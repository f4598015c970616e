import { CellRange } from "../core/grid/grid";

export interface ValuedCell<V> {
  row: number;
  col: number;
  value: V;
}

export interface ValuedRect<V> {
  rect: CellRange;
  value: V;
}

/**
 * Cover cells that share a value with as few rectangles as a simple sweep finds: runs of neighbouring cells along
 * each row, then identical runs in consecutive rows stacked into one rectangle. Formatting is then one statement per
 * rectangle instead of one per cell.
 */
export function groupIntoRects<V extends string | number | boolean>(cells: ValuedCell<V>[]): ValuedRect<V>[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const result: ValuedRect<V>[] = [];
  let open = new Map<string, ValuedRect<V>>();
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i].row;
    const next = new Map<string, ValuedRect<V>>();
    while (i < sorted.length && sorted[i].row === row) {
      const start = sorted[i];
      let end = start;
      while (
        i + 1 < sorted.length &&
        sorted[i + 1].row === row &&
        sorted[i + 1].col === end.col + 1 &&
        sorted[i + 1].value === start.value
      ) {
        end = sorted[++i];
      }
      i++;
      const key = `${start.col}:${end.col}:${typeof start.value}:${String(start.value)}`;
      const above = open.get(key);
      if (above && above.rect.bottom === row - 1) {
        above.rect.bottom = row;
        next.set(key, above);
      } else {
        const fresh = { rect: { top: row, bottom: row, left: start.col, right: end.col }, value: start.value };
        result.push(fresh);
        next.set(key, fresh);
      }
    }
    open = next;
  }
  return result;
}
