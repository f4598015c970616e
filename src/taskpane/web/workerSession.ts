import { ColumnMap } from "../../core/model/columns";
import { ProgressFn } from "../../core/ports/workbookPort";
import { RowFigures } from "../findings/rowFigures";
import {
  AnalysisSummary,
  GenerateRequest,
  GenerateResult,
  ReadSummary,
  StepCancelled,
} from "../session/workbookSession";
import { FileSession, OpenFileSession, OpenOptions } from "./fileSession";
import { OpeningProgress } from "./openingProgress";
import { DownloadBytes, FileWorkerApi, OpenedFile, WorkerProgress } from "./worker/fileWorkerApi";
import { RpcClient, WorkerLike } from "./worker/rpc";

/** A call that changed what the worker holds: replayed, in order, into a new worker after a Cancel. */
type Change =
  { method: "writeSetting"; arg: { key: string; value: string } } | { method: "generate"; arg: GenerateRequest };

const isPhase = (p: WorkerProgress): p is Extract<WorkerProgress, { phase: unknown }> => "phase" in p;

/**
 * The pane's session on the web page: every call goes to a Web Worker that holds the file, its grids and the engine.
 * Cancel terminates that worker (whatever it is doing) and brings up a new one from the same file with the changes
 * made before the cancelled step (saved column corrections, earlier builds) replayed, so the page stays as it was.
 */
class WorkerSession implements FileSession {
  readonly mode = "file" as const;
  private worker!: WorkerLike;
  private rpc!: RpcClient<FileWorkerApi, WorkerProgress>;
  /** A new worker being brought to where the old one was; calls wait for it. */
  private ready: Promise<void> = Promise.resolve();
  private readonly changes: Change[] = [];
  /** Calls of the pane not answered yet; a Cancel ends them all. */
  private running = 0;
  /** Counts the Cancels: a call that started before the last one never reaches the new worker. */
  private epoch = 0;
  /** The columns of the last analysis, which the worker keeps for a finding's row figures. */
  private analysed: Record<string, ColumnMap> | null = null;
  /** The check made while opening, handed to the pane's first read and analysis instead of asking again. */
  private primed: { read: ReadSummary; analysis: AnalysisSummary } | null = null;
  private written = false;
  private readonly listeners = new Set<() => void>();
  file!: OpenedFile;

  constructor(
    private readonly start: () => WorkerLike,
    private readonly source: File,
  ) {
    this.spawn();
  }

  get hasResult(): boolean {
    return this.written;
  }

  /** Open in the worker, then read and check once, so the pane shows the file at once (and Cancel covers it all). */
  async open(onProgress: (p: WorkerProgress) => void): Promise<void> {
    this.file = await this.rpc.call("open", { file: this.source, fileName: this.source.name }, onProgress);
    const read = await this.rpc.call("read", null);
    const analysis = await this.rpc.call("analyse", { columns: read.columns }, onProgress);
    this.analysed = read.columns;
    this.primed = { read, analysis };
  }

  async read(): Promise<ReadSummary> {
    if (this.primed) return this.primed.read;
    return this.call("read", null);
  }

  async analyse(columns: Record<string, ColumnMap>, onProgress?: ProgressFn): Promise<AnalysisSummary> {
    const primed = this.primed;
    this.primed = null;
    if (primed && sameColumns(primed.read.columns, columns)) return primed.analysis;
    const analysis = await this.call("analyse", { columns }, phases(onProgress));
    this.analysed = columns;
    return analysis;
  }

  rowFigures(sheet: string, row: number): Promise<RowFigures[]> {
    return this.call("rowFigures", { sheet, row });
  }

  async writeSetting(key: string, value: string): Promise<void> {
    await this.change({ method: "writeSetting", arg: { key, value } });
  }

  async generate(request: GenerateRequest, onProgress?: ProgressFn): Promise<GenerateResult> {
    const result = (await this.change({ method: "generate", arg: request }, onProgress)) as GenerateResult;
    if (result.status === "done") this.written = true;
    this.notify();
    return result;
  }

  discardResult(): void {
    this.dropBuilds();
    if (!this.written) return;
    this.written = false;
    this.notify();
  }

  download(): Promise<DownloadBytes> {
    return this.call("download", null);
  }

  cancel(): void {
    if (this.running === 0) return;
    this.epoch++;
    this.worker.terminate();
    this.rpc.failAll(new StepCancelled());
    this.ready = this.restore();
    // A restore that fails shows its error on the next call; none is left unhandled here.
    this.ready.catch(() => undefined);
  }

  close(): void {
    this.worker.terminate();
    this.rpc.failAll(new StepCancelled());
    this.listeners.clear();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private spawn(): void {
    this.worker = this.start();
    this.rpc = new RpcClient<FileWorkerApi, WorkerProgress>(this.worker);
  }

  /** A new worker with the same file, the changes replayed in order, and the last analysis made again. */
  private async restore(): Promise<void> {
    this.spawn();
    await this.rpc.call("open", { file: this.source, fileName: this.source.name });
    for (const change of this.changes) await this.send(change);
    if (this.analysed) {
      await this.rpc.call("read", null);
      await this.rpc.call("analyse", { columns: this.analysed });
    }
  }

  private call<K extends keyof FileWorkerApi & string>(
    method: K,
    arg: Parameters<FileWorkerApi[K]>[0],
    onProgress?: (p: WorkerProgress) => void,
  ): Promise<Awaited<ReturnType<FileWorkerApi[K]>>> {
    return this.step(() => this.rpc.call(method, arg as never, onProgress)) as Promise<
      Awaited<ReturnType<FileWorkerApi[K]>>
    >;
  }

  /** A change is kept for a restore only once the worker has made it. */
  private async change(change: Change, onProgress?: ProgressFn): Promise<unknown> {
    const result = await this.step(() => this.send(change, onProgress));
    if (change.method === "generate") this.dropBuilds();
    this.changes.push(change);
    if (change.method === "writeSetting") this.notify();
    return result;
  }

  /**
   * Forget the builds made so far: the worker builds every time from the file as opened, so a restore needs only the
   * last build, and none once it was discarded (it replayed every earlier one).
   */
  private dropBuilds(): void {
    for (let i = this.changes.length - 1; i >= 0; i--)
      if (this.changes[i].method === "generate") this.changes.splice(i, 1);
  }

  /** One call of the pane: after a restore under way, and ended by a Cancel wherever it is. */
  private async step<T>(send: () => Promise<T>): Promise<T> {
    const epoch = this.epoch;
    this.running++;
    try {
      await this.ready;
      if (epoch !== this.epoch) throw new StepCancelled();
      return await send();
    } finally {
      this.running--;
    }
  }

  private send(change: Change, onProgress?: ProgressFn): Promise<unknown> {
    return change.method === "generate"
      ? this.rpc.call("generate", change.arg, phases(onProgress))
      : this.rpc.call("writeSetting", change.arg);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The worker's phase reports for the pane's own progress bar (opening stages are the page's). */
function phases(onProgress: ProgressFn | undefined): ((p: WorkerProgress) => void) | undefined {
  return onProgress && ((p) => isPhase(p) && onProgress(p));
}

function sameColumns(a: Record<string, ColumnMap>, b: Record<string, ColumnMap>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What the worker says while opening, as the page's opening progress. */
function openingProgress(fileName: string, p: WorkerProgress): OpeningProgress | null {
  if (isPhase(p))
    return p.phase === "memeriksa" ? { fileName, stage: "memeriksa", done: p.done, total: p.total } : null;
  switch (p.stage) {
    case "unzip":
      return { fileName, stage: "membuka", done: p.done, total: p.total };
    case "convert":
      return { fileName, stage: "mengubah" };
    case "sheets":
      return { fileName, stage: "lembar", done: p.done, total: p.sheets, rows: p.rows, totalRows: p.totalRows };
  }
}

/** Sessions whose work runs in workers from `start` (a Web Worker on the page, a loopback in tests). */
export function workerSessions(start: () => WorkerLike): OpenFileSession {
  return async (file: File, options: OpenOptions = {}) => {
    const { onProgress, signal } = options;
    if (signal?.aborted) throw new StepCancelled();
    onProgress?.({ fileName: file.name, stage: "berkas" });
    const session = new WorkerSession(start, file);
    const abort = () => session.close();
    signal?.addEventListener("abort", abort);
    try {
      await session.open((p) => {
        const shown = openingProgress(file.name, p);
        if (shown) onProgress?.(shown);
      });
      return session;
    } catch (e) {
      session.close();
      throw e;
    } finally {
      signal?.removeEventListener("abort", abort);
    }
  };
}
