/** Extensions of the files we open (an HTML export or saved page often carries an .xls name). */
export const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xls|ods|fods|xml|html?|mhtml?)$/i;

/** `Pengukuran TW IV.xlsx` → `Pengukuran TW IV-lkjip.xlsx`: the source stays recognisable and is never overwritten. */
export function lkjipDownloadName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(WORKBOOK_EXTENSION, "").trim();
  return `${base || "buku-kerja"}-lkjip.xlsx`;
}
