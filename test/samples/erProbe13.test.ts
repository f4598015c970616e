/**
 * Evaluasi Renja forms of the round-13 probe (test/fixtures/er-probe13): correct forms the engine had misread. Each
 * test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe13");

describe("a row of column numbers with a note in words (`15 = 11+12+13+14 (Rp dan K jumlah); K persentase = 14`)", () => {
  const file = path.join(DIR, "er13-03-pupr-k13-nilai-akhir.xlsx");

  it("is header: no unreadable number on it, no tujuan or sasaran named `2` and `3`", async () => {
    const grids = await gridsOf(file);
    const analysis = analyseWorkbook(grids);
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const model = analysis.models[0] as EvaluasiRenjaModel;
    expect(countModel(model)).toMatchObject({
      tujuan: 1,
      sasaran: 1,
      program: 3,
      kegiatan: 5,
      subKegiatan: 10,
      indikator: 18,
    });
    expect(model.tujuan.map((t) => t.name)).toEqual(["Meningkatnya kualitas infrastruktur"]);
    // The cell still states its equation: (15) is the sum of the four triwulan.
    expect(model.equations.find((e) => e.number === 15)?.sum).toEqual([11, 12, 13, 14]);
  });

  it("gives the one sasaran the first LKjIP sheet", async () => {
    const result = generateLkjip(await gridsOf(file));
    const ss = result.specs.filter((s) => s.name.startsWith("LKjIP SS"));
    expect(ss.map((s) => s.name)).toEqual(["LKjIP SS I"]);
    const titles = ss[0].cells.map((c) => c.cell.value).filter((v) => typeof v === "string" && v.startsWith("Sasaran"));
    expect(titles.some((t) => (t as string).includes(": 3"))).toBe(false);
  });
});
