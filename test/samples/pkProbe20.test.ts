/**
 * Pengukuran Kinerja sheets of the round-20 probe (test/fixtures/pk-probe20); misread before the fix each test names.
 */
import path from "node:path";
import { countModel } from "../../src/core/model/counts";
import { generateLkjip } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";
import { readPkProbe } from "./pkProbeRead";

const read = (file: string) => readPkProbe("pk-probe20", file);

it("a `Rata-rata Capaian Kinerja Sasaran` line under a sasaran's indikator is no indikator (7 indikator and 6 warnings before)", async () => {
  const { model, serious } = await read("G06-baris-rata-rata-capaian-sasaran.xlsx");
  expect(countModel(model)).toMatchObject({ sasaran: 3, indikator: 4, program: 4, kegiatan: 7, subKegiatan: 17 });
  const names = model.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.indikator.map((i) => i.name)));
  expect(names.some((n) => /rata-rata/i.test(n))).toBe(false);
  expect(serious).toEqual([]);
});

describe("a capaian anggaran column headed as the realisasi's share", () => {
  it.each([
    ["G10b-efisiensi-capaian-program-salah.xlsx", "V16"],
    ["D10w2-g10b-header-persentase-realisasi.xlsx", "T16"],
  ])("%s: is read and checked (ignored before: the planted capaian went unseen)", async (file, cell) => {
    const { serious } = await read(file);
    expect(serious.map((f) => [f.rule, f.cell])).toEqual([["capaian-anggaran-mismatch", cell]]);
    expect(serious[0].message).toContain("70,97%");
  });
});

it("`PERSENTASE TERHADAP PAGU` under the TOTAL row is no kegiatan (an 8th kegiatan and 7 false findings before)", async () => {
  const { model, serious } = await read("G14-total-dan-persentase-akhir.xlsx");
  expect(countModel(model)).toMatchObject({ program: 4, kegiatan: 7, subKegiatan: 17 });
  expect(serious).toEqual([]);
});

it("figures over a row with an error are marked alike from a workbook with formulas and from its HTML export (values)", async () => {
  // Before: from the HTML only the row itself was marked; its kegiatan, program and the totals printed unmarked.
  const dir = path.join(__dirname, "..", "fixtures", "pk-probe20");
  const marked = async (file: string) => {
    const result = generateLkjip(await gridsOf(path.join(dir, file)));
    if (result.source === null) throw new Error("no table");
    return result.specs.flatMap((s) =>
      s.cells.filter((c) => String(c.cell.numFmt ?? "").endsWith('"*"')).map((c) => `${s.name}!${c.row}:${c.col}`),
    );
  };
  const fromFormulas = await marked("F04b-realisasi-per-bulan-jumlah-salah.xlsx");
  expect(fromFormulas.filter((m) => m.startsWith("LKjIP Realisasi Anggaran")).length).toBeGreaterThan(3);
  expect(await marked("F04b-realisasi-per-bulan-jumlah-salah.html")).toEqual(fromFormulas);
});

describe("a POLARITAS column in the sheet", () => {
  it("`Stabil` is the indikator's polaritas: a capaian stated as R/T is found (accepted before, 104% Sangat Tinggi)", async () => {
    const { model, serious } = await read("G15b-stabil-capaian-ditulis-r-per-t.xlsx");
    const obat = model.tujuan
      .flatMap((t) => t.sasaran.flatMap((s) => s.indikator))
      .find((i) => i.name === "Rasio ketersediaan obat terhadap kebutuhan");
    expect(obat?.polaritas).toBe("stabil");
    expect(serious.map((f) => [f.rule, f.cell])).toEqual([["capaian-kinerja-mismatch", "M16"]]);
    expect(serious[0].message).toContain("96,00%");
    expect(serious[0].message).toContain("polaritas stabil");
  });

  it("what it says prefills Data Pendukung and measures the tables (negatif had been guessed from the capaian)", async () => {
    expect((await read("G15-polaritas-stabil.xlsx")).serious).toEqual([]);
    const result = generateLkjip(
      await gridsOf(path.join(__dirname, "..", "fixtures", "pk-probe20", "G15-polaritas-stabil.xlsx")),
    );
    if (result.source === null) throw new Error("no table");
    const dp = result.specs.find((s) => s.kind === "data-pendukung")!;
    const row = dp.cells.find((c) => c.cell.value === "Rasio ketersediaan obat terhadap kebutuhan")!.row;
    expect(dp.cells.some((c) => c.row === row && c.cell.value === "stabil")).toBe(true);
  });
});
