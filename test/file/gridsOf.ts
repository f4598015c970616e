import { readFileSync } from "node:fs";
import { Grid } from "../../src/core/grid/grid";
import { FileWorkbook } from "../../src/file/fileWorkbook";

/** Every source sheet of a workbook file as grids, read as the CLI and the web page read them. */
export async function gridsOf(file: string | Uint8Array, name = "buku.xlsx"): Promise<Grid[]> {
  const bytes = typeof file === "string" ? new Uint8Array(readFileSync(file)) : file;
  const workbook = await FileWorkbook.fromBuffer(bytes, typeof file === "string" ? file : name);
  return workbook.sourceSheetNames().map((n) => workbook.grid(n));
}
