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

it("a kegiatan pagu typed wrong, its kas and its sub kegiatan right, is one finding: the pagu against its children (pk32 F6)", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "pk32-a-dinkes-2024.xlsx")));
  const atM20 = analysis.findings.filter((f) => f.sheet === "Triwulan II 2024" && f.cell === "M20");
  expect(atM20.map((f) => f.rule)).toEqual(["pagu-vs-children"]);
  expect(atM20[0].message).toBe(
    "Pagu kegiatan di M20 (Rp 163.100.000) tidak sama dengan jumlah pagu sub kegiatan di bawahnya (Rp 168.100.000); " +
      "selisih Rp 5.000.000.",
  );
});
