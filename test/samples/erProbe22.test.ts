/**
 * Evaluasi Renja forms of the round-22 probe (test/fixtures/er-probe22): one cause, one finding. Two have a planted
 * error in a row between the total and the rows under it (the total, right, was reported wrong as well); one has a
 * refund written `(1.500.000)` under a kegiatan with that one sub kegiatan (the kegiatan was warned about too).
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe22");

async function errors(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  return analysis.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell]);
}

it("an urusan's realisasi 2.000.000 short is named at the urusan, not also at the total that adds up its bidang", async () => {
  expect(await errors("iso01b-urusan-realisasi-salah.xlsx")).toEqual([
    ["realisasi-vs-children", "W10"],
    ["realisasi-total-mismatch", "W10"],
  ]);
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
