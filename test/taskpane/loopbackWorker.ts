import { Endpoint, WorkerLike } from "../../src/taskpane/web/worker/rpc";
import { serveFileWorker } from "../../src/taskpane/web/worker/serveFileWorker";

type Listener = (event: MessageEvent) => void;

/**
 * Messages cross as a worker's would: a structured clone (findings, summaries, errors as plain data), the picked
 * file's Blob passed as it is (jsdom's File is no platform object a clone keeps).
 */
function cloned(message: unknown): unknown {
  if (typeof structuredClone !== "function") return message;
  const m = message as { arg?: { file?: unknown } };
  if (m?.arg?.file === undefined) return structuredClone(message);
  const copy = structuredClone({ ...m, arg: { ...m.arg, file: null } });
  return { ...copy, arg: { ...copy.arg, file: m.arg.file } };
}

export interface Loopback extends WorkerLike {
  terminated: boolean;
}

/**
 * The web page's worker in the same thread, for the pane's tests (jsdom has no Worker): the real worker code on a
 * channel that delivers each message in a later task, and drops every message once terminated.
 */
export function loopbackWorker(started: Loopback[] = []): Loopback {
  const pageListeners: Listener[] = [];
  const workerListeners: Listener[] = [];
  const deliver = (listeners: Listener[], message: unknown) => {
    const data = cloned(message);
    setTimeout(() => {
      if (!loopback.terminated) for (const l of listeners) l({ data } as MessageEvent);
    }, 0);
  };
  const workerSide: Endpoint = {
    postMessage: (message) => deliver(pageListeners, message),
    addEventListener: (_type, listener) => workerListeners.push(listener),
  };
  const loopback: Loopback = {
    terminated: false,
    postMessage: (message) => deliver(workerListeners, message),
    addEventListener: (_type, listener) => pageListeners.push(listener),
    terminate() {
      loopback.terminated = true;
    },
  };
  serveFileWorker(workerSide);
  started.push(loopback);
  return loopback;
}
