import { FileWorkbook } from "../../file/fileWorkbook";
import { firstLine, FileWorkbookError } from "../../file/fileErrors";

export type OpeningProgress =
  { stage: "berkas"; fileName: string } | { stage: "lembar"; fileName: string; done: number; total: number };

/** The file the user picked or dropped, as a workbook the pane can work on. */
export async function openXlsxFile(file: File, onProgress: (p: OpeningProgress) => void): Promise<FileWorkbook> {
  const fileName = file.name;
  onProgress({ stage: "berkas", fileName });
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (e) {
    throw new FileWorkbookError(`Berkas "${fileName}" tidak dapat dibaca (${firstLine(e)}).`);
  }
  return FileWorkbook.fromBuffer(bytes, fileName, (p) =>
    onProgress({ stage: "lembar", fileName, done: p.done, total: p.total }),
  );
}

/** 0..1 for the progress bar: reading the bytes is the first tenth, parsing the worksheets the rest. */
export function openingFraction(p: OpeningProgress): number {
  if (p.stage === "berkas") return 0.05;
  return p.total > 0 ? 0.1 + 0.9 * Math.min(p.done / p.total, 1) : 0.1;
}
