import { readFileSync } from "node:fs";
import path from "node:path";
import { Grid } from "../../../src/core/grid/grid";
import { Analysis, analyseWorkbook } from "../../../src/core/pipeline";
import { countModel } from "../../../src/core/model/counts";
import { FileWorkbook } from "../../../src/file/fileWorkbook";

export const FORMATS = path.join(__dirname, "..", "..", "fixtures", "formats");
export const SAMPLE = path.join(__dirname, "..", "..", "..", "assets", "samples", "pengukuran-kinerja-2022.xlsx");

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FORMATS, name)));
}

export async function openFixture(name: string): Promise<FileWorkbook> {
  return FileWorkbook.fromBuffer(fixtureBytes(name), name);
}

export async function openSample(): Promise<FileWorkbook> {
  return FileWorkbook.fromBuffer(new Uint8Array(readFileSync(SAMPLE)), "pengukuran-kinerja-2022.xlsx");
}

export function sourceGrids(wb: FileWorkbook): Grid[] {
  return wb.sourceSheetNames().map((n) => wb.grid(n));
}

/** What the engine made of a workbook, in a form two workbooks can be compared by: counts per model, findings. */
export function recognition(analysis: Analysis): { models: unknown[]; findings: string[] } {
  return {
    models: analysis.models.map((m) => ({ sheet: m.sheet, triwulan: m.triwulan, tahun: m.tahun, ...countModel(m) })),
    findings: analysis.findings.map((f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}`).sort(),
  };
}

export function recognise(grids: Grid[]): { models: unknown[]; findings: string[] } {
  return recognition(analyseWorkbook(grids));
}
