/**
 * The neutral view of one worksheet that every adapter (exceljs, Office.js, tests) produces
 * and that the engine reads. Rows and columns are 0-based; addresses shown to users are A1.
 */
export type CellValue = string | number | boolean | null;

export interface GridCell {
  /** Raw value: a number, a string as typed, a boolean; for a formula cell, its cached result. */
  value: CellValue;
  /** Number format, e.g. `0.00%`, `#,##0`, `General`. */
  numFmt?: string;
  /** Text as displayed when the adapter knows it (Excel's `text`, e.g. `#####`). */
  text?: string;
  /** Formula without the leading `=`, when the cell holds one. */
  formula?: string;
  /**
   * Bold, indent and fill: every adapter gives them on text cells (a letter in the value: names, headers, labels),
   * where the engine reads them; the Office adapter reads them nowhere else.
   */
  bold?: boolean;
  /** Indent level (Excel's indentLevel). */
  indent?: number;
  /**
   * The colour the cell's fill shows, as `#RRGGBB` (what Office.js reports as `format.fill.color`): theme colours
   * and tints resolved; a patterned fill gives its background colour. Absent when the cell has no fill.
   */
  fill?: string;
}

/** An inclusive rectangle, 0-based. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Worksheet name. */
  name: string;
  rowCount: number;
  colCount: number;
  /** `cells[row][col]`; missing rows, missing cells and `undefined` are empty. */
  cells: (GridCell | undefined)[][];
  merges: CellRange[];
  /**
   * 0-based rows the sheet hides, in order, where the adapter knows them (the package reader does); absent when none
   * are hidden or the adapter cannot tell.
   */
  hiddenRows?: number[];
}
