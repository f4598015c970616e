import { Language } from "../i18n";

/** The web page's own words (file open, progress, download); the three steps keep the pane's dictionary. */
const id = {
  introTitle: "Tanpa Excel",
  intro:
    "Halaman ini bekerja tanpa Excel. Buka berkas Pengukuran Kinerja (.xlsx): berkas diolah di peramban ini saja dan tidak dikirim ke mana pun.",
  openButton: "Buka berkas .xlsx",
  openAnother: "Buka berkas lain",
  dropHint: "atau seret berkas .xlsx ke sini",
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
    "This page works without Excel. Open a Pengukuran Kinerja workbook (.xlsx): it is processed in this browser only and sent nowhere.",
  openButton: "Open an .xlsx file",
  openAnother: "Open another file",
  dropHint: "or drop an .xlsx file here",
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
