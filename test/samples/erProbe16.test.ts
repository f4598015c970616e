/**
 * Evaluasi Renja forms of the round-16 probe (test/fixtures/er-probe16): a correct form the engine had read into
 * empty chapters, and a planted error it missed. Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe16");

describe("program rows that carry no indikator (the kegiatan and sub kegiatan rows below carry them)", () => {
  it("measure each sasaran by its kegiatan's indikator instead of leaving its chapter empty", async () => {
    const grids = await gridsOf(path.join(DIR, "er16-06-pupr-program-tanpa-indikator.xlsx"));
    expect(analyseWorkbook(grids).findings.filter((f) => f.severity !== "info")).toEqual([]);
    const result = generateLkjip(grids);
    if (!result.source) throw new Error("no source");
    const ss1 = result.specs.find((s) => s.name === "LKjIP SS I")!;
    const names = new Set(ss1.cells.map((c) => c.cell.value));
    for (const name of [
      "Jumlah Dokumen Perencanaan dan Evaluasi yang Disusun",
      "Jumlah Laporan Administrasi Keuangan",
      "Jumlah Paket Administrasi Umum",
    ])
      expect(names.has(name)).toBe(true);
    const printed = result.specs.flatMap((s) => s.cells.map((c) => c.cell.value));
    expect(printed.filter((v) => typeof v === "string" && v.includes("tidak memiliki indikator"))).toEqual([]);
  });
});

describe("quarter columns written up to each quarter (`s.d. Triwulan`)", () => {
  it("hold the year's realisasi (13) to the report's quarter: a sub kegiatan whose (13) differs is found at its row", async () => {
    const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "er16-13-kominfo-kumulatif-tw4-salah.xlsx")));
    const own = analysis.findings.find((f) => f.messageKey === "realisasi-total-mismatch.kumulatif");
    expect(own).toMatchObject({ cell: "W15", severity: "error" });
    expect(own?.message).toContain("U15");
    expect(own?.message).toContain("Rp 5.000.000");
  });
});
