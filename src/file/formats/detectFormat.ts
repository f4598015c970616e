import { unzipSync } from "fflate";
import { hasWorkbookPart, zipEntryNames } from "../zipEntries";
import { CFB_SIGNATURE, compoundFileNames, isCutShort } from "./compoundFile";
import { textHead } from "./textBytes";

/** The formats the CLI and the web page read. */
export type SourceFormat = "xlsx" | "xls" | "ods" | "spreadsheetml" | "html" | "mhtml";

/** What the bytes are when they are none of those, for the one-line message. */
export type RefusedKind =
  | "empty"
  | "encrypted"
  | "encrypted-ods"
  | "pdf"
  | "word"
  | "zip-damaged"
  | "zip-other"
  | "xlsb"
  | "compound-damaged"
  | "compound-other"
  | "csv"
  | "other";

export type Detected = { format: SourceFormat } | { refused: RefusedKind };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
const SPREADSHEETML_NS = "urn:schemas-microsoft-com:office:spreadsheet";

/** The format of a file from its bytes alone, never its name: an .xls saved under an .xlsx name is an .xls. */
export function detectFormat(bytes: Uint8Array): Detected {
  if (bytes.length === 0) return { refused: "empty" };
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return detectZip(bytes);
  if (startsWith(bytes, CFB_SIGNATURE)) return detectCompound(bytes);
  if (startsWith(bytes, PDF)) return { refused: "pdf" };
  return detectText(textHead(bytes));
}

function detectZip(bytes: Uint8Array): Detected {
  const names = zipEntryNames(bytes);
  if (names === null) return { refused: "zip-damaged" };
  // zip64: the directory is not read here; the package reader decides.
  if (names === "unknown" || hasWorkbookPart(names)) return { format: "xlsx" };
  if (names.includes("mimetype") && mimetypeOf(bytes) === ODS_MIMETYPE) {
    return isEncryptedOds(bytes) ? { refused: "encrypted-ods" } : { format: "ods" };
  }
  if (names.some((n) => n.replace(/^\//, "") === "xl/workbook.bin")) return { refused: "xlsb" };
  if (names.some((n) => n.replace(/^\//, "").startsWith("word/"))) return { refused: "word" };
  // An .xlsx whose workbook part has another name still names it in [Content_Types].xml and _rels/.rels.
  if (names.some((n) => n.replace(/^\//, "") === "_rels/.rels") && names.some((n) => /^\/?xl\//.test(n))) {
    return { format: "xlsx" };
  }
  return { refused: "zip-other" };
}

function mimetypeOf(bytes: Uint8Array): string | null {
  return smallEntry(bytes, "mimetype", 200)?.trim() ?? null;
}

/**
 * A password-protected .ods keeps its zip and mimetype, but every part is encrypted: its manifest gives each one an
 * `<manifest:encryption-data>` (ODF 1.2+, section 3.8 of the packages part). Without this check it reads as damaged.
 */
function isEncryptedOds(bytes: Uint8Array): boolean {
  const manifest = smallEntry(bytes, "META-INF/manifest.xml", 1 << 20);
  return manifest !== null && manifest.includes("encryption-data");
}

function smallEntry(bytes: Uint8Array, name: string, maxSize: number): string | null {
  try {
    const entry = unzipSync(bytes, { filter: (f) => f.name === name && f.originalSize < maxSize })[name];
    return entry ? new TextDecoder().decode(entry) : null;
  } catch {
    return null;
  }
}

function detectCompound(bytes: Uint8Array): Detected {
  const names = compoundFileNames(bytes);
  if (names.has("Workbook") || names.has("Book")) return { format: "xls" };
  if (names.has("EncryptionInfo") || names.has("EncryptedPackage")) return { refused: "encrypted" };
  if (names.has("WordDocument")) return { refused: "word" };
  // Its directory unreadable, or shorter than its header says: cut short (an interrupted download or copy).
  return { refused: names.size === 0 || isCutShort(bytes) ? "compound-damaged" : "compound-other" };
}

/**
 * A text file by what it starts with. Web pages are recognised by their markup; whether one holds a table is only
 * known once it is read.
 */
export function detectText(head: string): Detected {
  let from = 0;
  while (from < head.length && (head.charCodeAt(from) <= 0x20 || head[from] === "\ufeff")) from++;
  const start = head.slice(from);
  const lower = start.slice(0, 4096).toLowerCase();
  if (lower.startsWith("{\\rtf")) return { refused: "word" };
  if (isMimeMessage(lower)) return { format: "mhtml" };
  if (lower.startsWith("<?xml") || lower.startsWith("<workbook")) {
    if (lower.includes(SPREADSHEETML_NS) || lower.includes('progid="excel.sheet"')) return { format: "spreadsheetml" };
    if (lower.includes("<office:document") && lower.includes(ODS_MIMETYPE)) return { format: "ods" };
    if (lower.includes("word.document") || lower.includes("<w:worddocument") || lower.includes("<pkg:package")) {
      return { refused: "word" };
    }
    if (!/<(html|table)[\s>]/.test(lower)) return { refused: "other" };
  }
  if (
    /^<(!doctype html|html|head|body|meta|table|title|style|div|!--)[\s>]/.test(lower) ||
    /<(html|table)[\s>]/.test(lower)
  ) {
    return { format: "html" };
  }
  return isCsv(start) ? { refused: "csv" } : { refused: "other" };
}

/**
 * Text in rows of values between commas, semicolons (the Indonesian locale's list separator) or tabs: the first
 * lines (at least two) each hold the same separator, the first two as many times.
 */
function isCsv(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 5);
  // The last line of the head may be cut short.
  const whole = lines.length > 2 ? lines.slice(0, -1) : lines;
  if (whole.length < 2) return false;
  return [";", ",", "\t"].some((sep) => {
    // Separators inside quoted values (`"Penyediaan Gaji, Tunjangan"`) do not count.
    const counts = whole.map((l) => l.replace(/"(?:[^"]|"")*"/g, "").split(sep).length - 1);
    return counts.every((n) => n > 0) && counts[0] === counts[1];
  });
}

/** The header block of a MIME message (an .mht/.mhtml saved page) before its first empty line. */
function isMimeMessage(lower: string): boolean {
  const end = lower.search(/\r?\n\r?\n/);
  const headers = end < 0 ? lower : lower.slice(0, end);
  return /^mime-version\s*:/m.test(headers) && /^content-type\s*:\s*multipart\//m.test(headers);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}
