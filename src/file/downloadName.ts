/** Extensions of the files we open (an HTML export or saved page often carries an .xls name). */
export const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xltx|xltm|xls|ods|fods|xml|html?|mht|mhtml)$/i;
/** What an earlier download already added: `-lkjip`, and the ` (1)` a browser appends to a name it had saved. */
const EARLIER_RESULT = /-lkjip(?:\s*\(\d+\))?$/i;

/**
 * `Pengukuran TW IV.xlsx` → `Pengukuran TW IV-lkjip.xlsx`: the source stays recognisable and is never overwritten.
 * A result opened again (`…-lkjip.xlsx`, `…-lkjip (1).xlsx`) keeps its name rather than growing `-lkjip-lkjip`.
 */
export function lkjipDownloadName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(WORKBOOK_EXTENSION, "").trim().replace(EARLIER_RESULT, "");
  return `${base || "buku-kerja"}-lkjip${resultExtension(fileName)}`;
}

/**
 * The extension of the result of a source file: `.xlsm` for a macro-enabled workbook, whose macros the result keeps
 * (Excel refuses a `.xlsx` that holds them), else `.xlsx` (other formats are read and written anew as `.xlsx`).
 */
export function resultExtension(fileName: string): ".xlsx" | ".xlsm" {
  // A macro-enabled template (.xltm) gives a macro-enabled workbook.
  return /\.xl[st]m$/i.test(fileName.trim()) ? ".xlsm" : ".xlsx";
}
