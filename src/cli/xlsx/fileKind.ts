/** What the first bytes of a file say it is. */
export type FileKind = "zip" | "encrypted-ooxml" | "cfb" | "empty" | "other";

const ZIP = [0x50, 0x4b]; // "PK"
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Directory entries of a compound file store stream names in UTF-16LE. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/**
 * An .xlsx is a zip. A password-protected .xlsx is a compound file (CFB) holding an `EncryptionInfo` stream;
 * an old .xls is a compound file without one.
 */
export function detectFileKind(bytes: Buffer): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, CFB)) return bytes.includes(ENCRYPTION_INFO) ? "encrypted-ooxml" : "cfb";
  return "other";
}
