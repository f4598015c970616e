/**
 * A Pengukuran Kinerja sheet of the round-16 probe (test/fixtures/pk-probe16): correct, laid out as offices do, and
 * misread by the engine before the fix the test names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../src/core/model/types";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-probe16");

describe("a tujuan heading merged across a sheet without a TUJUAN column (`I. TUJUAN : MENINGKATNYA …`)", () => {
  it("starts its tujuan and is neither a sasaran nor a program: 3 sasaran, 4 indikator, 4 programs, no finding", async () => {
    const grids = await gridsOf(path.join(DIR, "B16-tujuan-baris-judul-kolom-sasaran.xlsx"));
    const analysis = analyseWorkbook(grids);
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(countModel(analysis.models[0] as PengukuranKinerjaModel)).toMatchObject({
      sasaran: 3,
      indikator: 4,
      program: 4,
      kegiatan: 7,
      subKegiatan: 17,
    });
    // Each heading starts its tujuan, named by its words, with the indikator it names in brackets.
    const model = analysis.models[0] as PengukuranKinerjaModel;
    expect(model.tujuan.map((t) => [t.name, t.indikatorTujuan, t.sasaran.length])).toEqual([
      ["MENINGKATNYA DERAJAT KESEHATAN MASYARAKAT", "Usia Harapan Hidup", 2],
      [expect.stringMatching(/^MENINGKATNYA /), expect.anything(), 1],
    ]);
    const result = generateLkjip(grids);
    if (!result.source) throw new Error("no source");
    expect(result.specs.filter((s) => s.name.startsWith("LKjIP SS")).map((s) => s.name)).toEqual([
      "LKjIP SS I",
      "LKjIP SS II",
      "LKjIP SS III",
    ]);
  });
});
