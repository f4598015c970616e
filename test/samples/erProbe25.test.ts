/**
 * Evaluasi Renja forms of the round-25 probe (test/fixtures/er-probe25). Each test fails on the engine before the fix
 * it names.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { budgetNodes } from "../../src/core/validation/modelAccess";
import { describeSkipped } from "../../src/cli/commands/openSource";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe25");

it("numbered unit headings over the programs (`II. UPTD LABORATORIUM …`) are no programs (two phantom programs and four warnings before)", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "er25-11-dinkes-unit-upt-bernomor.xlsx")));
  const model = analysis.models[0] as EvaluasiRenjaModel;
  const nodes = budgetNodes(model);
  const programs = nodes.filter((r) => r.node.level === "program").map((r) => r.node.name);
  expect(programs).toHaveLength(3);
  expect(programs.some((n) => /DINAS KESEHATAN|UPTD/.test(n))).toBe(false);
  expect(countModel(model)).toMatchObject({ program: 3, indikator: 13 });
  expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
});

it("a form with its column titles and no data row says so, not which Pengukuran Kinerja titles it lacks", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "er25-28-judul-tanpa-baris.xlsx")));
  expect(analysis.models).toEqual([]);
  const said = describeSkipped(analysis.skipped[0]);
  expect(said).toBe(
    '  Lembar "TW I 2024": judul kolom tabel Evaluasi Renja ada di baris 7, tetapi tidak ada baris data di bawahnya.',
  );
});

it("a SUM over an amount that could not be read (`#####`) is not read either: one finding, no realisasi-over-pagu built on the short sum", async () => {
  const file = "er25-f01-pagu-sub-kegiatan-tak-terbaca.xlsx";
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  const at = (cell: string) =>
    analysis.findings.filter((f) => f.cell === cell && f.sheet === "TW IV 2022").map((f) => f.rule);
  expect(at("L37")).toEqual(["unreadable-value"]);
  // The kegiatan's pagu (16.030.000 without L37) and the program's over it: no finding quotes them.
  expect(at("V36")).toEqual([]);
  expect(at("V34")).not.toContain("realisasi-over-pagu");
});
