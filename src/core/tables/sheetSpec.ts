import { CellRange } from "../grid/grid";

/**
 * A neutral description of a sheet to write: what both the exceljs writer (CLI, web page) and the
 * Office.js writer (add-in) turn into a real worksheet. Rows and columns are 0-based.
 */
export interface CellSpec {
  /** A literal value. Ignored when `formula` is set. */
  value?: string | number | null;
  /** An Excel formula without the leading `=`, in English function names with `,` separators. */
  formula?: string;
  /** The engine's own value for `formula`, written as the cached result so both agree before recalculation. */
  result?: number | string;
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  /** Indent level (Excel's indentLevel), left-aligned. */
  indent?: number;
  valign?: "top" | "middle" | "bottom";
  border?: boolean;
  /** Background colour, `RRGGBB`. */
  fill?: string;
  fontSize?: number;
  /** An internal link to a cell of this workbook. */
  link?: { sheet: string; cell: string };
  /** A cell the user is expected to fill (Data Pendukung). */
  input?: boolean;
  /** Allowed entries offered as a drop-down list (data validation); other entries are still accepted. */
  validationList?: string[];
  /**
   * The source cells this cell was computed from: A1 addresses of the Pengukuran Kinerja sheet the tables are built
   * from (`N27`), or addresses qualified by their sheet for other sheets (`'Data Pendukung'!F12`).
   */
  sources?: string[];
  /** A cell note (comment) where the host supports notes; the figure's mark says the same in print. */
  note?: string;
}

export type GeneratedKind = "lkjip-table" | "hasil-pemeriksaan" | "data-pendukung";

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  /** Fit all columns on one page width; rows flow onto as many pages as needed. */
  fitToWidth: boolean;
  /** 0-based rows repeated at the top of each printed page. */
  repeatRows?: [number, number];
  /** Page footer in Excel's header/footer codes (`&P` page, `&N` pages), e.g. `&LDinas …&RHalaman &P`. */
  footer?: string;
  /**
   * The number of the sheet's first printed page. Absent: it goes on from the sheet before it in the same print (the
   * officer's own sheets, when the whole workbook is printed).
   */
  firstPageNumber?: number;
  margins?: { left: number; right: number; top: number; bottom: number };
  /**
   * The part of the sheet that prints (`_xlnm.Print_Area`): the tables; notes for the officer sit right of it.
   * Absent: the whole used range prints.
   */
  area?: CellRange;
}

export interface SheetSpec {
  /** Desired sheet name (at most 31 characters, no `[]:*?/\\`). Clashes are resolved by the writer. */
  name: string;
  kind: GeneratedKind;
  /**
   * Data Pendukung only: the cells are rows to add below the officer's in the existing sheet (absolute positions,
   * all of them empty there); nothing else of that sheet is written.
   */
  append?: boolean;
  /** Sparse cells in row-major order. */
  cells: { row: number; col: number; cell: CellSpec }[];
  merges: CellRange[];
  /** Width per column in Excel character units. */
  columnWidths: number[];
  rowHeights?: { row: number; height: number }[];
  print: PrintSetup;
  /**
   * 0-based rows that start a new printed page (a manual page break above each), so that a table which fits on
   * one page is not split. Optional: writers that ignore it only lose the nicer page breaks.
   */
  rowBreaks?: number[];
  freeze?: { rows: number; cols: number };
  /** A table with filter buttons on its header row (the header row and the rows below it). */
  autoFilter?: CellRange;
  /** Tab colour, `RRGGBB`. */
  tabColor?: string;
  /**
   * What the sheet is about where its name does not say it: the sasaran of a sasaran's sheets, whose names number the
   * sasaran in order (`LKjIP SS II`). Kept in the sheet's mark, so that a re-run can tell the officer when a sheet
   * their formulas read now holds another sasaran.
   */
  subject?: string;
}

/** Page margins in inches, as both writers set them where a spec gives none (Excel's own "Normal" is wider). */
export const DEFAULT_MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** The margins a sheet prints with, in inches. */
export function marginsOf(print: PrintSetup | undefined): typeof DEFAULT_MARGINS {
  return { ...DEFAULT_MARGINS, ...(print?.margins ?? {}) };
}

/**
 * The one first page number a spec sets (the report's first sheet, Hasil Pemeriksaan, a new Data Pendukung): the
 * writers take it for theirs wherever they find it, and any other number for the officer's.
 */
export const FIRST_PAGE = 1;
