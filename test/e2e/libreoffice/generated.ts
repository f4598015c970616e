import { readFileSync } from "node:fs";
import { generateLkjip } from "../../../src/core/pipeline";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { FileWorkbook } from "../../../src/file/fileWorkbook";

export interface GeneratedWorkbook {
  bytes: Buffer;
  /** The specs that were written, each with the name it was written under. */
  sheets: { name: string; spec: SheetSpec }[];
}

/** The LKjIP workbook the web page would offer for download, made here in Node through the same adapter. */
export async function generateFromFile(file: string): Promise<GeneratedWorkbook> {
  const port = await FileWorkbook.fromBuffer(readFileSync(file), file);
  const grids = [];
  for (const sheet of await port.listSheets()) grids.push(await port.readSheet(sheet.name));
  const result = generateLkjip(grids);
  if (!result.source) throw new Error(`${file}: no Pengukuran Kinerja or Evaluasi Renja table`);
  const report = await port.writeSheets(result.specs);
  const sheets = result.specs.flatMap((spec, i) => {
    const name = report.sheets[i].name;
    return name === null ? [] : [{ name, spec }];
  });
  return { bytes: Buffer.from(await port.toBuffer()), sheets };
}
