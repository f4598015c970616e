import { ColumnMap } from "../../../core/model/columns";
import { Progress } from "../../../core/ports/workbookPort";
import { SourceFormat } from "../../../file/formats/detectFormat";
import { OpenProgress } from "../../../file/openProgress";
import { RowFigures } from "../../findings/rowFigures";
import { AnalysisSummary, GenerateRequest, GenerateResult, ReadSummary } from "../../session/workbookSession";

/** What the page keeps of an opened file: its name, what it was read as, and the name its result downloads under. */
export interface OpenedFile {
  fileName: string;
  sourceFormat: SourceFormat;
  /** The file (.xls, .ods) holds macros its .xlsx result cannot keep. */
  macrosLeftOut: boolean;
  downloadName: string;
}

/** The workbook with the generated sheets, as .xlsx bytes (moved to the page, not copied). */
export interface DownloadBytes {
  bytes: ArrayBuffer;
  name: string;
}

/**
 * What the web page's worker does. The file, its grids, the models and the engine stay in the worker; what comes
 * back is what the page shows. Each call runs to its end unless the page terminates the worker (Cancel).
 */
// A type, not an interface: only a type literal satisfies the RPC's `Api` index signature.
export type FileWorkerApi = {
  /** Read the file (a Blob crosses without copying its bytes) and every sheet of the user's in it. */
  open(arg: { file: Blob; fileName: string }): Promise<OpenedFile>;
  read(arg: null): Promise<ReadSummary>;
  analyse(arg: { columns: Record<string, ColumnMap> }): Promise<AnalysisSummary>;
  rowFigures(arg: { sheet: string; row: number }): Promise<RowFigures[]>;
  writeSetting(arg: { key: string; value: string }): Promise<void>;
  generate(arg: GenerateRequest): Promise<GenerateResult>;
  download(arg: null): Promise<DownloadBytes>;
};

/** Progress as the worker reports it: opening a file (its own stages), or a phase of reading, checking, writing. */
export type WorkerProgress = OpenProgress | Progress;
