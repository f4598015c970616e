import { SourceFormat } from "../../file/formats/detectFormat";
import { LEFT_OUT } from "../../file/formats/formatNames";
import { Language } from "../i18n";
import { numberFormat, prepareNumberFormats } from "../i18n/numberFormat";

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

/** formatNames.ts LEFT_OUT in English. */
const LEFT_OUT_EN: typeof FORMAT_ID = {
  xls: "charts and pictures, comments, page setup, sheet protection",
  ods: "charts and pictures, comments, page setup, sheet protection",
  spreadsheetml: "comments, borders, alignment and wrapped text, hidden rows and columns, page setup",
  html: "borders and text alignment",
  mhtml: "borders and text alignment",
};

const COUNT: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const MEGABYTES: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const count = (n: number, locale: string) => numberFormat(locale, COUNT).format(n);
const megabytes = (bytes: number, locale: string) => numberFormat(locale, MEGABYTES).format(bytes / 1_000_000);

/** Make the progress texts' number formats before a file is opened (see prepareNumberFormats). */
export function prepareProgressNumbers(): void {
  prepareNumberFormats(["id-ID", "en-US"], [COUNT, MEGABYTES]);
}

/** The web page's own words (file open, progress, download); the three steps keep the pane's dictionary. */
const id = {
  introTitle: "Tanpa Excel",
  intro:
    "Halaman ini bekerja tanpa Excel. Buka berkas Pengukuran Kinerja atau Evaluasi Renja (.xlsx, .xls, .ods, atau ekspor tabel dari aplikasi): berkas diolah di peramban ini saja dan tidak dikirim ke mana pun.",
  openButton: "Buka berkas Excel",
  openAnother: "Buka berkas lain",
  dropHint: "atau seret berkasnya ke sini",
  /** Shown for a file that is not an .xlsx: what it was read as, and that the result is a new .xlsx. */
  readAs: (format: Exclude<SourceFormat, "xlsx">) =>
    `Berkas ${FORMAT_ID[format]} dibaca; hasilnya diunduh sebagai .xlsx baru, berkas asli tidak diubah. ` +
    `Tidak ikut ke .xlsx itu: ${LEFT_OUT[format]}; agar semuanya tetap, simpan dulu berkasnya sebagai .xlsx di ` +
    "Excel atau LibreOffice.",
  macrosLeftOut:
    "Makro di berkas ini tidak ikut ke hasil: buku kerja .xlsx tidak dapat memuat makro. Berkas aslinya tetap utuh dengan makronya.",
  dropActive: "Lepaskan berkas untuk membukanya",
  readingFile: (name: string) => `Membaca berkas "${name}"…`,
  parsingSheets: (done: number, total: number) =>
    total > 0 ? `${done} dari ${total} lembar kerja dibuka…` : "Membuka lembar kerja…",
  /** The rows read so far of the worksheet being read (its dimension may be unknown: total 0). */
  rowsRead: (rows: number, total: number) =>
    total > 0
      ? `${count(rows, "id-ID")} dari ${count(total, "id-ID")} baris dibaca.`
      : `${count(rows, "id-ID")} baris dibaca.`,
  unpacking: (done: number, total: number) =>
    `Membuka paket berkas: ${megabytes(done, "id-ID")} dari ${megabytes(total, "id-ID")} MB…`,
  converting: "Mengubah berkas menjadi buku kerja .xlsx…",
  checking: (rows: number) => `Memeriksa ${count(rows, "id-ID")} baris…`,
  progressLabel: "Kemajuan membuka berkas",
  cancel: "Batal",
  openFailed: "Berkas tidak dapat dibuka",
  loadingSteps: "Memuat langkah-langkah…",
  currentFile: "Berkas",
  download: "Unduh hasil",
  preparingDownload: "Menyiapkan unduhan…",
  downloadHint: "Tersedia setelah tabel LKjIP dibuat (langkah Buat LKjIP).",
  downloadReady: (name: string) => `Hasil siap diunduh sebagai ${name}.`,
  downloaded: (name: string) => `Diunduh: ${name}. Buka di Excel atau LibreOffice Calc.`,
  downloadFailed: "Hasil tidak dapat diunduh",
  unsavedTitle: "Hasil belum diunduh",
  unsavedBody: (current: string, next: string) =>
    `Tabel LKjIP yang dibuat dari "${current}" belum diunduh. Jika "${next}" dibuka sekarang, hasil itu hilang.`,
  unsavedKeep: "Kembali dan unduh dulu",
  unsavedDrop: "Buka tanpa mengunduh",
};

const en: typeof id = {
  introTitle: "Without Excel",
  intro:
    "This page works without Excel. Open a Pengukuran Kinerja or Evaluasi Renja workbook (.xlsx, .xls, .ods, or a table exported by an app): it is processed in this browser only and sent nowhere.",
  openButton: "Open a spreadsheet file",
  openAnother: "Open another file",
  dropHint: "or drop the file here",
  readAs: (format: Exclude<SourceFormat, "xlsx">) =>
    `Read as ${FORMAT_EN[format]}; the result downloads as a new .xlsx, the original file is not changed. ` +
    `Not carried over into it: ${LEFT_OUT_EN[format]}; to keep everything, first save the file as .xlsx in Excel ` +
    "or LibreOffice.",
  macrosLeftOut:
    "The macros in this file are not in the result: an .xlsx workbook cannot hold macros. The original file keeps them.",
  dropActive: "Release the file to open it",
  readingFile: (name: string) => `Reading "${name}"…`,
  parsingSheets: (done: number, total: number) =>
    total > 0 ? `${done} of ${total} worksheets opened…` : "Opening the worksheets…",
  rowsRead: (rows: number, total: number) =>
    total > 0 ? `${count(rows, "en-US")} of ${count(total, "en-US")} rows read.` : `${count(rows, "en-US")} rows read.`,
  unpacking: (done: number, total: number) =>
    `Unpacking the file: ${megabytes(done, "en-US")} of ${megabytes(total, "en-US")} MB…`,
  converting: "Converting the file into an .xlsx workbook…",
  checking: (rows: number) => `Checking ${count(rows, "en-US")} rows…`,
  progressLabel: "Opening progress",
  cancel: "Cancel",
  openFailed: "The file cannot be opened",
  loadingSteps: "Loading the steps…",
  currentFile: "File",
  download: "Download result",
  preparingDownload: "Preparing the download…",
  downloadHint: "Available once the LKjIP tables are built (step Build LKjIP tables).",
  downloadReady: (name: string) => `Ready to download as ${name}.`,
  downloaded: (name: string) => `Downloaded: ${name}. Open it in Excel or LibreOffice Calc.`,
  downloadFailed: "The result cannot be downloaded",
  unsavedTitle: "Result not downloaded",
  unsavedBody: (current: string, next: string) =>
    `The LKjIP tables built from "${current}" have not been downloaded. Opening "${next}" now discards them.`,
  unsavedKeep: "Go back and download first",
  unsavedDrop: "Open without downloading",
};

export type WebText = typeof id;
export const WEB_TEXT: Record<Language, WebText> = { id, en };
