import { unzipSync, Zip, ZipDeflate, ZipInputFile } from "fflate";
import { crc32 } from "./crc32";
import { readStoredEntries, StoredEntry } from "./zipDirectory";

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
  /** Part name → its data as the zip stores it, for packing an unchanged part again as the same bytes. */
  stored: Map<string, StoredEntry>;
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
  return { parts, stored: readStoredEntries(bytes) };
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

/**
 * Pack parts in the given order (the input's order first keeps a diff of the two packages readable). A part whose
 * bytes are still those of its stored entry (same size and CRC-32) goes in as that entry's data, as it came; every
 * other part is deflated.
 */
export function zipPackage(
  parts: ReadonlyMap<string, Uint8Array>,
  stored: ReadonlyMap<string, StoredEntry> = new Map(),
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else chunks.push(chunk);
  });
  for (const [name, data] of parts) {
    const entry = stored.get(name);
    if (entry && entry.size === data.length && entry.crc === crc32(data)) addStored(zip, name, entry);
    else {
      const deflate = new ZipDeflate(name, { level: 6 });
      zip.add(deflate);
      deflate.push(data, true);
    }
  }
  zip.end();
  if (failure) throw failure;
  return concat(chunks);
}

/** An entry's stored data handed to fflate's zip writer as it is, with the size and CRC-32 of what it unpacks to. */
function addStored(zip: Zip, name: string, entry: StoredEntry): void {
  const file: ZipInputFile = { filename: name, size: entry.size, crc: entry.crc, compression: entry.method };
  zip.add(file);
  // fflate only reads the chunk (its type asks for an ArrayBuffer-backed array; a view into the input zip is one).
  file.ondata?.(null, entry.data as Uint8Array<ArrayBuffer>, true);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0].trim() || "tidak diketahui";
}
