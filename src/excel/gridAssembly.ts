import { CellRange, CellValue, Grid, GridCell } from "../core/grid/grid";
import { isFormulaText, isWordText } from "./textCells";

/** Excel's error values as `values` returns them; kept as the cell's text too, as the file adapter does. */
const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|GETTING_DATA)$/;

const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;

/** A formula cell whose cached result has not been read yet. */
interface PendingFormula {
  formula: string;
  numFmt?: string;
}

/**
 * Builds a Grid from blocks of Office data, in the file adapter's convention: absolute 0-based positions; a cell
 * for every value or formula (formula without `=`, its cached result as the value); numFmt unless General; rows
 * and columns up to the last cell. Bold (only when true), indent (only above 0) and fill (`#RRGGBB`, when the cell
 * has one) are read for text cells only (see isWordText): names and headers, where the engine looks for them. Content comes from `formulas` (which gives the value of a cell without a formula); formula cells get their
 * value from a second read.
 */
export class GridAssembly {
  private readonly cells: (GridCell | undefined)[][] = [];
  private readonly pending = new Map<number, Map<number, PendingFormula>>();
  private rowCount = 0;
  private colCount = 0;
  merges: CellRange[] = [];

  constructor(readonly name: string) {}

  putContent(top: number, left: number, formulas: unknown[][], formats: unknown[][]): void {
    formulas.forEach((line, i) => {
      line.forEach((v, j) => {
        if (v === "" || v === null || v === undefined) return;
        const f = formats[i]?.[j];
        const numFmt = typeof f === "string" && f !== "General" ? f : undefined;
        const row = top + i;
        const col = left + j;
        if (isFormulaText(v)) {
          let pendingRow = this.pending.get(row);
          if (!pendingRow) this.pending.set(row, (pendingRow = new Map()));
          pendingRow.set(col, numFmt === undefined ? { formula: v.slice(1) } : { formula: v.slice(1), numFmt });
          this.extend(row, col);
          return;
        }
        this.put(row, col, v as CellValue, numFmt);
      });
    });
  }

  /**
   * The cached results of formula cells in `rect`. A cell whose value is its own "formula" text was text starting
   * with `=` (typed with a leading apostrophe), not a formula.
   */
  putFormulaValues(rect: CellRange, values: unknown[][]): void {
    for (let row = rect.top; row <= rect.bottom; row++) {
      const pendingRow = this.pending.get(row);
      if (!pendingRow) continue;
      for (let col = rect.left; col <= rect.right; col++) {
        const p = pendingRow.get(col);
        if (!p) continue;
        pendingRow.delete(col);
        const v = values[row - rect.top]?.[col - rect.left] as CellValue | undefined;
        if (v === `=${p.formula}`) this.put(row, col, v, p.numFmt);
        else this.put(row, col, v ?? null, p.numFmt, p.formula);
      }
      if (pendingRow.size === 0) this.pending.delete(row);
    }
  }

  /** The cached result of a formula cell, undefined for any other: whose styles to read when it is text. */
  formulaResult(row: number, col: number): CellValue | undefined {
    const cell = this.cells[row]?.[col];
    return cell?.formula !== undefined ? cell.value : undefined;
  }

  putStyles(rect: CellRange, props: Excel.CellProperties[][]): void {
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        const cell = this.cells[row]?.[col];
        const format = props[row - rect.top]?.[col - rect.left]?.format;
        if (!cell || !format || !isWordText(cell.value)) continue;
        if (format.font?.bold === true) cell.bold = true;
        if (typeof format.indentLevel === "number" && format.indentLevel > 0) cell.indent = format.indentLevel;
        const fill = format.fill;
        if (fill && fill.pattern !== "None" && typeof fill.color === "string" && HEX_COLOR.test(fill.color)) {
          cell.fill = fill.color.toUpperCase();
        }
      }
    }
  }

  grid(): Grid {
    const cells = Array.from({ length: this.rowCount }, (_, r) => this.cells[r] ?? []);
    return { name: this.name, rowCount: this.rowCount, colCount: this.colCount, cells, merges: this.merges };
  }

  private put(row: number, col: number, value: CellValue, numFmt?: string, formula?: string): void {
    const cell: GridCell = { value };
    if (numFmt !== undefined) cell.numFmt = numFmt;
    if (typeof value === "string" && ERROR_VALUE.test(value)) cell.text = value;
    if (formula !== undefined) cell.formula = formula;
    (this.cells[row] ??= [])[col] = cell;
    this.extend(row, col);
  }

  private extend(row: number, col: number): void {
    this.rowCount = Math.max(this.rowCount, row + 1);
    this.colCount = Math.max(this.colCount, col + 1);
  }
}
