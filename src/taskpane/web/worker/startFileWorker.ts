import { WorkerLike } from "./rpc";

/* global Worker */

/**
 * A new Web Worker for one opened file. The `new URL(…, import.meta.url)` form is what webpack turns into a worker
 * chunk of its own (fileWorker.ts and everything it reads with); only the web page's entry imports this.
 */
export function startFileWorker(): WorkerLike {
  // @ts-ignore -- import.meta is ES module syntax: the type check runs with module commonjs, webpack builds ES.
  return new Worker(new URL("./fileWorker.ts", import.meta.url), { name: "lkjip-berkas" });
}
