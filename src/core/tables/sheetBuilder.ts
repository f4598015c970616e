import { splitMergesAtBreaks } from "./mergesAtBreaks";
import { CellRange } from "../grid/grid";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../grid/excelLimits";
import { CellSpec, GeneratedKind, PrintSetup, SheetSpec } from "./sheetSpec";
import { estimateRowHeights, rowPointsOf } from "./rowHeights";
import { planRowBreaks, TableRows } from "./pageBreaks";
import { pageGeometry } from "./pageGeometry";
import { fitNumberColumns } from "./numberWidths";
import { oneAmountFormatPerColumn } from "./amountFormats";
import { FigureMarker } from "./figureMarks";
import { TableGap } from "./tableGaps";

export const LANDSCAPE_A4: PrintSetup = { orientation: "landscape", paperSize: "A4", fitToWidth: true };

/** Notes for the officer go right of the printed columns, after a narrow gap. */
const NOTE_GAP_WIDTH = 2;
const NOTE_WIDTH = 80;
export const SIDE_NOTE_HEADING = "Catatan untuk petugas (di luar area cetak, tidak tercetak)";

export interface BuilderOptions {
  /** Marks figures computed from source rows with an error finding (draft mode). */
  marker?: FigureMarker;
}

/** Collects the cells, merges and widths of one generated sheet, then hands out a SheetSpec. */
export class SheetBuilder {
  /**
   * Cells written in row-major order, each after the one before (how tables are written), and `late` the few
   * written above the last of them (a total row filled in after its rows), in the order written; null once a cell
   * lies outside Excel's grid: from then on every cell is in `rows` and `elsewhere`.
   */
  private ordered: PlacedCell[] | null = [];
  private late: PlacedCell[] = [];
  /** `rows[row][col]`: cells at ordinary positions, which then come out in order without sorting. */
  private readonly rows: (PlacedCell[] | undefined)[] = [];
  /** Any other position, keyed by row × 16384 + column (Excel's column limit). */
  private readonly elsewhere = new Map<number, PlacedCell>();
  private readonly merges: CellRange[] = [];
  /** Tables in the order written: the page planner keeps each on one page when it fits. */
  readonly tables: TableRows[] = [];
  private readonly sideNotes = new Map<number, string[]>();
  private readonly keptWithNext: number[] = [];
  /** Cells left empty in a table, with the reason (become findings in Hasil Pemeriksaan). */
  readonly gaps: TableGap[] = [];
  /** How many cells the marker has marked so far (a table compares before and after to add its footnote). */
  marked = 0;

  constructor(
    readonly columnWidths: number[],
    private readonly options: BuilderOptions = {},
  ) {}

  set(row: number, col: number, cell: CellSpec): void {
    let written = cell;
    if (cell.sources && this.options.marker) {
      const m = this.options.marker.mark(cell);
      if (m) {
        written = m;
        this.marked++;
      }
    }
    const placed = { row, col, cell: written };
    const ordered = this.ordered;
    if (ordered !== null) {
      if (isIndex(row, EXCEL_ROWS) && isIndex(col, EXCEL_COLUMNS)) {
        const last = ordered.length > 0 ? ordered[ordered.length - 1] : null;
        if (last === null || row > last.row || (row === last.row && col > last.col)) ordered.push(placed);
        else this.late.push(placed);
        return;
      }
      // A late cell was written after every ordered cell at its position or before it: placing the ordered
      // ones first, then the late ones in their order, keeps the last written at each position.
      this.ordered = null;
      for (const p of ordered) this.place(p);
      for (const p of this.late) this.place(p);
      this.late = [];
    }
    this.place(placed);
  }

  private place(placed: PlacedCell): void {
    const { row, col } = placed;
    if (isIndex(row, EXCEL_ROWS) && isIndex(col, EXCEL_COLUMNS)) {
      (this.rows[row] ??= new Array(Math.max(this.columnWidths.length, col + 1)))[col] = placed;
    } else this.elsewhere.set(row * EXCEL_COLUMNS + col, placed);
  }

  /** Every cell, by row and then column. */
  private placedCells(): PlacedCell[] {
    if (this.ordered !== null) return mergeLate(this.ordered, this.late);
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
    const { value: _v, formula: _f, result: _r, link: _l, sources: _s, note: _n, ...style } = cell;
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) this.set(r, c, r === top && c === left ? cell : style);
    this.merge(top, left, bottom, right);
  }

  /** A table's rows: the page planner prints it on one page when it fits, else breaks it between data rows. */
  addTable(t: TableRows): void {
    this.tables.push(t);
  }

  /** A row printed on the same page as the row under it (a program or kegiatan row with its first item). */
  keepWithNext(row: number): void {
    this.keptWithNext.push(row);
  }

  /** A note for the officer beside `row`, right of the printed area (several on one row are joined). */
  sideNote(row: number, text: string): void {
    const list = this.sideNotes.get(row) ?? [];
    if (!list.includes(text)) list.push(text);
    this.sideNotes.set(row, list);
  }

  gap(g: TableGap): void {
    this.gaps.push(g);
  }

  build(
    name: string,
    kind: GeneratedKind,
    extra: {
      print?: PrintSetup;
      freeze?: SheetSpec["freeze"];
      tabColor?: string;
      /** A table with filter buttons on its header row. */
      autoFilter?: CellRange;
      /** The sheet holds one table taller than a page: its header rows print on every page. */
      repeatTableHeader?: boolean;
    } = {},
  ): SheetSpec {
    const printed = this.columnWidths.length;
    const hasNotes = this.sideNotes.size > 0;
    if (hasNotes) this.writeSideNotes(printed);
    const cells = oneAmountFormatPerColumn(this.placedCells(), this.tables);
    const spec: SheetSpec = {
      name,
      kind,
      cells,
      merges: [...this.merges],
      columnWidths: [...this.columnWidths],
      print: { ...(extra.print ?? LANDSCAPE_A4) },
    };
    fitNumberColumns(spec);
    if (hasNotes) spec.columnWidths.push(NOTE_GAP_WIDTH, NOTE_WIDTH);
    const heights = estimateRowHeights(cells, spec.merges, spec.columnWidths);
    if (heights.length > 0) spec.rowHeights = heights;
    let lastRow = 0;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c.col < printed && c.row > lastRow) lastRow = c.row;
    }
    if (hasNotes) spec.print.area = { top: 0, left: 0, bottom: lastRow, right: printed - 1 };
    const { capacity } = pageGeometry(spec.columnWidths.slice(0, printed), spec.print);
    const single = extra.repeatTableHeader && this.tables.length === 1 ? this.tables[0] : null;
    const unbreakable = spec.merges.filter((m) => m.bottom > m.top).map((m): [number, number] => [m.top, m.bottom]);
    for (const row of this.keptWithNext) unbreakable.push([row, row + 1]);
    const plan = (repeatRows?: [number, number]) =>
      planRowBreaks({
        lastRow,
        rowPoints: rowPointsOf(spec),
        capacity,
        tables: this.tables,
        repeatRows,
        unbreakable,
        titleWithTable: single !== null,
      });
    // A sheet without tables (Hasil Pemeriksaan, Data Pendukung) flows onto pages by itself.
    let breaks = this.tables.length > 0 ? plan() : [];
    const repeated = single && breaks.length > 0 ? continuedHeader(single, breaks) : null;
    if (repeated) {
      spec.print.repeatRows = [...repeated];
      breaks = plan(spec.print.repeatRows);
    }
    if (breaks.length > 0) {
      spec.rowBreaks = breaks;
      splitMergesAtBreaks(spec, breaks);
    }
    if (extra.freeze) spec.freeze = extra.freeze;
    if (extra.tabColor) spec.tabColor = extra.tabColor;
    if (extra.autoFilter) spec.autoFilter = { ...extra.autoFilter };
    return spec;
  }

  private writeSideNotes(printed: number): void {
    const col = printed + 1;
    this.set(0, col, { value: SIDE_NOTE_HEADING, bold: true, fontSize: 9 });
    for (const [row, texts] of this.sideNotes) {
      this.set(Math.max(1, row), col, { value: texts.join(" · "), italic: true, fontSize: 9 });
    }
  }
}

/**
 * Ordered cells with the late ones put in their places: at one position the late cell wins (it was written after
 * the ordered one, which had been written before anything below it), and of late cells the last written.
 */
function mergeLate(ordered: PlacedCell[], late: PlacedCell[]): PlacedCell[] {
  if (late.length === 0) return ordered.slice();
  const sorted = late
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.row - b.p.row || a.p.col - b.p.col || a.i - b.i)
    .map((x) => x.p)
    .filter((p, i, all) => i + 1 === all.length || all[i + 1].row !== p.row || all[i + 1].col !== p.col);
  // The ordered cells between late ones are copied as whole slices: a table has tens of thousands of them.
  const pieces: PlacedCell[][] = [];
  let from = 0;
  for (const p of sorted) {
    const at = firstNotBefore(ordered, p, from);
    pieces.push(ordered.slice(from, at), [p]);
    from = at < ordered.length && ordered[at].row === p.row && ordered[at].col === p.col ? at + 1 : at;
  }
  pieces.push(ordered.slice(from));
  return ([] as PlacedCell[]).concat(...pieces);
}

/** The first index at or after `from` whose cell is not before p in row-major order (ordered is sorted). */
function firstNotBefore(ordered: PlacedCell[], p: PlacedCell, from: number): number {
  let lo = from;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const q = ordered[mid];
    if (q.row < p.row || (q.row === p.row && q.col < p.col)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The header rows every continued page repeats (print titles are one range per sheet): the header of the part whose
 * data rows the pages continue, or null when a page begins elsewhere (at another part, which brings its own
 * header: repeating the first part's header there would head the wrong table).
 */
function continuedHeader(t: TableRows, breaks: number[]): [number, number] | null {
  const parts = [{ header: t.header, body: t.body }, ...(t.parts ?? [])];
  let best = parts[0];
  let most = -1;
  for (const part of parts) {
    const n = breaks.filter((b) => b > part.header[1] && b <= part.body[1]).length;
    if (n > most) {
      best = part;
      most = n;
    }
  }
  // The rows of each part, from its header (the first part from the caption) to its last data row.
  const spans = parts.map((part, i) => [i === 0 ? t.top : part.header[0], part.body[1]] as const);
  const elsewhere = breaks.some((b) => spans.some(([from, to], i) => parts[i] !== best && b >= from && b <= to));
  return elsewhere ? null : best.header;
}

type PlacedCell = { row: number; col: number; cell: CellSpec };

function isIndex(n: number, limit: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < limit;
}
