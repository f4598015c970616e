/**
 * An indikator whose name says less is better, its capaian stated as R/T, and nothing else saying its polaritas: the
 * officer is asked (probe gen25 D1: `Angka Kematian Ibu` measured R/T went into the report without a word).
 */
import path from "node:path";
import { Grid } from "../../../src/core/grid/grid";
import { analyseWorkbook, generateLkjip } from "../../../src/core/pipeline";
import { readDataPendukung } from "../../../src/core/tables/dataPendukung";
import { specToGrid } from "../../../src/core/tables/specToGrid";
import { gridsOf } from "../../file/gridsOf";

const SAMPLE = path.join(__dirname, "..", "..", "..", "assets", "samples", "pengukuran-kinerja-2022.xlsx");

/** The sample with its first indikator (E8: target 0,39, realisasi 0,38, capaian 97,44 = R/T) renamed. */
async function renamed(): Promise<Grid[]> {
  const grids = await gridsOf(SAMPLE);
  const tw4 = grids.find((g) => g.name === "TW IV 2022")!;
  tw4.cells[7][4] = { ...tw4.cells[7][4], value: "Angka Kematian Ibu" };
  return grids;
}

const byName = (findings: { messageKey?: string; cell: string }[]) =>
  findings.filter((f) => f.messageKey === "capaian-kinerja-mismatch.polaritas-nama").map((f) => f.cell);

it("is said at the capaian cell with what the negatif formula gives, and Data Pendukung leaves its polaritas empty", async () => {
  const grids = await renamed();
  const analysis = analyseWorkbook(grids);
  const found = analysis.findings.filter((f) => f.messageKey === "capaian-kinerja-mismatch.polaritas-nama");
  expect(found.map((f) => [f.cell, f.severity, Number(f.expected), Number(f.actual)])).toEqual([
    ["L8", "warning", 102.56, 97.44],
  ]);
  expect(found[0].message).toContain('"Angka Kematian Ibu" biasanya makin kecil makin baik');
  // The original name says nothing of the kind: no such finding.
  expect(byName(analyseWorkbook(await gridsOf(SAMPLE)).findings)).toEqual([]);

  const result = generateLkjip(grids);
  if (!result.source) throw new Error("no source");
  const dp = readDataPendukung(specToGrid(result.specs.find((s) => s.kind === "data-pendukung")!)).data;
  const row = dp.indikator.find((d) => d.indikator === "Angka Kematian Ibu")!;
  expect(row.polaritasTertulis).toBe(false);
});

it.each(["Negatif", "Positif"])("is no longer said once the officer writes %s in Data Pendukung", async (written) => {
  const grids = await renamed();
  const result = generateLkjip(grids);
  if (!result.source) throw new Error("no source");
  const dpGrid = specToGrid(result.specs.find((s) => s.kind === "data-pendukung")!);
  const header = dpGrid.cells.findIndex((r) => r?.some((c) => c?.value === "Indikator Kinerja"));
  const polCol = dpGrid.cells[header].findIndex((c) => typeof c?.value === "string" && c.value.startsWith("Polaritas"));
  const at = dpGrid.cells.findIndex((r) => r?.some((c) => c?.value === "Angka Kematian Ibu"));
  dpGrid.cells[at][polCol] = { value: written };
  expect(byName(analyseWorkbook([...grids, dpGrid], { dataPendukungSheet: dpGrid.name }).findings)).toEqual([]);
});
