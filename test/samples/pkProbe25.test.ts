/**
 * Pengukuran Kinerja sheets of the round-25 probe (test/fixtures/pk-probe25): a stated capaian written as a bound.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-probe25");

async function findings(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  return analysis.findings.map((f) => [f.rule, f.cell]);
}

it("a capaian written `>100%` above a capaian of 100,99% is right, no unreadable value (a false error before)", async () => {
  expect(await findings("pk25-05-capaian-teks-lebih-100.xlsx")).toEqual([]);
});

it("a capaian written `>100%` where the figures give 95% is found", async () => {
  expect(await findings("pk25-05b-capaian-teks-lebih-100-salah.xlsx")).toEqual([["capaian-kinerja-mismatch", "L15"]]);
});
