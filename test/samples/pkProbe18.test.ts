/**
 * Pengukuran Kinerja sheets of the round-18 probe (test/fixtures/pk-probe18): correct, laid out as offices do, and
 * misread by the engine before the fix each test names.
 */
import { countModel } from "../../src/core/model/counts";
import { readPkProbe } from "./pkProbeRead";

const read = (file: string) => readPkProbe("pk-probe18", file);

const TRUTH = { sasaran: 3, indikator: 4, program: 4, kegiatan: 7, subKegiatan: 17 };

it("`Lokasi: …` | `Sumber Dana: DAU` under a sub kegiatan are its details, no budget rows and no unreadable amount", async () => {
  const { analysis, model, pagu } = await read("E03-baris-lokasi-sumber-dana.xlsx");
  expect(countModel(model)).toMatchObject(TRUTH);
  expect(pagu).toBe(10_776_912_052);
  expect(analysis.findings).toEqual([]);
});

it("`REALISASI SP2D` beside `REALISASI NETTO`: the netto, after refunds, is the realisasi", async () => {
  const { analysis, model, realisasi } = await read("E06-realisasi-sp2d-cp-netto.xlsx");
  expect(model.columns.realisasiAnggaran).toBe(20);
  expect(realisasi).toBe(7_808_898_280);
  expect(analysis.findings).toEqual([]);
});

it("pembilang and penyebut counts under an indikator's merged name are part of its formulasi, no indikator", async () => {
  const { analysis, model } = await read("E01n-formulasi-pembilang-penyebut-angka.xlsx");
  expect(countModel(model)).toMatchObject(TRUTH);
  expect(model.tujuan[0].sasaran[0].indikator[0].formulasi).toHaveLength(3);
  expect(analysis.findings).toEqual([]);
});

it.each([
  "E17-kegiatan-tanpa-angka-dengan-kode.xlsx",
  // Without codes, a name alone after a sub kegiatan's figures had been read as the rest of that sub kegiatan's
  // name (4 kegiatan of 7), with 21 level-uncertain infos saying sums differed.
  "E15-kegiatan-tanpa-angka.xlsx",
])(
  "%s: kegiatan rows holding only their name are totalled from their sub kegiatan, with one info each",
  async (file) => {
    const { analysis, model, pagu } = await read(file);
    expect(countModel(model)).toMatchObject(TRUTH);
    expect(pagu).toBe(10_776_912_052);
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(analysis.findings.map((f) => f.messageKey)).toEqual(Array(7).fill("heading-row-sum.unmerged"));
  },
);

describe("a program repeated as `… (lanjutan)` at the top of a printed page", () => {
  it("goes on with the program above: no fifth program, no finding", async () => {
    const { analysis, model, pagu } = await read("E02-program-lanjutan-ganti-halaman.xlsx");
    expect(countModel(model)).toMatchObject(TRUTH);
    expect(pagu).toBe(10_776_912_052);
    expect(analysis.findings).toEqual([]);
  });

  it("so a program SUM that leaves out the kegiatan after the break is found at its cell", async () => {
    const { analysis } = await read("E02b-lanjutan-pagu-program-terpotong.xlsx");
    expect(analysis.findings.map((f) => [f.rule, f.cell])).toEqual([["formula-range", "N20"]]);
  });
});
