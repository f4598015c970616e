import { XmlStyle } from "./spreadsheetMlStyles";
import { Grid } from "../../core/grid/grid";
import { SourceFormat } from "./detectFormat";

/** One sheet read from a file that is not an .xlsx: its cells, and the layout that goes into the new .xlsx. */
export interface SourceSheet {
  grid: Grid;
  /** Width per column in Excel character units; 0 or missing: the default width. */
  columnWidths: number[];
  /** Row heights in points, where the file sets them. */
  rowHeights: { row: number; height: number }[];
  hidden: boolean;
  /** Columns and rows the officer hid (0-based). */
  hiddenColumns?: number[];
  hiddenRows?: number[];
  /**
   * Cell looks for the new .xlsx only (the engine does not read them) by `row:col`: borders and alignment of cells
   * with content (their bold, indent and fill are in the grid), and the whole look of blank cells (a table's empty
   * bordered or filled cells).
   */
  looks?: Map<string, XmlStyle>;
}

/** A defined name worth carrying into the new .xlsx (a user's range or constant, print titles). */
export interface SourceName {
  name: string;
  /** 0-based sheet index of a sheet-scoped name. */
  sheet?: number;
  /** The formula, without the leading `=`. */
  ref: string;
}

export type OtherFormat = Exclude<SourceFormat, "xlsx">;

/** A whole file that is not an .xlsx, read into sheets. */
export interface SourceBook {
  format: OtherFormat;
  sheets: SourceSheet[];
  names: SourceName[];
}

export type SourceReadProblem =
  /** The reader could not make sense of the bytes. */
  | "damaged"
  /** A BIFF workbook encrypted with a password. */
  | "password"
  /** A web page (or saved page) without a table. */
  | "no-table"
  /** Excel's "Web Page" save: the sheets are in a folder beside the page (`detail`: its name). */
  | "web-folder"
  /** A workbook without any sheet. */
  | "no-sheets";

/** A file of a known format whose content cannot be read; `detail` says why, in words a user can act on. */
export class SourceReadError extends Error {
  constructor(
    readonly problem: SourceReadProblem,
    readonly detail = "",
  ) {
    super(detail || problem);
    this.name = "SourceReadError";
  }
}
