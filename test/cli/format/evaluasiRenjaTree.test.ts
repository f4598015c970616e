import path from "node:path";
import { formatModelTree } from "../../../src/cli/format/modelTree";
import { analyseWorkbook } from "../../../src/core/pipeline";
import { gridsOf } from "../../file/gridsOf";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "er-probe12");

async function indikatorLines(file: string): Promise<string[]> {
  const model = analyseWorkbook(await gridsOf(path.join(FIXTURES, file))).models[0];
  return formatModelTree(model).filter((l) => l.includes("Indikator"));
}

describe("lkjip inspect's outline of an Evaluasi Renja form", () => {
  test("writes K values on a scale and a target range as the form does", async () => {
    const words = await indikatorLines("er12-12-kominfo-kab-k-predikat-opini.xlsx");
    expect(words.slice(0, 2).map((l) => l.trim())).toEqual([
      "Indikator [F9] Predikat SAKIP Perangkat Daerah (predikat): target BB; realisasi TW I–IV - | - | - | B",
      "Indikator [F10] Opini BPK atas Laporan Keuangan (opini): target WTP; realisasi TW I–IV - | WTP | - | -",
    ]);
    const ranges = await indikatorLines("er12-01b-disdik-kab-target-rentang-readme.xlsx");
    expect(ranges.some((l) => l.includes("Angka Partisipasi Murni SD/MI (%): target 90-95;"))).toBe(true);
  });
});
