import { directoryEntryAt, endRecordAt, findEndOfDirectory } from "./package/zipDirectory";

/**
 * The names in a zip's central directory, read without unpacking anything: enough to tell an .xlsx from another
 * zip (.docx, .ods) and to count its worksheets before the slow parse. Null when the directory cannot be found
 * (a truncated or damaged file); "unknown" for zip64 archives, which this reader does not follow.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null | "unknown" {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const { count, offset } = endRecordAt(view, end);
  if (count === 0xffff || offset === 0xffffffff) return "unknown";
  const decoder = new TextDecoder("utf-8");
  const names: string[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    const entry = p + 46 > bytes.length ? null : directoryEntryAt(view, p);
    if (entry === null || entry.nameStart + entry.nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(entry.nameStart, entry.nameStart + entry.nameLength)));
    p = entry.next;
  }
  return names;
}

export const WORKBOOK_PART = "xl/workbook.xml";
const WORKSHEET_PART = /^\/?xl\/worksheets\/sheet\d+\.xml$/;

export function countWorksheetParts(names: string[]): number {
  return names.filter((n) => WORKSHEET_PART.test(n)).length;
}

export function hasWorkbookPart(names: string[]): boolean {
  return names.some((n) => n.replace(/^\//, "") === WORKBOOK_PART);
}
