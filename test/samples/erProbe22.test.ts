/**
 * Evaluasi Renja forms of the round-22 probe (test/fixtures/er-probe22): one cause, one finding, at the cell that
 * holds it; and a leftover Rupiah unit in a title not believed against the amounts.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe22");

async function errors(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  return analysis.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell]);
}

it("an urusan's realisasi 2.000.000 short is named at the urusan, once, not also at the total that adds up its bidang", async () => {
  // Short of its quarters and of its bidang by the same amounts: one slip, said by the form's own equation (er28 D6).
  expect(await errors("iso01b-urusan-realisasi-salah.xlsx")).toEqual([["realisasi-total-mismatch", "W10"]]);
});

it("a program's pagu 5.000.000 short is named at the program, not also at the JUMLAH that adds up its kegiatan", async () => {
  expect(await errors("er22-18-disdik-multi-indikator-salah.xlsx")).toEqual([["pagu-vs-children", "M24"]]);
});

it("a refund below zero is named at the sub kegiatan, not again at its kegiatan that is below zero through it", async () => {
  expect(await errors("er22-09-bpbd-negatif-kurung.xlsx")).toEqual([["realisasi-negative", "S15"]]);
});

it("a TW II Rp typed 2.500.000 too high: the year's realisasi finding names that quarter's cell as the likely slip", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "er22-16-dinkes-tw2-strip-salah.xlsx")));
  const serious = analysis.findings.filter((f) => f.severity !== "info");
  expect(serious.map((f) => [f.rule, f.cell, f.messageKey])).toEqual([
    ["realisasi-vs-children", "Q14", "realisasi-vs-children.triwulan"],
    ["realisasi-total-mismatch", "W15", "realisasi-total-mismatch.kolom"],
  ]);
  expect(serious[1].message).toContain("Kemungkinan salah ketik di Q15");
});

it("a `(dalam ribuan rupiah)` left in the title of a sheet in full rupiah: amounts read as written, and a warning", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "iso09f-judul-ribuan-nilai-penuh.xlsx")));
  const model = analysis.models[0] as EvaluasiRenjaModel;
  // Rp 2.934.480.400, not Rp 2.934.480.400.000 (×1000, a BPBD of 3,79 trillion before).
  expect(model.program[0].pagu?.value.toNumber()).toBe(2_934_480_400);
  const unit = analysis.findings.filter((f) => f.rule === "rupiah-unit");
  expect(unit.map((f) => [f.severity, f.cell, f.messageKey])).toEqual([["warning", "A5", "rupiah-unit.angka-penuh"]]);
});
