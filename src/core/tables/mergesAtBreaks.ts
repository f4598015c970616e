import { CellRange } from "../grid/grid";
import { CellSpec, SheetSpec } from "./sheetSpec";
import { rowPointsOf, textPoints, widthOf } from "./rowHeights";

/**
 * A cell merged down past a page break prints its text on one page only: the sasaran of a table whose program rows
 * fill several pages would be missing from all the others. Each such merge is cut at the breaks, and every piece
 * after the first shows the merged text again (its style too), or `(lanjutan)` where it would not fit the piece's rows
 * (a list of fifteen indikator beside the last program of a sasaran, on a page of its own, was printed cut after the
 * third). A merged figure (the sasaran's share of the budget beside its programs) shows `(lanjutan)` too: printed
 * again beside the next page's programs it read as theirs, and added up twice (printpk38 D5). Merges within a page
 * stay as they are. Changes `spec` in place.
 */
export function splitMergesAtBreaks(spec: SheetSpec, breaks: readonly number[]): void {
  if (breaks.length === 0) return;
  const cutsOf = (m: CellRange) => breaks.filter((b) => b > m.top && b <= m.bottom);
  const crossing = spec.merges.filter((m) => cutsOf(m).length > 0);
  if (crossing.length === 0) return;
  const at = new Map<string, SheetSpec["cells"][number]>();
  const key = (row: number, col: number) => `${row},${col}`;
  const wanted = new Set<string>();
  for (const m of crossing) {
    wanted.add(key(m.top, m.left));
    for (const b of cutsOf(m)) wanted.add(key(b, m.left));
  }
  for (const placed of spec.cells) {
    const k = key(placed.row, placed.col);
    if (wanted.has(k)) at.set(k, placed);
  }
  const merges: CellRange[] = spec.merges.filter((m) => !crossing.includes(m));
  const points = rowPointsOf(spec);
  let added = false;
  for (const m of crossing) {
    const origin = at.get(key(m.top, m.left));
    const tops = [m.top, ...cutsOf(m)];
    tops.forEach((top, i) => {
      const bottom = i + 1 < tops.length ? tops[i + 1] - 1 : m.bottom;
      if (bottom > top || m.right > m.left) merges.push({ top, left: m.left, bottom, right: m.right });
      if (i === 0 || !origin) return;
      const shown = isFigure(origin.cell)
        ? continuedFigure(origin.cell)
        : fitsRows(origin.cell, m, spec.columnWidths, points, top, bottom)
          ? origin.cell
          : { ...origin.cell, value: CONTINUED };
      const there = at.get(key(top, m.left));
      if (there) there.cell = shown;
      else {
        spec.cells.push({ row: top, col: m.left, cell: shown });
        added = true;
      }
    });
  }
  spec.merges = merges.sort((a, b) => a.top - b.top || a.left - b.left);
  if (added) spec.cells.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** What a piece of a merged text shows when the text does not fit it, and a piece of a merged figure. */
export const CONTINUED = "(lanjutan)";

function isFigure(cell: CellSpec): boolean {
  return cell.formula !== undefined || typeof cell.value === "number";
}

/** A merged figure's later piece: its style, `(lanjutan)` for the figure, no sources, note or number format. */
function continuedFigure(cell: CellSpec): CellSpec {
  const { formula: _f, result: _r, sources: _s, note: _n, numFmt: _nf, value: _v, ...style } = cell;
  return { ...style, value: CONTINUED };
}

/** Whether the cell's text, wrapped in the merge's width, fits the rows top–bottom at their written heights. */
function fitsRows(
  cell: CellSpec,
  m: CellRange,
  widths: readonly number[],
  points: (row: number) => number,
  top: number,
  bottom: number,
): boolean {
  if (cell.formula !== undefined || typeof cell.value !== "string" || !cell.wrap) return true;
  let room = 0;
  for (let r = top; r <= bottom; r++) room += points(r);
  return textPoints(cell, widthOf(widths, m.left, m.right)) <= room;
}
