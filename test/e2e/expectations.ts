import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { Grid } from "../../src/core/grid/grid";
import { Analysis, analyseWorkbook, generateLkjip, GenerateResult } from "../../src/core/pipeline";
import { gridsOf as readGrids } from "../file/gridsOf";
import { countModel, ModelCounts } from "../../src/core/model/counts";

export const ROOT = path.resolve(__dirname, "..", "..");
export const SAMPLE = path.join(ROOT, "assets", "samples", "pengukuran-kinerja-2022.xlsx");
/** The Evaluasi Renja sample made by hand in Excel (formulas, fills), TW I and TW IV 2022. */
export const ER_SAMPLE = path.join(ROOT, "assets", "samples", "evaluasi-renja-2022.xlsx");
/** The second sample, with long tables (scripts/build-sample-2021.ts). */
export const SAMPLE_2021 = path.join(ROOT, "assets", "samples", "pengukuran-kinerja-2021.xlsx");

export async function loadXlsx(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export async function gridsOf(file: string): Promise<Grid[]> {
  return readGrids(file);
}

export interface PaneExpectations {
  analysis: Analysis;
  /** Per recognised sheet, what the Kenali step must show. */
  counts: { sheet: string; counts: ModelCounts }[];
  generate: GenerateResult;
}

/** What the pane must show for a workbook, computed by the engine here in Node (never written down by hand). */
export async function paneExpectations(file: string): Promise<PaneExpectations> {
  const grids = await gridsOf(file);
  const analysis = analyseWorkbook(grids);
  const generate = generateLkjip(grids);
  if (!generate.source) throw new Error(`${file}: the engine recognises no Pengukuran Kinerja or Evaluasi Renja table`);
  return {
    analysis,
    counts: analysis.models.map((m) => ({ sheet: m.sheet, counts: countModel(m) })),
    generate,
  };
}
