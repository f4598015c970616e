import { FileWorkbook } from "../../file/fileWorkbook";

/* global document, URL, Blob */

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Long enough for the browser to start the download before the object URL goes away. */
const REVOKE_AFTER_MS = 60_000;

/** Offer the workbook as a download (`<name>-lkjip.xlsx`); returns the name it was offered under. */
export async function downloadWorkbook(workbook: FileWorkbook): Promise<string> {
  const blob = new Blob([await workbook.toBuffer()], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = workbook.downloadName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return workbook.downloadName;
}
