/**
 * Evaluasi Renja forms with counts typed as text (`'1.020`), read as thousands: the row's own arithmetic settles the
 * reading (test/fixtures/er-probe21). An ambiguous-separator warning each was given before.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe21");

async function warnings(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  return analysis.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell]);
}

it("a TW I count `'1.020` whose (13) is 1020 needs no warning", async () => {
  expect(await warnings("iso06o-tw1-k-teks-ribuan.xlsx")).toEqual([]);
});

it("a (6) count `'1.250` that (15) = (14) / (6) × 100 confirms needs no warning", async () => {
  expect(await warnings("iso06n-satu-k-teks-ribuan.xlsx")).toEqual([]);
});

it("of nine columns of `600.000`-like counts, only the one in no sum of the form is still said (9 before)", async () => {
  expect(await warnings("iso-14h-program-ribuan-teks.xlsx")).toEqual([["ambiguous-separator", "L19"]]);
});
