/** The signature of a compound file (CFB): old .xls and .doc, and a password-protected .xlsx. */
export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ENTRY_BYTES = 128;
const NAME_BYTES = 64;
/** Object types of a directory entry: storage, stream, root storage. */
const ENTRY_TYPES = new Set([1, 2, 5]);

/**
 * The names of the streams and storages in a compound file's directory, without following its allocation tables.
 * Directory sectors start on a 512- or 4096-byte boundary, so every entry starts at a multiple of 128 bytes; an
 * entry is a UTF-16LE name (at most 31 characters and a NUL), its length in bytes with the NUL, and its type.
 * Enough to tell an .xls (`Workbook`, `Book`) from a .doc (`WordDocument`) or an encrypted .xlsx (`EncryptionInfo`).
 */
export function compoundFileNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  for (let p = 512; p + ENTRY_BYTES <= bytes.length; p += ENTRY_BYTES) {
    const nameLength = bytes[p + NAME_BYTES] | (bytes[p + NAME_BYTES + 1] << 8);
    if (nameLength < 4 || nameLength > NAME_BYTES || nameLength % 2 !== 0) continue;
    if (!ENTRY_TYPES.has(bytes[p + NAME_BYTES + 2])) continue;
    const chars = nameLength / 2 - 1;
    if (bytes[p + 2 * chars] !== 0 || bytes[p + 2 * chars + 1] !== 0) continue;
    let name = "";
    for (let i = 0; i < chars; i++) name += String.fromCharCode(bytes[p + 2 * i] | (bytes[p + 2 * i + 1] << 8));
    if (isPrintable(name)) names.add(name);
  }
  return names;
}

/** Stream names are printable, apart from the control characters that start `\u0005SummaryInformation` & co. */
function isPrintable(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0 || (c < 0x20 && i > 0)) return false;
  }
  return true;
}

/**
 * True when the compound file is shorter than its own header says: a sector of its allocation table (the first 109
 * are listed in the header) or of its directory lies past the end, as in a download or copy cut short.
 */
export function isCutShort(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return true;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  const sectorSize = shift === 12 ? 4096 : 512;
  const past = (sector: number) => sector < 0xfffffffa && (sector + 1) * sectorSize + sectorSize > bytes.length;
  if (past(view.getUint32(0x30, true))) return true;
  for (let i = 0; i < 109; i++) if (past(view.getUint32(0x4c + 4 * i, true))) return true;
  return false;
}
