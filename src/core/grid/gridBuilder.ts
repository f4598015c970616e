import { CellRange, CellValue, Grid, GridCell } from "./grid";

/**
 * Build a Grid from plain rows, for tests and samples: each entry is a raw value or a full GridCell.
 */
export function gridFromRows(
  name: string,
  rows: (CellValue | GridCell | undefined)[][],
  merges: CellRange[] = [],
): Grid {
  const cells: (GridCell | undefined)[][] = rows.map((row) =>
    row.map((v) => {
      if (v === undefined || v === null || v === "") return undefined;
      if (typeof v === "object") return v;
      return { value: v };
    }),
  );
  const colCount = rows.reduce((m, r) => Math.max(m, r.length), 0);
  return { name, rowCount: rows.length, colCount, cells, merges };
}

export function cellAt(grid: Grid, row: number, col: number): GridCell | undefined {
  return grid.cells[row]?.[col];
}
