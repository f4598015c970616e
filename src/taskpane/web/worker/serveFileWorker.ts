import { FileWorkbook } from "../../../file/fileWorkbook";
import { FileWorkbookError, firstLine } from "../../../file/fileErrors";
import { pipelineEngine } from "../../engine";
import { PortSession } from "../../session/portSession";
import { FileWorkerApi, WorkerProgress } from "./fileWorkerApi";
import { Endpoint, ProgressThrottle, serveRpc, transferring } from "./rpc";

/** A progress bar moves smoothly at 20 updates a second; more would only keep the page's main thread busy. */
const PROGRESS_THROTTLE: ProgressThrottle<WorkerProgress> = {
  everyMs: 50,
  kind: (p) => ("stage" in p ? p.stage : p.phase),
};

interface Opened {
  /** The file as opened, with the settings the officer saved: what is read and checked, and what a build starts from. */
  workbook: FileWorkbook;
  session: PortSession;
  /** A copy of it with the last build's sheets: what is downloaded. */
  result: FileWorkbook | null;
}

/**
 * The worker's side of the web page: one workbook file, opened once, read, checked, built into a copy and packed here. Runs
 * in a Web Worker (fileWorker.ts) and, in the pane's tests, on a loopback channel.
 */
export function serveFileWorker(endpoint: Endpoint): void {
  let current: Opened | null = null;
  const opened = (): Opened => {
    if (!current) throw new Error("Belum ada berkas yang dibuka.");
    return current;
  };

  serveRpc<FileWorkerApi, WorkerProgress>(
    endpoint,
    {
      async open({ file, fileName }, progress) {
        let bytes: ArrayBuffer;
        try {
          bytes = await file.arrayBuffer();
        } catch (e) {
          throw new FileWorkbookError(
            `Berkas "${fileName}" tidak dapat dibaca (${firstLine(e)}).`,
            `The file "${fileName}" cannot be read (${firstLine(e)}).`,
          );
        }
        const workbook = await FileWorkbook.fromBuffer(bytes, fileName, progress);
        current = { workbook, session: new PortSession(workbook, pipelineEngine), result: null };
        return {
          fileName,
          sourceFormat: workbook.sourceFormat,
          macrosLeftOut: workbook.macrosLeftOut,
          downloadName: workbook.downloadName,
        };
      },
      read: (_, progress) => opened().session.read(progress),
      analyse: ({ columns }, progress) => opened().session.analyse(columns, progress),
      rowFigures: ({ sheet, row }) => opened().session.rowFigures(sheet, row),
      async writeSetting({ key, value }) {
        const open = opened();
        // The last build no longer matches the workbook's settings: the next download comes from a new build.
        open.result = null;
        await open.session.writeSetting(key, value);
      },
      // Every build starts from the file as opened (pane42 D2: a second build, after another source was chosen,
      // was written over the first one's sheets and its Data Pendukung, which the officer never had).
      async generate(request, progress) {
        const open = opened();
        const copy = open.workbook.copy();
        const result = await open.session.withPort(copy).generate(request, progress);
        if (result.status === "done") open.result = copy;
        return result;
      },
      async download() {
        const { workbook, result } = opened();
        const bytes = await (result ?? workbook).toBuffer();
        return transferring({ bytes, name: workbook.downloadName }, [bytes]);
      },
    },
    PROGRESS_THROTTLE,
  );
}
