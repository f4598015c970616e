/* global document, URL, Blob */
import { resultExtension } from "../../file/downloadName";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSM_MIME = "application/vnd.ms-excel.sheet.macroEnabled.12";
/** Long enough for the browser to start the download before the object URL goes away. */
const REVOKE_AFTER_MS = 60_000;

/** Offer workbook bytes (built in the worker) as a download under `name` (`<name>-lkjip.xlsx`, or `.xlsm`). */
export function offerDownload(bytes: ArrayBuffer, name: string): void {
  const type = resultExtension(name) === ".xlsm" ? XLSM_MIME : XLSX_MIME;
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
