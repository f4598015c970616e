import { CellRange } from "../grid/grid";
import { CellSpec, GeneratedKind, PrintSetup, SheetSpec } from "./sheetSpec";
import { estimateRowHeights } from "./rowHeights";
import { planRowBreaks } from "./pageBreaks";

export const LANDSCAPE_A4: PrintSetup = { orientation: "landscape", paperSize: "A4", fitToWidth: true };

/** Collects the cells, merges and widths of one generated sheet, then hands out a SheetSpec. */
export class SheetBuilder {
  /** `rows[row][col]`: cells at ordinary positions, which then come out in order without sorting. */
  private readonly rows: (PlacedCell[] | undefined)[] = [];
  /** Any other position, keyed by row × 16384 + column (Excel's column limit). */
  private readonly elsewhere = new Map<number, PlacedCell>();
  private readonly merges: CellRange[] = [];
  private readonly blocks: [number, number][] = [];

  constructor(readonly columnWidths: number[]) {}

  set(row: number, col: number, cell: CellSpec): void {
    const placed = { row, col, cell };
    if (isIndex(row, ROW_LIMIT) && isIndex(col, COLUMN_LIMIT)) {
      (this.rows[row] ??= new Array(Math.max(this.columnWidths.length, col + 1)))[col] = placed;
    } else this.elsewhere.set(row * COLUMN_LIMIT + col, placed);
  }

  /** Every cell, by row and then column. */
  private placedCells(): PlacedCell[] {
    const out: PlacedCell[] = [];
    for (let r = 0; r < this.rows.length; r++) {
      const cols = this.rows[r];
      if (!cols) continue;
      for (let c = 0; c < cols.length; c++) if (cols[c]) out.push(cols[c]);
    }
    if (this.elsewhere.size === 0) return out;
    return [...out, ...this.elsewhere.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /** Merge a rectangle; a 1×1 rectangle is not a merge and is ignored. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }

  /** The same cell written over a rectangle: the value at the top-left, the style (borders) everywhere, then merged. */
  setMerged(top: number, left: number, bottom: number, right: number, cell: CellSpec): void {
    const { value: _v, formula: _f, result: _r, link: _l, ...style } = cell;
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) this.set(r, c, r === top && c === left ? cell : style);
    this.merge(top, left, bottom, right);
  }

  /** Rows that should print on one page if they fit (a table with its notes). */
  keepTogether(top: number, bottom: number): void {
    if (bottom >= top) this.blocks.push([top, bottom]);
  }

  build(
    name: string,
    kind: GeneratedKind,
    extra: { print?: PrintSetup; freeze?: SheetSpec["freeze"]; tabColor?: string; autoFilter?: CellRange } = {},
  ): SheetSpec {
    const cells = this.placedCells();
    const spec: SheetSpec = {
      name,
      kind,
      cells,
      merges: [...this.merges],
      columnWidths: [...this.columnWidths],
      print: extra.print ?? LANDSCAPE_A4,
    };
    const heights = estimateRowHeights(cells, spec.merges, spec.columnWidths);
    if (heights.length > 0) spec.rowHeights = heights;
    const lastRow = cells.length > 0 ? cells[cells.length - 1].row : 0;
    const breaks = planRowBreaks(this.blocks, lastRow, heights, spec.columnWidths, spec.print);
    if (breaks.length > 0) spec.rowBreaks = breaks;
    if (extra.freeze) spec.freeze = extra.freeze;
    if (extra.tabColor) spec.tabColor = extra.tabColor;
    if (extra.autoFilter) spec.autoFilter = { ...extra.autoFilter };
    return spec;
  }
}

type PlacedCell = { row: number; col: number; cell: CellSpec };

/** Excel's limits. */
const COLUMN_LIMIT = 16384;
const ROW_LIMIT = 1048576;

function isIndex(n: number, limit: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < limit;
}
