import { CellRange } from "../core/grid/grid";

/**
 * Text holding a letter: names, headers and labels, whose bold, indent and fill the engine reads. Not "-",
 * "1.234,00" or other number-like text, whose formatting says nothing about the table's structure.
 */
export function isWordText(v: unknown): boolean {
  return typeof v === "string" && /\p{L}/u.test(v);
}

/** What `Range.formulas` gives for a formula cell: its formula with the leading `=`; other cells give their value. */
export function isFormulaText(v: unknown): v is string {
  return typeof v === "string" && v.length > 1 && v.charCodeAt(0) === 61;
}

/** Up to this many rows without a wanted cell between two of a column are read with them: fewer statements. */
const MAX_GAP = 3;

/**
 * Rectangles covering the cells of a block (0-based sheet coordinates of its top-left given) whose entry `wanted`
 * accepts: runs down each column, then neighbouring columns with the same run joined.
 */
export function cellRects(
  entries: unknown[][],
  top: number,
  left: number,
  wanted: (v: unknown) => boolean,
): CellRange[] {
  const columns = entries[0]?.length ?? 0;
  const runs: CellRange[] = [];
  for (let j = 0; j < columns; j++) {
    let start = -1;
    let end = -1;
    const close = () => {
      if (start >= 0) runs.push({ top: top + start, bottom: top + end, left: left + j, right: left + j });
    };
    for (let i = 0; i < entries.length; i++) {
      if (!wanted(entries[i][j])) continue;
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

/** The text cells of a block of values (or of formulas: formula cells are left out, their result is not known yet). */
export function textRects(values: unknown[][], top: number, left: number): CellRange[] {
  return cellRects(values, top, left, (v) => isWordText(v) && !isFormulaText(v));
}

/** The formula cells of a block of `Range.formulas`, whose cached results are read next. */
export function formulaRects(formulas: unknown[][], top: number, left: number): CellRange[] {
  return cellRects(formulas, top, left, isFormulaText);
}
