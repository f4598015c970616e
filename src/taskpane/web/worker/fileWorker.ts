/*
 * The web page's Web Worker (started by startFileWorker.ts): the file, the package reader and writer, SheetJS for
 * other formats and the engine run here, so the page's main thread only renders.
 */
import { Endpoint } from "./rpc";
import { serveFileWorker } from "./serveFileWorker";

/* global self */
serveFileWorker(self as unknown as Endpoint);
