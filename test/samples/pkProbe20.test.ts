/**
 * Pengukuran Kinerja sheets of the round-20 probe (test/fixtures/pk-probe20); misread before the fix each test names.
 */
import { countModel } from "../../src/core/model/counts";
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
