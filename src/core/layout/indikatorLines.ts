import { Grid, GridCell } from "../grid/grid";
import { CellReader } from "./readCells";

/**
 * Several indikator written in one row, one per line of each cell (Alt+Enter), in either family: the names `Angka
 * Partisipasi Murni SD/MI⏎Angka Partisipasi Murni SMP/MTs`, the satuan `%⏎%` and every figure `59,61⏎72,30`. How
 * many: the name's lines, when every figure cell (target, realisasi, capaian; an Evaluasi Renja form's K and %) with
 * content holds as many lines (a name wrapped by hand over two lines beside figures of one line each is one
 * indikator); 1 otherwise.
 */
export function indikatorLineCount(
  reader: CellReader,
  row: number,
  col: number | undefined,
  /** The figure columns of the indikator's half of the row. */
  figures: readonly (number | undefined)[],
): number {
  if (col === undefined || reader.merges.isCovered(row, col)) return 1;
  const count = linesOf(reader.cell(row, col))?.length ?? 1;
  if (count < 2) return 1;
  let split = false;
  for (const figure of figures) {
    if (figure === undefined) continue;
    const cell = reader.cell(row, figure);
    if (cell === undefined || cell.value === null || cell.value === "") continue;
    // One `-` for all of them (none set or achieved yet) is each line's dash.
    if (reader.isDash(row, figure)) continue;
    if (reader.merges.isCovered(row, figure) || linesOf(cell)?.length !== count) return 1;
    split = true;
  }
  return split ? count : 1;
}

/**
 * What `read` finds in a row: once, or once per line with its `line` (1-based) when the row holds several indikator
 * one per line (indikatorLineCount), each line read from lineOfRow; the lines' findings go to `reader`'s. `figures`
 * is asked only of a row whose name cell has several lines.
 */
export function readPerLine<T extends object>(
  reader: CellReader,
  row: number,
  nameCol: number | undefined,
  figures: () => readonly (number | undefined)[],
  read: (lineReader: CellReader) => T | null,
): (T & { line?: number })[] {
  const count = hasLines(reader.cell(row, nameCol ?? -1)) ? indikatorLineCount(reader, row, nameCol, figures()) : 1;
  if (count === 1) {
    const one = read(reader);
    return one ? [one] : [];
  }
  const out: (T & { line: number })[] = [];
  for (let line = 0; line < count; line++) {
    const lineReader = new CellReader(lineOfRow(reader.grid, row, line, count, nameCol));
    const found = read(lineReader);
    reader.findings.push(...lineReader.findings);
    if (found) out.push({ ...found, line: line + 1 });
  }
  return out;
}

/**
 * The sheet as line `line` (0-based) of the row reads: each of the row's cells holding `count` lines shows that line,
 * the others (a satuan or a `-` written once for all, the Rp figures of the node) stay as they are. Addresses are the
 * row's. In the names column a line's list number (`1. `, `b) `) is no part of the name.
 */
export function lineOfRow(grid: Grid, row: number, line: number, count: number, nameCol?: number): Grid {
  const cells = grid.cells.slice();
  cells[row] = (grid.cells[row] ?? []).map((cell, col) => {
    const lines = linesOf(cell);
    if (lines?.length !== count) return cell;
    const value = col === nameCol ? lines[line].replace(LIST_NUMBER, "") : lines[line];
    return { ...(cell as GridCell), value };
  });
  return { ...grid, cells };
}

/** `1. `, `2) `, `a. ` before a line of a list. */
const LIST_NUMBER = /^(?:\d{1,2}|[a-z])[.)]\s+/;

/** A text cell with a line break. */
function hasLines(cell: GridCell | undefined): boolean {
  const v = cell?.value;
  return typeof v === "string" && /[\r\n]/.test(v);
}

/** The lines of a text cell, trailing empty lines dropped; null for any other cell. */
function linesOf(cell: GridCell | undefined): string[] | null {
  if (!hasLines(cell)) return null;
  const v = cell?.value as string;
  const lines = v.split(/\r?\n|\r/).map((l) => l.trim());
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
