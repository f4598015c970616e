import { SavedSource } from "../../core/workbook/columnSettings";
import { ColumnMap, Layout } from "../../core/model/columns";
import { Lang } from "../../core/numbers/format";
import { ModelCounts } from "../../core/model/counts";
import { Finding } from "../../core/model/finding";
import { SkippedSheet } from "../../core/pipeline";
import { ProgressFn, UndoSupport, WorkbookPort, WriteReport } from "../../core/ports/workbookPort";
import { RowFigures } from "../findings/rowFigures";

/**
 * What the pane shows of a recognised sheet. The model itself (and the grid it was read from) stays where the
 * workbook is: on the main thread in Excel, in the Web Worker on the web page.
 */
export interface RecognisedSheet extends SourceSheet {
  /** Columns the engine recognised, corrections included. */
  columns: ColumnMap;
  counts: ModelCounts;
  /** The header text of every column of the sheet, for the column pickers. */
  headers: string[];
}

/** One analysis as the pane shows it: plain data, so it can cross from a Web Worker as it is. */
export interface AnalysisSummary {
  /** Recognised sheets in workbook order. */
  sheets: RecognisedSheet[];
  findings: Finding[];
  skipped: SkippedSheet[];
  /** The officer's hidden sheets, which are not read: named when no table is found among the others. */
  hiddenSheets: string[];
  /** The sheet the LKjIP tables are built from unless the officer chooses (latest triwulan of the latest year). */
  latest: string | undefined;
}

/** What reading the workbook gave besides the grids: the saved column corrections. */
export interface ReadSummary {
  /** Saved column corrections per sheet name. */
  columns: Record<string, ColumnMap>;
  /** Sheets whose saved corrections could not be read and were ignored. */
  unreadableSettings: string[];
  /** The source sheet the officer chose when the tables were last built (SOURCE_SETTING); absent if none. */
  source?: SavedSource;
}

export interface GenerateRequest {
  /** The source the officer chose in Kenali; undefined: the latest recognised sheet. */
  sheet: string | undefined;
  /** The pane's language: the Hasil Pemeriksaan sheet is written in it. */
  lang: Lang;
  /** Generated sheets the officer edited that are to be replaced anyway, by name. */
  replaceEdited?: string[];
}

/** The sheet the tables were built from, as the result names it. */
export interface SourceSheet {
  sheet: string;
  layout: Layout;
  triwulan: number | null;
  tahun: number | null;
  /** An Evaluasi Renja semester form: its triwulan 2 is Semester I, 4 Semester II. */
  semester?: true;
}

/** How a read → check → write run ended (an error is thrown instead). */
export type GenerateResult =
  | {
      status: "done";
      source: SourceSheet;
      /** Errors the source sheet still holds: the tables carry those figures. */
      sourceErrors: number;
      /**
       * What the run itself noted (a table cell left empty and why, a Data Pendukung row that matches nothing): listed
       * in Hasil Pemeriksaan beside the source's findings, and not among those the Periksa step counts.
       */
      tableNotes: number;
      /**
       * Of those, the ones that change what the tables say (a warning or an error: the programs of the other bidang's
       * sheets left out, a Data Pendukung row that matches nothing): shown in the result, not only in Hasil Pemeriksaan.
       */
      tableWarnings: Finding[];
      /** The Data Pendukung sheet this run created, to be filled in; null when it existed already. */
      dataPendukung: string | null;
      report: WriteReport;
    }
  | { status: "noTable"; skipped: SkippedSheet[]; hiddenSheets: string[] };

/**
 * The pane's one way to its workbook: read it, check it, explain a finding's row, build the LKjIP sheets. In Excel
 * this runs on the main thread over the Office adapter (PortSession); on the web page in a Web Worker, where the
 * file, its grids and the engine stay, and only these summaries come back.
 */
export interface WorkbookSession {
  readonly mode: WorkbookPort["mode"];
  /** Read (again) every sheet of the user's and the saved column corrections. */
  read(onProgress?: ProgressFn): Promise<ReadSummary>;
  /** Check what was read last, with these column corrections. */
  analyse(columns: Record<string, ColumnMap>, onProgress?: ProgressFn): Promise<AnalysisSummary>;
  /** What the engine read in a row (1-based) of a recognised sheet, in the last analysis. */
  rowFigures(sheet: string, row: number): Promise<RowFigures[]>;
  writeSetting(key: string, value: string): Promise<void>;
  /** Read → check → write the LKjIP sheets. */
  generate(request: GenerateRequest, onProgress?: ProgressFn): Promise<GenerateResult>;
  /** Where the work can be stopped (the web page's worker): ends the running step, the workbook as before it. */
  cancel?(): void;
  /**
   * Where a build's result lives apart from the workbook (the web page's download): drop it, because what the pane
   * would build now differs (another source sheet, other columns); the download waits for the next build. In Excel
   * the written sheets are the workbook's, and stay.
   */
  discardResult?(): void;
  /** Excel only (see WorkbookPort). */
  selectCell?(sheet: string, cell: string): Promise<void>;
  activateSheet?(name: string): Promise<void>;
  undoSupport?(): UndoSupport;
  watchSheets?(names: string[], onChange: (sheet: string) => void): Promise<() => Promise<void>>;
}

/** A step stopped by the officer (Cancel): not an error to show; the pane goes back to where it was. */
export class StepCancelled extends Error {
  constructor() {
    super("Dibatalkan.");
    this.name = "StepCancelled";
  }
}

/** Also true for a StepCancelled that crossed from a worker as plain data. */
export function isCancelled(error: unknown): boolean {
  return error instanceof StepCancelled || (error instanceof Error && error.name === "StepCancelled");
}
