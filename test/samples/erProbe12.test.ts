/**
 * Evaluasi Renja forms of the round-12 probe (test/fixtures/er-probe12): correct forms the engine had misread, and
 * one with two dates where K figures belong. Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { countModel } from "../../src/core/model/counts";
import { SheetSpec } from "../../src/core/tables/sheetSpec";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe12");

async function analyse(file: string) {
  const grids = await gridsOf(path.join(DIR, file));
  const analysis = analyseWorkbook(grids);
  const model = analysis.models[0] as EvaluasiRenjaModel;
  const serious = analysis.findings.filter((f) => f.severity !== "info");
  return { grids, model, serious };
}

/** Each row of a generated sheet with a cell holding `text`, as the values (or cached results) of its cells. */
function rowsWith(spec: SheetSpec, text: string): unknown[][] {
  const rows = spec.cells.filter((c) => c.cell.value === text).map((c) => c.row);
  return rows.map((r) => spec.cells.filter((c) => c.row === r).map((c) => c.cell.result ?? c.cell.value));
}

describe("an indikator where less is better (Angka Kematian Ibu, Keterangan 'Semakin kecil semakin baik')", () => {
  it("is measured negatif in the tables and prefilled negatif in Data Pendukung: 130 against 110 is no 118%", async () => {
    const { grids, serious } = await analyse("er12-04b-dinkes-kab-aki-memburuk.xlsx");
    expect(serious).toEqual([]);
    const result = generateLkjip(grids);
    if (!result.source) throw new Error("no source");
    const rows = result.specs
      .filter((s) => s.name.startsWith("LKjIP SS"))
      .flatMap((s) => rowsWith(s, "Angka Kematian Ibu (AKI)"));
    // (2 × 110 − 130) / 110 = 81,82%: Tinggi, not 118,18% Sangat Tinggi.
    expect(rows).toContainEqual(expect.arrayContaining([110, 130, 0.8181818181818182, "Tinggi"]));
    expect(rows.flat()).not.toContain("Sangat Tinggi");
    const dp = result.specs.find((s) => s.kind === "data-pendukung")!;
    expect(rowsWith(dp, "Angka Kematian Ibu (AKI)")[0]).toContain("negatif");
  });
});

describe("extra indikator rows without a name whose Rp cells hold `-`", () => {
  it("are indikator of the node above, not nameless kegiatan", async () => {
    const { model, serious } = await analyse("er12-08-dinkes-kab-baris-indikator-strip.xlsx");
    expect(serious).toEqual([]);
    expect(countModel(model)).toMatchObject({ program: 3, kegiatan: 6, subKegiatan: 10, indikator: 23 });
  });
});

describe("a Sasaran written as a heading row across the form (`Sasaran : …`)", () => {
  it("starts a Sasaran PD block and is no program", async () => {
    const { model, serious } = await analyse("er12-13-disdik-kota-sasaran-baris-judul.xlsx");
    expect(serious).toEqual([]);
    expect(countModel(model)).toMatchObject({ sasaran: 2, program: 3, kegiatan: 6, subKegiatan: 11 });
    expect(model.sasaran.map((s) => [s.name, s.cell])).toEqual([
      ["Meningkatnya akuntabilitas kinerja perangkat daerah", "A9"],
      ["Meningkatnya angka partisipasi dan mutu pendidikan", "A19"],
    ]);
  });
});

describe("a target Renja K written as a range (`90-95`, `80 s/d 90`)", () => {
  it("is read as one: no unreadable-value, and the tables measure it (inside 100%)", async () => {
    const { grids, serious } = await analyse("er12-01b-disdik-kab-target-rentang-readme.xlsx");
    expect(serious).toEqual([]);
    const result = generateLkjip(grids);
    if (!result.source) throw new Error("no source");
    const ranges = result.specs
      .flatMap((s) => s.cells.map((c) => c.cell.value))
      .filter((v) => /^\d+–\d+%?$/.test(String(v)));
    expect(new Set(ranges)).toEqual(new Set(["90–95%", "80–90%"]));
  });
});

describe("K written as words on an ordered scale (predikat SAKIP `BB`, opini BPK `WTP`)", () => {
  it("are values, not unreadable numbers: the tables print them and say whether the target is reached", async () => {
    const { model, serious } = await analyse("er12-12-kominfo-kab-k-predikat-opini.xlsx");
    expect(serious).toEqual([]);
    const ind = model.program[0].indikator[0];
    expect(ind.name).toBe("Predikat SAKIP Perangkat Daerah");
    expect(ind.unreadable).toBeUndefined();
    expect(Object.fromEntries(Object.entries(ind.kualitatif ?? {}).map(([k, v]) => [k, v?.nilai]))).toEqual({
      targetRenstraK: "A",
      realisasiRenstraK: "B",
      targetRenjaK: "BB",
      realisasiTw4K: "B",
      realisasiK: "B",
      realisasiSdTahunK: "B",
    });
    const result = generateLkjip(await gridsOf(path.join(DIR, "er12-12-kominfo-kab-k-predikat-opini.xlsx")));
    if (!result.source) throw new Error("no source");
    const ss = result.specs.filter((s) => s.name.startsWith("LKjIP SS"));
    const capaian = ss.flatMap((s) => rowsWith(s, "Predikat SAKIP Perangkat Daerah"));
    // Tabel 3.1: target BB, realisasi B, not reached; Tabel 3.3 (Renstra): A, B, B, not reached yet.
    expect(capaian).toContainEqual(expect.arrayContaining(["BB", "B", "Tidak tercapai"]));
    expect(capaian).toContainEqual(expect.arrayContaining(["A", "B", "Belum tercapai"]));
    expect(ss.flatMap((s) => rowsWith(s, "Opini BPK atas Laporan Keuangan"))).toContainEqual(
      expect.arrayContaining(["WTP", "WTP", "Tercapai"]),
    );
    const babII = result.specs.find((s) => s.name === "LKjIP Bab II")!;
    expect(rowsWith(babII, "Predikat SAKIP Perangkat Daerah")[0]).toContain("BB");
    // No note anywhere says a target is empty.
    const texts = result.specs.flatMap((s) => s.cells.map((c) => String(c.cell.value ?? "")));
    expect(texts.filter((t) => /target tahunan kosong|target kosong/i.test(t))).toEqual([]);
    // Data Pendukung is prefilled with the target akhir Renstra as the form writes it, words too.
    const dp = result.specs.find((s) => s.kind === "data-pendukung")!;
    expect(rowsWith(dp, "Predikat SAKIP Perangkat Daerah")[0]).toContain("A");
    expect(rowsWith(dp, "Opini BPK atas Laporan Keuangan")[0]).toContain("WTP");
  });
});

describe("a K figure Excel turned into a date (`4/5` typed)", () => {
  it("is a date-in-amount finding at its own cell, never the date's serial number counted", async () => {
    const { serious } = await analyse("er12-03b-pertanian-kab-k-tanggal-program.xlsx");
    expect(serious.map((f) => [f.rule, f.cell, f.messageKey])).toEqual([
      ["date-in-amount", "V22", "date-in-amount.kinerja"],
      ["date-in-amount", "P25", "date-in-amount.kinerja"],
    ]);
    expect(serious[0].message).toContain("04/05/2023");
  });
});

describe("one wrong figure, one finding, where the form's own equations show which figure it is", () => {
  it("a sub kegiatan's year Rp that is not its triwulan summed: not its parent, not its Renstra total", async () => {
    const { serious } = await analyse("er12-02-kominfo-kab-k-bersatuan.xlsx");
    expect(serious.map((f) => [f.rule, f.cell])).toEqual([["realisasi-total-mismatch", "W21"]]);
  });

  it("a realisasi Renstra s/d this year that is not (7) + (13): not the tingkat capaian computed from it", async () => {
    const { serious } = await analyse("er12-10-pupr-kab-tw2-nol.xlsx");
    expect(serious.map((f) => [f.rule, f.cell])).toEqual([["renstra-total-mismatch", "Y26"]]);
  });
});
