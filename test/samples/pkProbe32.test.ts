/**
 * Quarterly Pengukuran Kinerja workbooks of the round-32 probe (test/fixtures/pk-probe32). Each test fails on the
 * engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-probe32");

it("a sheet whose only budget realisasi is the quarter's own says that none for the year so far is read, not that all is well (pk32 F1)", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "pk32-b-dpmptsp-2023-per-triwulan.xlsx")), {
    sheet: "TRW III",
  });
  expect(analysis.findings.map((f) => [f.cell, f.severity, f.messageKey])).toEqual([
    ["A5", "warning", "missing-value.realisasi-anggaran-column"],
  ]);
  expect(analysis.findings[0].message).toContain('Kolom realisasi satu triwulan saja (mis. "REALISASI TRIWULAN III")');
});
