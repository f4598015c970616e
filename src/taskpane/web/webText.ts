import { SourceFormat } from "../../file/formats/detectFormat";
import { Language } from "../i18n";

const FORMAT_ID: Record<Exclude<SourceFormat, "xlsx">, string> = {
  xls: ".xls (Excel 97–2003)",
  ods: ".ods (OpenDocument)",
  spreadsheetml: "XML Excel 2003",
  html: "tabel HTML",
  mhtml: "halaman web MHTML",
};

const FORMAT_EN: typeof FORMAT_ID = {
  xls: ".xls (Excel 97–2003)",
  ods: ".ods (OpenDocument)",
  spreadsheetml: "Excel 2003 XML",
  html: "an HTML table",
  mhtml: "an MHTML web page",
};

/** The web page's own words (file open, progress, download); the three steps keep the pane's dictionary. */
const id = {
  introTitle: "Tanpa Excel",
  intro:
    "Halaman ini bekerja tanpa Excel. Buka berkas Pengukuran Kinerja (.xlsx, .xls, .ods, atau ekspor tabel dari aplikasi): berkas diolah di peramban ini saja dan tidak dikirim ke mana pun.",
  openButton: "Buka berkas Excel",
  openAnother: "Buka berkas lain",
  dropHint: "atau seret berkasnya ke sini",
  /** Shown for a file that is not an .xlsx: what it was read as, and that the result is a new .xlsx. */
  readAs: (format: Exclude<SourceFormat, "xlsx">) =>
    `Berkas ${FORMAT_ID[format]} dibaca; hasilnya diunduh sebagai .xlsx baru, berkas asli tidak diubah.`,
  dropActive: "Lepaskan berkas untuk membukanya",
  readingFile: (name: string) => `Membaca berkas "${name}"…`,
  parsingSheets: (done: number, total: number) =>
    total > 0 ? `${done} dari ${total} lembar kerja dibuka…` : "Membuka lembar kerja…",
  progressLabel: "Kemajuan membuka berkas",
  openFailed: "Berkas tidak dapat dibuka",
  currentFile: "Berkas",
  download: "Unduh hasil",
  downloadHint: "Tersedia setelah tabel LKjIP dibuat (langkah Buat tabel LKjIP).",
  downloadReady: (name: string) => `Hasil siap diunduh sebagai ${name}.`,
  downloaded: (name: string) => `Diunduh: ${name}. Buka di Excel atau LibreOffice Calc.`,
  downloadFailed: "Hasil tidak dapat diunduh",
};

const en: typeof id = {
  introTitle: "Without Excel",
  intro:
    "This page works without Excel. Open a Pengukuran Kinerja workbook (.xlsx, .xls, .ods, or a table exported by an app): it is processed in this browser only and sent nowhere.",
  openButton: "Open a spreadsheet file",
  openAnother: "Open another file",
  dropHint: "or drop the file here",
  readAs: (format: Exclude<SourceFormat, "xlsx">) =>
    `Read as ${FORMAT_EN[format]}; the result downloads as a new .xlsx, the original file is not changed.`,
  dropActive: "Release the file to open it",
  readingFile: (name: string) => `Reading "${name}"…`,
  parsingSheets: (done: number, total: number) =>
    total > 0 ? `${done} of ${total} worksheets opened…` : "Opening the worksheets…",
  progressLabel: "Opening progress",
  openFailed: "The file cannot be opened",
  currentFile: "File",
  download: "Download result",
  downloadHint: "Available once the LKjIP tables are built (step Build LKjIP tables).",
  downloadReady: (name: string) => `Ready to download as ${name}.`,
  downloaded: (name: string) => `Downloaded: ${name}. Open it in Excel or LibreOffice Calc.`,
  downloadFailed: "The result cannot be downloaded",
};

export type WebText = typeof id;
export const WEB_TEXT: Record<Language, WebText> = { id, en };
