import { Grid } from "../grid/grid";
import { SheetSpec } from "../tables/sheetSpec";

export interface SheetInfo {
  name: string;
  /** True for a sheet an earlier run generated (listed in the registry). */
  generated: boolean;
}

export type Phase = "membaca" | "memeriksa" | "menulis";

export interface Progress {
  phase: Phase;
  /** Work done and total in this phase (rows or sheets); total 0 when unknown. */
  done: number;
  total: number;
}

export type ProgressFn = (p: Progress) => void;

/**
 * One interface to a workbook, whether it lives in Excel (Office.js adapter) or in a file (exceljs adapter).
 * The task pane talks only to this.
 */
export interface WorkbookPort {
  readonly mode: "excel" | "file";
  /** Visible worksheets in tab order, the registry sheet excluded. */
  listSheets(): Promise<SheetInfo[]>;
  readSheet(name: string, onProgress?: ProgressFn): Promise<Grid>;
  /**
   * Write generated sheets: replaces earlier generated sheets, never a sheet of the user's (see planSheetWrites).
   * Returns the final name of each spec, null where it was not written.
   */
  writeSheets(specs: SheetSpec[], onProgress?: ProgressFn): Promise<(string | null)[]>;
  /** Settings kept in the workbook's registry sheet (e.g. column corrections). */
  readSetting(key: string): Promise<string | null>;
  writeSetting(key: string, value: string): Promise<void>;
  /** Excel only: select a cell so the user sees it. */
  selectCell?(sheet: string, cell: string): Promise<void>;
  /** Excel only: bring a sheet to the front. */
  activateSheet?(name: string): Promise<void>;
}
