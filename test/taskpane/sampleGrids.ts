import path from "node:path";
import { Grid } from "../../src/core/grid/grid";
import { gridsOf } from "../file/gridsOf";

export const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "pengukuran-kinerja-2022.xlsx");

/** The sample workbook's sheets as grids, read the way the CLI reads them. */
export async function sampleGrids(): Promise<Grid[]> {
  return gridsOf(SAMPLE);
}
