/*
 * A small typed request/response protocol over postMessage, for the web page's Web Worker: each call carries an id;
 * the worker answers with progress messages, then one result or one error. Only plain data crosses (structured
 * clone); a result may hand over ArrayBuffers instead of copying them (`transferring`). No DOM, no Node.
 */

/** One end of the channel: a Worker seen from the page, the worker's own scope, or a test's loopback. */
export interface Endpoint {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

/** A worker the page can stop at once, whatever it is doing. */
export interface WorkerLike extends Endpoint {
  terminate(): void;
}

/** The methods a worker offers: each takes one argument and resolves to plain data. */
export type Api = { [method: string]: (arg: any) => Promise<unknown> };

type ArgOf<F> = F extends (arg: infer A) => Promise<unknown> ? A : never;
type ResultOf<F> = F extends (arg: never) => Promise<infer R> ? R : never;

export type Request<A extends Api> = { [K in keyof A & string]: { id: number; method: K; arg: ArgOf<A[K]> } }[keyof A &
  string];

/** An error as it crosses: its name (so a cancellation stays one) and its message, never a stack. */
export interface ErrorData {
  name: string;
  message: string;
  /** The message in English, where the error has one (FileWorkbookError). */
  en?: string;
}

export type Reply<P> =
  | { id: number; kind: "progress"; progress: P }
  | { id: number; kind: "result"; value: unknown }
  | { id: number; kind: "error"; error: ErrorData };

const TRANSFER = Symbol("transfer");

/** A result whose buffers move to the page instead of being copied (the download's bytes). */
export interface Transferring<T> {
  [TRANSFER]: Transferable[];
  value: T;
}

export function transferring<T>(value: T, transfer: Transferable[]): Transferring<T> {
  return { [TRANSFER]: transfer, value };
}

function isTransferring(v: unknown): v is Transferring<unknown> {
  return typeof v === "object" && v !== null && TRANSFER in v;
}

/** What the worker side implements: each method also gets a function to report progress with. */
export type Handlers<A extends Api, P> = {
  [K in keyof A]: (
    arg: ArgOf<A[K]>,
    progress: (p: P) => void,
  ) => Promise<ResultOf<A[K]> | Transferring<ResultOf<A[K]>>>;
};

function errorData(e: unknown): ErrorData {
  if (e instanceof Error) {
    const en = (e as { en?: unknown }).en;
    return { name: e.name, message: e.message, ...(typeof en === "string" ? { en } : {}) };
  }
  return { name: "Error", message: typeof e === "string" ? e : String(e) };
}

export interface ProgressThrottle<P> {
  /** At most one progress message per call in this time… */
  everyMs: number;
  /** …unless the report is of another kind than the last one sent (a new stage or phase), which always goes. */
  kind(p: P): string;
}

/**
 * The worker side: answer every request of `endpoint` with its handler. With `throttle`, a call's progress reports
 * are thinned out: each one the page receives is a task on its main thread and a render.
 */
export function serveRpc<A extends Api, P>(
  endpoint: Endpoint,
  handlers: Handlers<A, P>,
  throttle?: ProgressThrottle<P>,
): void {
  endpoint.addEventListener("message", (event: MessageEvent) => {
    const { id, method, arg } = event.data as Request<A>;
    let sentAt = -Infinity;
    let sentKind: string | null = null;
    const progress = (p: P) => {
      if (throttle) {
        const now = Date.now();
        const kind = throttle.kind(p);
        if (kind === sentKind && now - sentAt < throttle.everyMs) return;
        sentAt = now;
        sentKind = kind;
      }
      endpoint.postMessage({ id, kind: "progress", progress: p } satisfies Reply<P>);
    };
    const handler = handlers[method] as unknown as
      ((arg: unknown, progress: (p: P) => void) => Promise<unknown>) | undefined;
    const run = handler ? Promise.resolve().then(() => handler(arg, progress)) : Promise.reject(new Error(method));
    run.then(
      (value) => {
        if (isTransferring(value)) {
          endpoint.postMessage({ id, kind: "result", value: value.value } satisfies Reply<P>, value[TRANSFER]);
        } else endpoint.postMessage({ id, kind: "result", value } satisfies Reply<P>);
      },
      (e: unknown) => endpoint.postMessage({ id, kind: "error", error: errorData(e) } satisfies Reply<P>),
    );
  });
}

interface Pending<P> {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (p: P) => void;
}

/** An error thrown in the worker, rebuilt on the page with the same name and message. */
function rebuilt(data: ErrorData): Error {
  const error = new Error(data.message);
  error.name = data.name;
  if (typeof data.en === "string") Object.assign(error, { en: data.en });
  return error;
}

/** The page side: calls that resolve with the worker's answers. */
export class RpcClient<A extends Api, P> {
  private next = 1;
  private readonly pending = new Map<number, Pending<P>>();

  constructor(private readonly endpoint: Endpoint) {
    endpoint.addEventListener("message", (event: MessageEvent) => this.receive(event.data as Reply<P>));
  }

  /** Calls still waiting for their answer. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  call<K extends keyof A & string>(method: K, arg: ArgOf<A[K]>, onProgress?: (p: P) => void): Promise<ResultOf<A[K]>> {
    const id = this.next++;
    return new Promise<ResultOf<A[K]>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.endpoint.postMessage({ id, method, arg } as Request<A>);
    });
  }

  /** End every waiting call with this error (the worker was stopped: no answer will come). */
  failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(error);
  }

  private receive(reply: Reply<P>): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === "progress") {
      pending.onProgress?.(reply.progress);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.kind === "result") pending.resolve(reply.value);
    else pending.reject(rebuilt(reply.error));
  }
}
