import { detectFileKind } from "./fileKind";
import { PackageStructureError } from "./package/workbookPackage";
import { DEFAULT_LIMITS, ZipError } from "./package/zipArchive";
import { XlsxReadError } from "./ooxml/ooxmlErrors";
import { hasWorkbookPart, zipEntryNames } from "./zipEntries";

/** A file the web page cannot open, with a one-line message in Bahasa Indonesia that says what to do. */
export class FileWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileWorkbookError";
  }
}

/**
 * Why these bytes are not an .xlsx the page can open, or null when they look like one. Checks only what the
 * bytes show without unpacking: the parse may still fail (see `corruptFile`).
 */
export function checkXlsxBytes(bytes: Uint8Array, fileName: string): FileWorkbookError | null {
  const name = `"${fileName}"`;
  switch (detectFileKind(bytes)) {
    case "empty":
      return new FileWorkbookError(`Berkas ${name} kosong (0 byte), bukan buku kerja Excel.`);
    case "encrypted-ooxml":
      return new FileWorkbookError(
        `Berkas ${name} dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > Info > Protect Workbook), simpan, lalu buka lagi di sini.`,
      );
    case "cfb":
      return new FileWorkbookError(
        `Berkas ${name} berformat Excel lama (.xls). Simpan ulang sebagai .xlsx (Excel Workbook), lalu buka lagi.`,
      );
    case "other":
      return new FileWorkbookError(
        `Berkas ${name} bukan berkas Excel .xlsx. Simpan atau ekspor sebagai .xlsx (Excel Workbook), lalu buka lagi.`,
      );
    case "zip":
      break;
  }
  const names = zipEntryNames(bytes);
  if (names === null) return corruptFile(fileName, "daftar isi arsip zip tidak terbaca; berkas mungkin terpotong");
  if (names !== "unknown" && !hasWorkbookPart(names)) {
    return new FileWorkbookError(
      `Berkas ${name} adalah arsip zip tetapi bukan buku kerja Excel .xlsx (mungkin .docx atau .ods). Simpan sebagai .xlsx (Excel Workbook), lalu buka lagi.`,
    );
  }
  return null;
}

export function corruptFile(fileName: string, detail: string): FileWorkbookError {
  return new FileWorkbookError(`Berkas "${fileName}" rusak atau bukan .xlsx yang sah (${detail}).`);
}

export function noWorksheets(fileName: string): FileWorkbookError {
  return new FileWorkbookError(`Berkas "${fileName}" tidak berisi lembar kerja (bukan buku kerja Excel yang sah).`);
}

export function missingSheet(fileName: string, sheet: string): FileWorkbookError {
  return new FileWorkbookError(`Lembar "${sheet}" tidak ada di berkas "${fileName}".`);
}

/** The first line of whatever a parser threw: enough to report, never a stack. */
export function firstLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split("\n")[0].trim() || "tidak diketahui";
}

const MB = 1024 * 1024;

/**
 * Run a step of opening or reading the package; whatever the package's state makes it throw becomes one line in
 * Bahasa Indonesia naming the file. Anything else (a bug) passes through unchanged.
 */
export function packageProblem<T>(fileName: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    throw describePackageProblem(fileName, e) ?? e;
  }
}

export function describePackageProblem(fileName: string, e: unknown): FileWorkbookError | null {
  const name = `"${fileName}"`;
  if (e instanceof ZipError) {
    const p = e.problem;
    if (p.kind === "too-large") {
      return new FileWorkbookError(
        `Berkas ${name} terlalu besar setelah dibuka (${Math.round(p.expandedBytes / MB)} MB; batasnya ${DEFAULT_LIMITS.maxExpandedBytes / MB} MB). Pisahkan lembar-lembarnya ke beberapa berkas, lalu buka lagi.`,
      );
    }
    if (p.kind === "too-many-parts") {
      return new FileWorkbookError(
        `Berkas ${name} berisi terlalu banyak bagian (${p.parts}); bukan buku kerja yang wajar.`,
      );
    }
    return corruptFile(fileName, p.detail);
  }
  if (e instanceof XlsxReadError) {
    const damaged =
      e.problem === "malformed-part" || e.problem === "missing-part" || e.problem === "missing-sheet-part";
    return new FileWorkbookError(
      damaged ? `Berkas ${name} rusak: ${lowerFirst(e.message)}` : `Berkas ${name}: ${e.message}`,
    );
  }
  if (e instanceof PackageStructureError) return corruptFile(fileName, e.message);
  return null;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
