/** What the first bytes of a file say it is; works on plain bytes, in Node and in the browser. */
export type FileKind = "zip" | "encrypted-ooxml" | "cfb" | "empty" | "other";

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": a local file header opens every non-empty zip
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Directory entries of a compound file store stream names in UTF-16LE. */
const ENCRYPTION_INFO = utf16le("EncryptionInfo");

/**
 * An .xlsx is a zip. A password-protected .xlsx is a compound file (CFB) holding an `EncryptionInfo` stream;
 * an old .xls is a compound file without one.
 */
export function detectFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return "zip";
  if (startsWith(bytes, CFB)) return indexOf(bytes, ENCRYPTION_INFO) >= 0 ? "encrypted-ooxml" : "cfb";
  return "other";
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}
