import { FakeOfficeError, officeErrors } from "./errors";
import { FakeWorkbookModel } from "./model";
import { ExcelStats, RequestRecord } from "./stats";
import type { FakeClientObject } from "./clientObject";
import { FakeApplication, FakeWorkbook } from "./workbook";

export interface FakeLimits {
  /** Excel on the web: 5 MB per request and per response. */
  maxBytes: number;
  /** Cells one range may hold in a get operation. */
  maxCells: number;
}

export const EXCEL_WEB_LIMITS: FakeLimits = { maxBytes: 5_000_000, maxCells: 5_000_000 };

/** The fixed cost of one statement (an action or an object path) in a request. */
export const STATEMENT_BYTES = 100;

export interface OpResult {
  responseBytes?: number;
  cells?: number;
  /** Applied only when the whole request succeeds (loaded values reach the proxies). */
  commit?: () => void;
}

export interface QueuedOp {
  requestBytes: number;
  rangeOp: boolean;
  run: () => OpResult | void;
}

export interface ContextHooks {
  takeInjectedError(): FakeOfficeError | undefined;
}

/** The fake Excel.RequestContext: queues statements, runs them in order at sync(), measures each request. */
export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: QueuedOp[] = [];
  private readonly objects: FakeClientObject<unknown>[] = [];

  constructor(
    readonly model: FakeWorkbookModel,
    readonly stats: ExcelStats,
    readonly limits: FakeLimits,
    private readonly hooks: ContextHooks,
    /** `Excel.run({ mergeUndoGroup: true })`: every sync of this run is one undo step. */
    readonly mergeUndoGroup = false,
  ) {
    this.application = new FakeApplication(this);
    this.workbook = new FakeWorkbook(this, this.application);
  }

  get pending(): number {
    return this.queue.length;
  }

  get requestIndex(): number {
    return this.stats.requests.length;
  }

  register(obj: FakeClientObject<unknown>): void {
    this.objects.push(obj);
  }

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  async sync<T>(passThrough?: T): Promise<T> {
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    const rec: RequestRecord = {
      index: this.stats.requests.length,
      requestBytes: ops.reduce((n, op) => n + op.requestBytes, 0),
      responseBytes: 0,
      bytes: 0,
      cells: 0,
      statements: ops.length,
      rangeOps: ops.filter((op) => op.rangeOp).length,
    };
    rec.bytes = rec.requestBytes;
    this.stats.requests.push(rec);
    const fail = (e: unknown): never => {
      rec.failed = (e as { code?: string }).code ?? "Error";
      throw e;
    };
    const injected = this.hooks.takeInjectedError();
    if (injected) fail(injected);
    if (rec.requestBytes > this.limits.maxBytes) fail(officeErrors.requestTooLarge());
    const commits: (() => void)[] = [];
    for (const op of ops) {
      let result: OpResult | void = undefined;
      try {
        result = op.run();
      } catch (e) {
        fail(e);
      }
      if (!result) continue;
      rec.responseBytes += result.responseBytes ?? 0;
      rec.cells += result.cells ?? 0;
      if (result.commit) commits.push(result.commit);
    }
    rec.bytes = rec.requestBytes + rec.responseBytes;
    if (rec.responseBytes > this.limits.maxBytes) fail(officeErrors.responseTooLarge());
    for (const commit of commits) commit();
    for (const obj of this.objects) obj.afterSync();
    return passThrough as T;
  }
}

export function jsonLength(v: unknown): number {
  return v === undefined ? 0 : JSON.stringify(v).length;
}
