/**
 * A year's quarters in one workbook (test/fixtures/pk-year37). Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-year37");

test("a sheet named `TW 4` whose title was left at S/D TRIWULAN III, its capaian measured against the TW IV targets, is read as TW IV and says so (year37 D3: the report was headed s.d. Triwulan III over the year's money, with 14 false realisasi-over-kas warnings)", async () => {
  const grids = await gridsOf(path.join(DIR, "year37-nama-lembar-tw4-judul-tw3.xlsx"));
  const analysis = analyseWorkbook(grids);
  const model = analysis.models.find((m) => m.sheet === "TW 4")!;
  expect([model.triwulan, model.triwulanFrom, model.triwulanJudul]).toEqual([4, "lembar", 3]);
  const own = analysis.findings.filter((f) => f.sheet === "TW 4" && f.severity !== "info");
  expect(own.map((f) => `${f.cell} ${f.messageKey}`).sort()).toEqual([
    "A1 triwulan-source.conflict-lembar",
    "S11 realisasi-over-kas",
    "S11 realisasi-over-pagu",
  ]);
  expect(own.find((f) => f.cell === "A1")!.severity).toBe("warning");
  // The other quarters' sheets keep the period their titles and names agree on.
  expect(analysis.models.filter((m) => m.sheet !== "TW 4").map((m) => [m.sheet, m.triwulan])).toEqual([
    ["TW I 2023", 1],
    ["TW II 2023", 2],
    ["TW III 2023", 3],
  ]);
  const result = generateLkjip(grids);
  if (!("specs" in result)) throw new Error("no source");
  const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
  expect(ra.cells.some((c) => typeof c.cell.value === "string" && c.cell.value.includes("Triwulan III"))).toBe(false);
});
