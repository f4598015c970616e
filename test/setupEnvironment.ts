/**
 * jsdom (the environment of the task pane's tests) lacks TextEncoder and TextDecoder, which every browser and Web
 * Worker has and the file adapter uses; Node's own are the same API.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

const scope = globalThis as unknown as { TextEncoder?: unknown; TextDecoder?: unknown };
scope.TextEncoder ??= NodeTextEncoder;
scope.TextDecoder ??= NodeTextDecoder;
