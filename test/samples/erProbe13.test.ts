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
    if (!result.source) throw new Error("no source");
    const ss = result.specs.filter((s) => s.name.startsWith("LKjIP SS"));
    expect(ss.map((s) => s.name)).toEqual(["LKjIP SS I"]);
    const titles = ss[0].cells.map((c) => c.cell.value).filter((v) => typeof v === "string" && v.startsWith("Sasaran"));
    expect(titles.some((t) => (t as string).includes(": 3"))).toBe(false);
  });
});

describe("an indikator with a target written `≤ 5` (less is better) against its target akhir Renstra", () => {
  it("is measured negatif in Tabel 3.3 as in Tabel 3.1: 4% against an end target of 2% is 0%, not 200%", async () => {
    const grids = await gridsOf(path.join(DIR, "er13-02-disdik-target-batas.xlsx"));
    expect(analyseWorkbook(grids).findings.filter((f) => f.severity !== "info")).toEqual([]);
    const result = generateLkjip(grids);
    if (!result.source) throw new Error("no source");
    const ss = result.specs.find((s) => s.name === "LKjIP SS I")!;
    const name = "Persentase Rekomendasi Temuan BPK yang Belum Ditindaklanjuti";
    const rows = ss.cells.filter((c) => c.cell.value === name).map((c) => c.row);
    const cellsOf = (r: number) => ss.cells.filter((c) => c.row === r).map((c) => c.cell);
    // Tabel 3.1: ≤ 5 and 4 → (2 × 5 − 4) / 5 = 120%.
    expect(cellsOf(rows[0]).map((c) => c.result)).toContain(1.2);
    // Tabel 3.3: target akhir 2, realisasi s.d. tahun ini 4 → (2 × 2 − 4) / 2 = 0%.
    const renstraRow = rows.find((r) => cellsOf(r).some((c) => c.value === 0.02));
    expect(renstraRow).toBeDefined();
    const tingkat = cellsOf(renstraRow!).find((c) => c.formula !== undefined)!;
    const [t, r] = [`C${renstraRow! + 1}`, `E${renstraRow! + 1}`];
    expect(tingkat).toMatchObject({ formula: `IF(${t}=0,"",(2*${t}-${r})/${t})`, result: 0 });
  });
});

describe("a semester form (Realisasi Kinerja Pada Semester I / II)", () => {
  it("is read: the halves in the places of TW II and TW IV, the year their sum", async () => {
    const grids = await gridsOf(path.join(DIR, "er13-09a-pertanian-semester.xlsx"));
    const analysis = analyseWorkbook(grids);
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const model = analysis.models[0] as EvaluasiRenjaModel;
    expect(model).toMatchObject({ layout: "evaluasi-renja", triwulan: 4, semester: true });
    expect(countModel(model)).toMatchObject({ program: 3, kegiatan: 5, subKegiatan: 9, indikator: 17 });
    expect(model.columns.realisasiTw1K).toBeUndefined();
    const sakip = model.program[0].indikator[0];
    expect(sakip.realisasiTriwulan.map((v) => v?.value.toNumber() ?? null)).toEqual([null, 58.64, null, 84.2]);
    const result = generateLkjip(grids);
    if (!result.source) throw new Error("no source");
    const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
    const total = ra.cells.find((c) => c.cell.value === "BELANJA DAERAH")!.row;
    const figures = ra.cells.filter((c) => c.row === total && c.col >= 2).map((c) => c.cell.result);
    expect(figures.slice(0, 2)).toEqual([3411264700, 2641800800]);
  });

  it("after the first half: up to TW II, Semester II empty, nothing missing", async () => {
    const grids = await gridsOf(path.join(DIR, "er13-09c-pertanian-semester-1.xlsx"));
    const analysis = analyseWorkbook(grids);
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const model = analysis.models[0] as EvaluasiRenjaModel;
    expect(model).toMatchObject({ triwulan: 2, semester: true });
    expect(model.program[0].realisasi?.value.toNumber()).toBe(811531100);
  });

  it("after the first half, every LKjIP title says how far it reaches in the form's words: s.d. Semester I", async () => {
    const result = generateLkjip(await gridsOf(path.join(DIR, "er13-09c-pertanian-semester-1.xlsx")));
    if (!result.source) throw new Error("no source");
    const titles = result.specs
      .filter((s) => s.kind === "lkjip-table")
      .map((s) => s.cells.find((c) => c.row === 0 && c.col === 0)?.cell.value);
    expect(titles).toHaveLength(3);
    for (const t of titles) expect(t).toMatch(/\(s\.d\. Semester I; realisasi belum mencakup setahun penuh\)$/);
  });
});
