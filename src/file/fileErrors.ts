import { detectFormat, RefusedKind } from "./formats/detectFormat";
import { FORMAT_NAMES } from "./formats/formatNames";
import { OtherFormat, SourceReadError } from "./formats/sourceBook";
import { PackageStructureError } from "./package/workbookPackage";
import { DEFAULT_LIMITS, ZipError } from "./package/zipArchive";
import { XlsxReadError } from "./ooxml/ooxmlErrors";

/**
 * A file the web page cannot open, with a one-line message in Bahasa Indonesia that says what to do, and the same in
 * English for the pane in English (`en`; the CLI speaks Bahasa Indonesia).
 */
export class FileWorkbookError extends Error {
  constructor(
    message: string,
    readonly en?: string,
  ) {
    super(message);
    this.name = "FileWorkbookError";
  }
}

/** What to do instead, for every file that is not a workbook we read. */
const SAVE_AS = "Simpan atau ekspor sebagai .xlsx (Excel Workbook), lalu buka lagi.";
const SAVE_AS_EN = "Save or export it as .xlsx (Excel Workbook), then open it again.";

/**
 * Why these bytes are not a workbook the CLI and the page can open, or null when they look like one (.xlsx/.xlsm,
 * .xls, .ods, SpreadsheetML 2003, an HTML table or an MHTML page). Decided from the bytes, never the name; checks
 * only what the bytes show without reading them whole: the read may still fail.
 */
export function checkWorkbookBytes(bytes: Uint8Array, fileName: string): FileWorkbookError | null {
  const detected = detectFormat(bytes);
  return "refused" in detected ? refusal(detected.refused, fileName) : null;
}

export function refusal(kind: RefusedKind, fileName: string): FileWorkbookError {
  const name = `"${fileName}"`;
  switch (kind) {
    case "empty":
      return new FileWorkbookError(
        `Berkas ${name} kosong (0 byte), bukan buku kerja Excel.`,
        `The file ${name} is empty (0 bytes), not an Excel workbook.`,
      );
    case "encrypted":
      return passwordProtected(fileName);
    case "encrypted-ods":
      return new FileWorkbookError(
        `Berkas ${name} dilindungi kata sandi. Buka di LibreOffice Calc, simpan ulang tanpa kata sandi (File > Save As / Simpan Sebagai, hilangkan centang "Save with password" / "Simpan dengan kata sandi"), lalu buka lagi di sini.`,
        `The file ${name} is protected by a password. Open it in LibreOffice Calc, save it again without a password (File > Save As, clear "Save with password"), then open it here again.`,
      );
    case "pdf":
      return new FileWorkbookError(
        `Berkas ${name} adalah dokumen PDF, bukan buku kerja. Buka buku kerja aslinya atau unduh laporannya dari aplikasi sebagai Excel, lalu buka lagi.`,
        `The file ${name} is a PDF document, not a workbook. Open the original workbook, or download the report from the application as Excel, then open it again.`,
      );
    case "word":
      return new FileWorkbookError(
        `Berkas ${name} adalah dokumen Word, bukan buku kerja. Salin tabelnya ke Excel, simpan sebagai .xlsx, lalu buka lagi.`,
        `The file ${name} is a Word document, not a workbook. Copy its table into Excel, save it as .xlsx, then open it again.`,
      );
    case "zip-damaged":
      return corruptFile(
        fileName,
        "daftar isi arsip zip tidak terbaca; berkas mungkin terpotong",
        "the zip archive's table of contents cannot be read; the file may be cut short",
      );
    case "zip-other":
      return new FileWorkbookError(
        `Berkas ${name} adalah arsip zip tetapi bukan buku kerja Excel atau .ods. ${SAVE_AS}`,
        `The file ${name} is a zip archive but not an Excel or .ods workbook. ${SAVE_AS_EN}`,
      );
    case "xlsb":
      return new FileWorkbookError(
        `Berkas ${name} adalah buku kerja biner Excel (.xlsb), yang tidak dapat dibaca di sini. Di Excel: File > Save As > Excel Workbook (.xlsx), lalu buka lagi.`,
        `The file ${name} is an Excel binary workbook (.xlsb), which cannot be read here. In Excel: File > Save As > Excel Workbook (.xlsx), then open it again.`,
      );
    case "compound-damaged":
      return new FileWorkbookError(
        `Berkas ${name} adalah berkas Office lama (seperti .xls Excel 97–2003) yang rusak atau terpotong: daftar isinya tidak terbaca. Unduh atau salin ulang berkasnya, lalu buka lagi.`,
        `The file ${name} is an old Office file (such as an Excel 97–2003 .xls) that is damaged or cut short: its table of contents cannot be read. Download or copy the file again, then open it again.`,
      );
    case "compound-other":
      return new FileWorkbookError(
        `Berkas ${name} adalah berkas Office lama tetapi bukan buku kerja Excel. ${SAVE_AS}`,
        `The file ${name} is an old Office file but not an Excel workbook. ${SAVE_AS_EN}`,
      );
    case "csv":
      return new FileWorkbookError(
        `Berkas ${name} adalah teks CSV (nilai dipisah koma atau titik koma), bukan buku kerja: CSV tidak menyimpan sel gabungan, format, maupun lembar. Buka di Excel atau LibreOffice, simpan sebagai .xlsx (Excel Workbook), lalu buka lagi.`,
        `The file ${name} is CSV text (values separated by commas or semicolons), not a workbook: CSV keeps no merged cells, formats or sheets. Open it in Excel or LibreOffice, save it as .xlsx (Excel Workbook), then open it again.`,
      );
    case "other":
      return new FileWorkbookError(
        `Berkas ${name} bukan buku kerja yang dapat dibaca (.xlsx, .xls, .ods, atau tabel HTML dari aplikasi). ${SAVE_AS}`,
        `The file ${name} is not a workbook that can be read (.xlsx, .xls, .ods, or an HTML table from an application). ${SAVE_AS_EN}`,
      );
  }
}

function passwordProtected(fileName: string): FileWorkbookError {
  return new FileWorkbookError(
    `Berkas "${fileName}" dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > Info > Protect Workbook / Proteksi Buku Kerja), simpan, lalu buka lagi di sini.`,
    `The file "${fileName}" is protected by a password. Open it in Excel, remove the password (File > Info > Protect Workbook), save it, then open it here again.`,
  );
}

/** Why a file of a known format other than .xlsx could not be read, in one line naming the file. */
export function describeSourceProblem(fileName: string, format: OtherFormat, e: SourceReadError): FileWorkbookError {
  switch (e.problem) {
    case "password":
      return passwordProtected(fileName);
    case "no-table":
      return new FileWorkbookError(
        `Berkas "${fileName}" adalah halaman web tanpa tabel, jadi tidak ada lembar kerja untuk dibaca. Unduh ulang laporannya dari aplikasi sebagai Excel, lalu buka lagi.`,
        `The file "${fileName}" is a web page without a table, so there is no worksheet to read. Download the report from the application again as Excel, then open it again.`,
      );
    case "web-folder":
      return new FileWorkbookError(
        `Berkas "${fileName}" adalah halaman web yang disimpan Excel: lembar-lembarnya ada di folder "${e.detail}" di sebelahnya, bukan di berkas ini. Buka aslinya di Excel dan simpan sebagai .xlsx (File > Save As > Excel Workbook), atau buka berkas sheet001.htm dari folder itu.`,
        `The file "${fileName}" is a web page saved by Excel: its sheets are in the folder "${e.detail}" beside it, not in this file. Open the original in Excel and save it as .xlsx (File > Save As > Excel Workbook), or open sheet001.htm from that folder.`,
      );
    case "no-sheets":
      return noWorksheets(fileName);
    case "damaged":
      return new FileWorkbookError(
        `Berkas "${fileName}" rusak atau tidak terbaca sebagai ${FORMAT_NAMES[format]} (${readableDetail(e.detail)}).`,
        `The file "${fileName}" is damaged or cannot be read as ${FORMAT_NAMES[format]}.`,
      );
  }
}

export function corruptFile(fileName: string, detail: string, detailEn?: string): FileWorkbookError {
  return new FileWorkbookError(
    `Berkas "${fileName}" rusak atau bukan buku kerja yang sah (${detail}).`,
    `The file "${fileName}" is damaged or not a valid workbook${detailEn ? ` (${detailEn})` : ""}.`,
  );
}

/** What a file cut short or damaged inside gives, said as the officer may read it. */
const DAMAGED_INSIDE = "isinya terpotong atau rusak";

/**
 * A reader's reason as the officer may read it: our own readers say it in Bahasa Indonesia (`berkas terpotong: …`);
 * a parser's own words (SheetJS's `MulBlank length mismatch`, a JavaScript error from inside it) say nothing to them,
 * and are what a file cut short or damaged gives.
 */
function readableDetail(detail: string | undefined): string {
  if (detail && /^(berkas|halaman|tabel|lembar) /.test(detail)) return detail;
  return DAMAGED_INSIDE;
}

export function noWorksheets(fileName: string): FileWorkbookError {
  return new FileWorkbookError(
    `Berkas "${fileName}" tidak berisi lembar kerja (bukan buku kerja Excel yang sah).`,
    `The file "${fileName}" holds no worksheet (not a valid Excel workbook).`,
  );
}

/** A workbook of chart (or dialog) sheets only: nothing with cells to read. */
export function onlyChartSheets(fileName: string, sheets: string[]): FileWorkbookError {
  const names = sheets.map((n) => `"${n}"`).join(", ");
  return new FileWorkbookError(
    `Berkas "${fileName}" hanya berisi lembar grafik (${names}), tanpa lembar kerja bersel. Buka buku kerja yang memuat tabel Pengukuran Kinerja atau Evaluasi Renja.`,
  );
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
    // The inflater's own words (`unexpected EOF`, `invalid distance`): a zip cut short or damaged inside.
    return corruptFile(fileName, DAMAGED_INSIDE);
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
