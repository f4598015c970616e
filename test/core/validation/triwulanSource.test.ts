/**
 * The report's triwulan when the title does not state it plainly: inferred from the targets the sheet's own capaian
 * follow from, and said (triwulan-source) wherever it did not come from the title, or the sheet's name disagrees.
 */
import { analyseWorkbook } from "../../../src/core/pipeline";
import { Grid } from "../../../src/core/grid/grid";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { indikatorSheet, Value } from "../tables/indikatorSheet";
import { SheetModel } from "../../../src/core/model/sheetModel";
import { triwulanSource } from "../../../src/core/validation/rules/triwulanSource";

/** indikatorSheet with another title line and sheet name. */
function sheet(data: Value[][], title: string, name: string): Grid {
  const grid = indikatorSheet(data);
  grid.cells[0] = [{ value: title }];
  return { ...grid, name };
}

const budget = ["", "", "", "", "", "", "", "", "PROGRAM PENUNJANG", 1000, 700];
/** Targets 3/6/9/12 (a count that grows per quarter): realisasi 9 stated as 100% is measured against TW III's 9. */
const dokumen = (capaian: number): Value[] => [
  "Meningkatnya tata kelola",
  "Jumlah dokumen",
  3,
  6,
  9,
  12,
  9,
  capaian,
  "PROGRAM PENUNJANG",
  1000,
  700,
];
/** The same target every quarter: its capaian tells no triwulan. */
const persen: Value[] = ["", "Indeks kepuasan", 80, 80, 80, 80, 76, 95, "", "", ""];

function read(grid: Grid) {
  const analysis = analyseWorkbook([grid]);
  const model = analysis.models[0] as PengukuranKinerjaModel;
  const said = analysis.findings.filter((f) => f.rule === "triwulan-source");
  return { model, said, analysis };
}

describe("a sheet whose title and name do not state the triwulan", () => {
  test("is read as the triwulan whose targets its capaian follow from, and says so at A1", () => {
    const { model, said, analysis } = read(
      sheet([dokumen(100), persen], "PENGUKURAN KINERJA TAHUN ANGGARAN 2024", "Sheet1"),
    );
    expect([model.triwulan, model.triwulanFrom]).toEqual([3, "capaian"]);
    expect(said.map((f) => [f.severity, f.messageKey, f.cell, f.params.triwulan])).toEqual([
      ["info", "triwulan-source.capaian", "A1", 3],
    ]);
    expect(said[0].message).toContain("s.d. TW III");
    // Measured against TW III's target, the office's 100% is right: no capaian finding.
    expect(analysis.findings.filter((f) => f.rule === "capaian-kinerja-mismatch")).toEqual([]);
  });

  test("is read as the year's end when no capaian tells, or they disagree, and says that", () => {
    // Another sasaran's count indikator stated against TW IV: the two disagree.
    const other: Value[] = ["Meningkatnya layanan", "Jumlah layanan", 5, 10, 15, 20, 15, 75, "", "", ""];
    for (const rows of [[persen], [dokumen(75)], [dokumen(100), other]]) {
      const { model, said } = read(sheet([...rows, budget], "PENGUKURAN KINERJA TAHUN ANGGARAN 2024", "Sheet1"));
      expect(model.triwulan).toBeNull();
      expect(said.map((f) => f.messageKey)).toEqual(["triwulan-source.unstated"]);
    }
  });
});

test("a title's triwulan is read over the sheet's name, and a name that says another is pointed out", () => {
  const { model, said } = read(sheet([dokumen(100)], "PENGUKURAN KINERJA S/D TRIWULAN III TAHUN 2023", "TW 4"));
  expect([model.triwulan, model.triwulanFrom, model.triwulanLembar]).toEqual([3, "judul", 4]);
  expect(said.map((f) => [f.messageKey, f.params.triwulan, f.params.triwulanLembar])).toEqual([
    ["triwulan-source.conflict", 3, 4],
  ]);
  expect(read(sheet([dokumen(100)], "PENGUKURAN KINERJA S/D TRIWULAN III TAHUN 2023", "TW III")).said).toEqual([]);
  expect(read(sheet([dokumen(100)], "PENGUKURAN KINERJA TAHUN 2023", "TW III")).said).toEqual([]);
  // The ` (2)` Excel gives a copy is no quarter: `TW4 (2)` says TW IV, not `TW 4 - 2`.
  expect(read(sheet([dokumen(75)], "PENGUKURAN KINERJA S/D TRIWULAN IV TAHUN 2023", "TW4 (2)")).said).toEqual([]);
  expect(read(sheet([dokumen(75)], "PENGUKURAN KINERJA TAHUN 2023", "TW IV (2)")).model.triwulan).toBe(4);
});

test("an Evaluasi Renja form read as the last quarter holding realisasi says so before TW IV only", () => {
  const form = (triwulan: number) =>
    ({
      layout: "evaluasi-renja",
      sheet: "Evaluasi Renja",
      triwulan,
      triwulanFrom: "realisasi",
      headerRows: [4, 6],
      columns: { kode: 0 },
    }) as unknown as SheetModel;
  expect(triwulanSource(form(2)).map((f) => [f.messageKey, f.cell, f.params.triwulan])).toEqual([
    ["triwulan-source.realisasi", "A1", 2],
  ]);
  expect(triwulanSource(form(4))).toEqual([]);
});
