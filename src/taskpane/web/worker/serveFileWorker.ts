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
  workbook: FileWorkbook;
  session: PortSession;
}

/**
 * The worker's side of the web page: one workbook file, opened once, read, checked, written and packed here. Runs
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
        current = { workbook, session: new PortSession(workbook, pipelineEngine) };
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
      writeSetting: ({ key, value }) => opened().session.writeSetting(key, value),
      generate: (request, progress) => opened().session.generate(request, progress),
      async download() {
        const { workbook } = opened();
        const bytes = await workbook.toBuffer();
        return transferring({ bytes, name: workbook.downloadName }, [bytes]);
      },
    },
    PROGRESS_THROTTLE,
  );
}
