/*
 * The entries of a zip as its central directory lists them, with each entry's stored (compressed) bytes, so that a
 * part we never changed leaves the package as the very bytes it came in (zipArchive.ts): no inflating and deflating
 * again, which for a large sheet was most of the time of writing the package. fflate unpacks and packs but does
 * not hand out an entry's stored bytes, so the directory is read here, after PKWARE's APPNOTE.TXT (4.3.7, 4.3.12,
 * 4.3.16). Anything unusual (zip64, encryption, a directory that does not add up) gives no entry for that part, and
 * the part is deflated again as before. The format detector lists names through the same record and entry readers
 * (src/file/zipEntries.ts).
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
const DIRECTORY_ENTRY_SIZE = 46;
const MAX_COMMENT = 0xffff;
/** Values that mean "see the zip64 record": such archives are left to fflate entirely. */
const ZIP64_COUNT = 0xffff;
const ZIP64_SIZE = 0xffffffff;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;

const utf8 = new TextDecoder("utf-8");

/** What the end-of-central-directory record says (APPNOTE 4.3.16). */
export interface EndRecord {
  /** Entries in the directory. */
  count: number;
  /** Bytes the directory takes. */
  size: number;
  /** Where the directory starts. */
  offset: number;
}

/** The central-directory entry fields (APPNOTE 4.3.12) the readers of this project use. */
export interface DirectoryEntry {
  flags: number;
  method: number;
  crc: number;
  storedSize: number;
  size: number;
  localOffset: number;
  /** Where the entry's name starts, and its length in bytes. */
  nameStart: number;
  nameLength: number;
  /** Where the next entry starts. */
  next: number;
}

/**
 * The end-of-central-directory record: searched backwards from the end over the largest comment a zip can end with,
 * the last one `accept` takes (every one unless told). -1 when there is none.
 */
export function findEndOfDirectory(view: DataView, accept: (at: number) => boolean = () => true): number {
  const last = view.byteLength - END_RECORD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY && accept(at)) return at;
  }
  return -1;
}

export function endRecordAt(view: DataView, end: number): EndRecord {
  return {
    count: view.getUint16(end + 10, true),
    size: view.getUint32(end + 12, true),
    offset: view.getUint32(end + 16, true),
  };
}

/** The directory entry starting at `at` (its 46 fixed bytes must be there), or null when no entry starts there. */
export function directoryEntryAt(view: DataView, at: number): DirectoryEntry | null {
  if (view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
  const nameLength = view.getUint16(at + 28, true);
  return {
    flags: view.getUint16(at + 8, true),
    method: view.getUint16(at + 10, true),
    crc: view.getUint32(at + 16, true),
    storedSize: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    localOffset: view.getUint32(at + 42, true),
    nameStart: at + DIRECTORY_ENTRY_SIZE,
    nameLength,
    next: at + DIRECTORY_ENTRY_SIZE + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true),
  };
}

/**
 * Stored entries by part name, named as fflate names them (UTF-8 when the entry says so, else one character per
 * byte), a leading `/` dropped as unzipPackage drops it. Empty when the directory cannot be read plainly.
 */
export function readStoredEntries(zip: Uint8Array): Map<string, StoredEntry> {
  const entries = new Map<string, StoredEntry>();
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // Only a record whose comment runs exactly to the end of the file: this reader takes nothing on trust.
  const end = findEndOfDirectory(
    view,
    (at) => at + END_RECORD_SIZE + view.getUint16(at + 20, true) === view.byteLength,
  );
  if (end < 0) return entries;
  const { count, size: directorySize, offset: directoryOffset } = endRecordAt(view, end);
  if (count === ZIP64_COUNT || directorySize === ZIP64_SIZE || directoryOffset === ZIP64_SIZE) return entries;
  if (directoryOffset + directorySize > end) return entries;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    const entry = at + DIRECTORY_ENTRY_SIZE > end ? null : directoryEntryAt(view, at);
    if (entry === null) return new Map();
    const { flags, method, crc, storedSize, size, localOffset } = entry;
    const nameBytes = zip.subarray(entry.nameStart, entry.nameStart + entry.nameLength);
    at = entry.next;
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
