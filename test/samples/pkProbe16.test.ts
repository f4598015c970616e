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

describe("a sheet without a SASARAN column names its sasaran as headings over their indikator", () => {
  const PROGRAMS = [
    "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    "PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN",
  ];
  const SASARAN = [
    /^Meningkatnya pelayanan kesehatan ibu dan anak$/i,
    /^Meningkatnya status gizi masyarakat$/i,
    /^Meningkatnya akuntabilitas kinerja perangkat daerah$/i,
  ];

  async function read(file: string) {
    const grids = await gridsOf(path.join(DIR, file));
    const analysis = analyseWorkbook(grids);
    const model = analysis.models[0] as PengukuranKinerjaModel;
    if (!model) throw new Error(`${file} not recognised`);
    return { grids, analysis, model };
  }

  function expectTruth(model: PengukuranKinerjaModel) {
    expect(countModel(model)).toMatchObject({ sasaran: 3, indikator: 4, program: 4, kegiatan: 7, subKegiatan: 17 });
    const sasaran = model.tujuan.flatMap((t) => t.sasaran);
    sasaran.forEach((s, i) => expect(s.name).toMatch(SASARAN[i]));
    expect(sasaran.flatMap((s) => s.program.map((p) => p.name))).toEqual(PROGRAMS);
    const pagu = sasaran.flatMap((s) => s.program).reduce((n, p) => n + (p.pagu?.value.toNumber() ?? 0), 0);
    expect(pagu).toBe(10_776_912_052);
  }

  it("`Sasaran: …` over `Indikator: …` in one column: read without the labels, and its planted capaian error found", async () => {
    const { model, analysis, grids } = await read("B03b-satu-kolom-capaian-salah.xlsx");
    expectTruth(model);
    const sasaran = model.tujuan.flatMap((t) => t.sasaran);
    expect(sasaran.map((s) => s.cell)).toEqual(["D8", "D17", "D22"]);
    expect(sasaran[0].indikator[0].name).toBe(
      "Persentase ibu hamil mendapatkan pelayanan kesehatan ibu hamil sesuai standar",
    );
    expect(model.tujuan.map((t) => t.no)).toEqual(["1", "2"]);
    expect(analysis.findings.filter((f) => f.severity !== "info").map((f) => [f.cell, f.rule])).toEqual([
      ["K9", "capaian-kinerja-mismatch"],
    ]);
    const result = generateLkjip(grids);
    expect("specs" in result && result.specs.filter((s) => s.name.startsWith("LKjIP SS")).length).toBe(3);
  });

  it("`I. Tujuan: …` and `A. Sasaran: …` merged across the table: two named tujuan, three sasaran, no finding", async () => {
    const { model, analysis } = await read("B04-tujuan-sasaran-baris-judul.xlsx");
    expectTruth(model);
    expect(model.tujuan.map((t) => [t.name, t.sasaran.length])).toEqual([
      ["Meningkatnya derajat kesehatan masyarakat", 2],
      ["Meningkatnya kualitas tata kelola pemerintahan perangkat daerah", 1],
    ]);
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("`SASARAN I : …` merged across the table: the heading's words, no number taken from the merge", async () => {
    const { model, analysis } = await read("B15-section-romawi-program-huruf.xlsx");
    expectTruth(model);
    expect(model.tujuan).toHaveLength(1);
    expect(model.tujuan[0].no).toBeUndefined();
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("a sheet whose title gives only the budget year (`TAHUN ANGGARAN 2024` on `Sheet1`)", () => {
  it("is read as s.d. TW III, the triwulan whose targets its capaian follow from, and says so", async () => {
    const grids = await gridsOf(path.join(DIR, "B12-judul-hanya-tahun-anggaran.xlsx"));
    const analysis = analyseWorkbook(grids);
    const model = analysis.models[0] as PengukuranKinerjaModel;
    expect([model.triwulan, model.triwulanFrom, model.tahun]).toEqual([3, "capaian", 2024]);
    // K21 (realisasi 9, targets 3/6/9/12, stated 100%) is right against TW III: no false capaian warning.
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(analysis.findings.filter((f) => f.rule === "triwulan-source").map((f) => [f.messageKey, f.cell])).toEqual([
      ["triwulan-source.capaian", "A1"],
    ]);
  });
});
