/*
 * The entries of a zip as its central directory lists them, with each entry's stored (compressed) bytes, so that a
 * part we never changed leaves the package as the very bytes it came in (zipArchive.ts): no inflating and deflating
 * again, which for a large sheet was most of the time of writing the package. fflate unpacks and packs but does
 * not hand out an entry's stored bytes, so the directory is read here, after PKWARE's APPNOTE.TXT (4.3.7, 4.3.12,
 * 4.3.16). Anything unusual (zip64, encryption, a directory that does not add up) gives no entry for that part, and
 * the part is deflated again as before.
 */

/** One entry of the directory: how its data is stored and where. */
export interface StoredEntry {
  /** Compression method (0 stored, 8 deflate). */
  method: number;
  /** CRC-32 of the unpacked bytes. */
  crc: number;
  /** Size of the unpacked bytes. */
  size: number;
  /** The entry's data as stored in the zip (a view into the zip's bytes). */
  data: Uint8Array;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Values that mean "see the zip64 record": such archives are left to fflate entirely. */
const ZIP64_COUNT = 0xffff;
const ZIP64_SIZE = 0xffffffff;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;

const utf8 = new TextDecoder("utf-8");

/**
 * Stored entries by part name, named as fflate names them (UTF-8 when the entry says so, else one character per
 * byte), a leading `/` dropped as unzipPackage drops it. Empty when the directory cannot be read plainly.
 */
export function readStoredEntries(zip: Uint8Array): Map<string, StoredEntry> {
  const entries = new Map<string, StoredEntry>();
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return entries;
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === ZIP64_COUNT || directorySize === ZIP64_SIZE || directoryOffset === ZIP64_SIZE) return entries;
  if (directoryOffset + directorySize > end) return entries;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) return new Map();
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const storedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    const plain =
      (flags & FLAG_ENCRYPTED) === 0 &&
      (method === 0 || method === 8) &&
      storedSize !== ZIP64_SIZE &&
      size !== ZIP64_SIZE &&
      localOffset !== ZIP64_SIZE;
    if (!plain) continue;
    const data = storedData(view, zip, localOffset, storedSize, directoryOffset);
    if (data === null) continue;
    const name = (flags & FLAG_UTF8 ? utf8.decode(nameBytes) : latin1(nameBytes)).replace(/^\//, "");
    if (name.endsWith("/")) continue;
    entries.set(name, { method, crc, size, data });
  }
  return entries;
}

/** The end-of-central-directory record: searched backwards over the largest comment a zip can end with. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_RECORD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (
      view.getUint32(at, true) === END_OF_DIRECTORY &&
      at + END_RECORD_SIZE + view.getUint16(at + 20, true) === view.byteLength
    ) {
      return at;
    }
  }
  return -1;
}

/** The stored bytes behind a local header, or null when the header is not where the directory says. */
function storedData(
  view: DataView,
  zip: Uint8Array,
  offset: number,
  storedSize: number,
  directoryOffset: number,
): Uint8Array | null {
  if (offset + 30 > directoryOffset || view.getUint32(offset, true) !== LOCAL_HEADER) return null;
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  if (start + storedSize > directoryOffset) return null;
  return zip.subarray(start, start + storedSize);
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}
