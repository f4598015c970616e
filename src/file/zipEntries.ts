/**
 * The names in a zip's central directory, read without unpacking anything: enough to tell an .xlsx from another
 * zip (.docx, .ods) and to count its worksheets before the slow parse. Null when the directory cannot be found
 * (a truncated or damaged file); "unknown" for zip64 archives, which this reader does not follow.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null | "unknown" {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return "unknown";
  const decoder = new TextDecoder("utf-8");
  const names: string[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The end-of-central-directory record sits in the last 22 bytes plus at most a 64 KiB comment. */
function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= lowest; p--) {
    if (view.getUint32(p, true) === 0x06054b50) return p;
  }
  return -1;
}

export const WORKBOOK_PART = "xl/workbook.xml";
const WORKSHEET_PART = /^\/?xl\/worksheets\/sheet\d+\.xml$/;

export function countWorksheetParts(names: string[]): number {
  return names.filter((n) => WORKSHEET_PART.test(n)).length;
}

export function hasWorkbookPart(names: string[]): boolean {
  return names.some((n) => n.replace(/^\//, "") === WORKBOOK_PART);
}
