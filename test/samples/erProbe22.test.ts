/**
 * Evaluasi Renja forms of the round-22 probe (test/fixtures/er-probe22), each with one planted error in a row
 * between the total and the rows under it: the total, right, was reported wrong as well.
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
