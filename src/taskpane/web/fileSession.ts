import { WorkbookSession } from "../session/workbookSession";
import { OpeningProgress } from "./openingProgress";
import { DownloadBytes, OpenedFile } from "./worker/fileWorkerApi";

export type { DownloadBytes, OpenedFile } from "./worker/fileWorkerApi";

/** An opened file on the web page: the pane's session, plus what the page itself does with the file. */
export interface FileSession extends WorkbookSession {
  readonly file: OpenedFile;
  /** LKjIP sheets were written since the file was opened: there is something to download. */
  readonly hasResult: boolean;
  /** The workbook with what was written, as .xlsx bytes. */
  download(): Promise<DownloadBytes>;
  /** Stop the running step; the file stays open as it was before it. */
  cancel(): void;
  /** Called after every write (sheets or settings); returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** The page is done with this file. */
  close(): void;
}

export interface OpenOptions {
  onProgress?(p: OpeningProgress): void;
  /** Aborting stops the opening at once (Cancel); the promise then rejects with StepCancelled. */
  signal?: AbortSignal;
}

/** Open a picked or dropped file: read, checked once, ready for the pane. */
export type OpenFileSession = (file: File, options?: OpenOptions) => Promise<FileSession>;
