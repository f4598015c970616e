import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CellReading, CellRef, readCells } from "../../file/package/packageCells";
import { convert, createProfile } from "./soffice";

const XLSX = "xlsx:Calc MS Excel 2007 XML";

export interface RecalculatedWorkbook {
  /** The input file's name (as given). */
  name: string;
  cells: Map<string, CellReading>;
}

/**
 * Opens each workbook in LibreOffice with every formula recomputed on load (OOXMLRecalcMode = always), saves it as
 * .xlsx again and reads the given cells from that copy: the values LibreOffice computes, not the cached ones.
 * One soffice process for all workbooks (≈ 1 s each). Workbooks are given as bytes with a file name.
 */
export function recalculate(
  books: { name: string; bytes: Uint8Array; cells: CellRef[] }[],
  workDir?: string,
): RecalculatedWorkbook[] {
  const dir = workDir ?? mkdtempSync(path.join(os.tmpdir(), "lkjip-recalc-"));
  try {
    const inDir = path.join(dir, "in");
    const outDir = path.join(dir, "out");
    const profile = createProfile(path.join(dir, "profile"), true);
    const inputs = books.map((b, i) => path.join(inDir, `${i}-${path.basename(b.name)}`));
    mkdirSync(inDir, { recursive: true });
    books.forEach((b, i) => writeFileSync(inputs[i], b.bytes));
    const outputs = convert(inputs, XLSX, outDir, profile);
    return books.map((b, i) => ({ name: b.name, cells: readCells(readFileSync(outputs[i]), b.cells) }));
  } finally {
    if (!workDir) rmSync(dir, { recursive: true, force: true });
  }
}
