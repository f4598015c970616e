import { CellRange } from "../grid/grid";
import { CellSpec, GeneratedKind, PrintSetup, SheetSpec } from "./sheetSpec";
import { estimateRowHeights } from "./rowHeights";
import { planRowBreaks } from "./pageBreaks";

export const LANDSCAPE_A4: PrintSetup = { orientation: "landscape", paperSize: "A4", fitToWidth: true };

/** Collects the cells, merges and widths of one generated sheet, then hands out a SheetSpec. */
export class SheetBuilder {
  /** Keyed by row × 16384 + column (Excel's column limit), cheaper than string keys on large sheets. */
  private readonly cells = new Map<number, { row: number; col: number; cell: CellSpec }>();
  private readonly merges: CellRange[] = [];
  private readonly blocks: [number, number][] = [];

  constructor(readonly columnWidths: number[]) {}

  set(row: number, col: number, cell: CellSpec): void {
    this.cells.set(row * 16384 + col, { row, col, cell });
  }

  /** Merge a rectangle; a 1×1 rectangle is not a merge and is ignored. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }

  /** The same cell written over a rectangle: the value at the top-left, the style (borders) everywhere, then merged. */
  setMerged(top: number, left: number, bottom: number, right: number, cell: CellSpec): void {
    const { value: _v, formula: _f, result: _r, link: _l, ...style } = cell;
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) this.set(r, c, r === top && c === left ? cell : style);
    this.merge(top, left, bottom, right);
  }

  /** Rows that should print on one page if they fit (a table with its notes). */
  keepTogether(top: number, bottom: number): void {
    if (bottom >= top) this.blocks.push([top, bottom]);
  }

  build(
    name: string,
    kind: GeneratedKind,
    extra: { print?: PrintSetup; freeze?: SheetSpec["freeze"]; tabColor?: string } = {},
  ): SheetSpec {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
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
    return spec;
  }
}
