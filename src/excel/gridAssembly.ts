import { CellRange, CellValue, Grid, GridCell } from "../core/grid/grid";

/** Excel's error values as `values` returns them; kept as the cell's text too, as the file adapter does. */
const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|GETTING_DATA)$/;

/**
 * Builds a Grid from blocks of Office data, in the file adapter's convention: absolute 0-based positions; a cell
 * for every value; numFmt unless General; bold only when true; indent only above 0; rows and columns up to the last
 * value.
 */
export class GridAssembly {
  private readonly cells: (GridCell | undefined)[][] = [];
  private rowCount = 0;
  private colCount = 0;
  merges: CellRange[] = [];

  constructor(readonly name: string) {}

  putContent(top: number, left: number, values: unknown[][], formats: unknown[][]): void {
    values.forEach((line, i) => {
      line.forEach((v, j) => {
        if (v === "" || v === null || v === undefined) return;
        const cell: GridCell = { value: v as CellValue };
        const f = formats[i]?.[j];
        if (typeof f === "string" && f !== "General") cell.numFmt = f;
        if (typeof v === "string" && ERROR_VALUE.test(v)) cell.text = v;
        const row = top + i;
        const col = left + j;
        (this.cells[row] ??= [])[col] = cell;
        this.rowCount = Math.max(this.rowCount, row + 1);
        this.colCount = Math.max(this.colCount, col + 1);
      });
    });
  }

  putStyles(rect: CellRange, props: Excel.CellProperties[][]): void {
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        const cell = this.cells[row]?.[col];
        const format = props[row - rect.top]?.[col - rect.left]?.format;
        if (!cell || !format) continue;
        if (format.font?.bold === true) cell.bold = true;
        if (typeof format.indentLevel === "number" && format.indentLevel > 0) cell.indent = format.indentLevel;
      }
    }
  }

  grid(): Grid {
    const cells = Array.from({ length: this.rowCount }, (_, r) => this.cells[r] ?? []);
    return { name: this.name, rowCount: this.rowCount, colCount: this.colCount, cells, merges: this.merges };
  }
}
