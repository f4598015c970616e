const EXCEL_EXTENSION = /\.(xlsx|xlsm|xls)$/i;

/** `Pengukuran TW IV.xlsx` → `Pengukuran TW IV-lkjip.xlsx`: the source stays recognisable and is never overwritten. */
export function lkjipDownloadName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(EXCEL_EXTENSION, "").trim();
  return `${base || "buku-kerja"}-lkjip.xlsx`;
}
