import { unzipSync, zipSync, Zippable } from "fflate";

/*
 * fflate reads and writes the zip container: small, fast, synchronous or not, and free of Node and DOM APIs, so the
 * same code runs in the CLI, the web page and a Web Worker. It only unpacks and packs; what is inside stays ours.
 */

/** Bounds checked on the zip's directory before anything is inflated (see the README for how they were set). */
export interface PackageLimits {
  /** Total size of all parts once unpacked, in bytes. */
  maxExpandedBytes: number;
  maxParts: number;
}

export const DEFAULT_LIMITS: PackageLimits = { maxExpandedBytes: 256 * 1024 * 1024, maxParts: 20000 };

export type ZipProblem =
  | { kind: "too-large"; expandedBytes: number }
  | { kind: "too-many-parts"; parts: number }
  | { kind: "corrupt"; detail: string };

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}

export interface UnzippedPackage {
  /** Part name → bytes, in the order of the zip's directory. */
  parts: Map<string, Uint8Array>;
}

/** What a zip's directory says it holds. */
export interface ZipExtent {
  /** Total size of all parts once unpacked, in bytes. */
  expandedBytes: number;
  parts: number;
}

/** Told the bytes unpacked so far and the total the directory announces, before each part and at the end. */
export type UnzipProgressFn = (done: number, total: number) => void;

/**
 * Unpack a zip after checking its directory against the limits. A part whose data inflates to more than its
 * directory entry says is cut at that size (fflate writes into a buffer of the stated size), so memory stays
 * within the checked bound even for a lying archive.
 */
export function unzipPackage(
  bytes: Uint8Array,
  limits: PackageLimits = DEFAULT_LIMITS,
  onProgress?: UnzipProgressFn,
): UnzippedPackage {
  const { expandedBytes } = checkZipLimits(bytes, limits);
  let files: Record<string, Uint8Array>;
  let done = 0;
  try {
    // fflate asks the filter about each part just before inflating it: the parts before it are unpacked by then.
    files = unzipSync(
      bytes,
      onProgress && {
        filter: (file) => {
          onProgress(done, expandedBytes);
          done += file.originalSize;
          return true;
        },
      },
    );
  } catch (e) {
    throw new ZipError({ kind: "corrupt", detail: firstLine(e) });
  }
  const parts = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith("/")) continue; // directory entries some writers add
    parts.set(name.replace(/^\//, ""), data);
  }
  onProgress?.(expandedBytes, expandedBytes);
  return { parts };
}

/** Check a zip's directory against the limits without inflating anything (also before another reader unzips it). */
export function checkZipLimits(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS): ZipExtent {
  let expanded = 0;
  let count = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        expanded += file.originalSize;
        count++;
        return false;
      },
    });
  } catch (e) {
    throw new ZipError({ kind: "corrupt", detail: firstLine(e) });
  }
  if (count > limits.maxParts) throw new ZipError({ kind: "too-many-parts", parts: count });
  if (expanded > limits.maxExpandedBytes) throw new ZipError({ kind: "too-large", expandedBytes: expanded });
  return { expandedBytes: expanded, parts: count };
}

/** Pack parts in the given order (the input's order first keeps a diff of the two packages readable). */
export function zipPackage(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of parts) files[name] = [data, { level: 6 }];
  return zipSync(files);
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0].trim() || "tidak diketahui";
}
