/**
 * How far opening a workbook file has come, in the work actually done: bytes of the package unpacked, then the
 * worksheets read row by row. A file of another format is converted in one piece first (its reader reports nothing
 * in between). No DOM here: the web page's Web Worker reports this to the page.
 */
export type OpenProgress =
  | { stage: "unzip"; done: number; total: number }
  | { stage: "convert" }
  | {
      stage: "sheets";
      /** Worksheets read completely, of `sheets`. */
      done: number;
      sheets: number;
      /** Rows read of the worksheet being read now (the one after `done`), of `totalRows` (its dimension; 0 when unknown). */
      rows: number;
      totalRows: number;
    };

export type OpenProgressFn = (p: OpenProgress) => void;
