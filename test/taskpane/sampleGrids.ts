import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { Grid } from "../../src/core/grid/grid";
import { readGrid } from "../../src/file/readGrid";

export const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "pengukuran-kinerja-2022.xlsx");

/** The sample workbook's sheets as grids, read the way the CLI reads them. */
export async function sampleGrids(): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  return wb.worksheets.map(readGrid);
}
