/**
 * Pengukuran Kinerja sheets of the round-19 probe (test/fixtures/pk-probe19): correct, laid out as offices do, and
 * misread by the engine before the fix each test names; the `…b` copies carry one planted error.
 */
import { countModel } from "../../src/core/model/counts";
import { readPkProbe } from "./pkProbeRead";

const read = (file: string) => readPkProbe("pk-probe19", file);

const TRUTH = { sasaran: 3, indikator: 4, program: 4, kegiatan: 7, subKegiatan: 17 };
const BELANJA = { pagu: 10_776_912_052, realisasi: 7_808_898_280 };

describe("two indikator of a sasaran typed in one cell, their figures joined the same way (`70⏎3`)", () => {
  it("are two indikator, each with its figures (six unreadable-value and a merged row before)", async () => {
    const { model, serious, pagu, realisasi } = await read("F01-dua-indikator-satu-sel.xlsx");
    expect(countModel(model)).toMatchObject(TRUTH);
    expect(serious).toEqual([]);
    expect({ pagu, realisasi }).toEqual(BELANJA);
  });

  it("a wrong capaian on the second line is found", async () => {
    const { serious } = await read("F01b-dua-indikator-satu-sel-capaian-salah.xlsx");
    expect(serious.map((f) => [f.rule, f.cell])).toEqual([["capaian-kinerja-mismatch", "L20"]]);
  });
});

describe("`PAGU ANGGARAN (Rp)` merged over the APBD-P's columns", () => {
  it("`SEBELUM PERUBAHAN | BERTAMBAH / (BERKURANG) | SETELAH PERUBAHAN`: the pagu is the revised one (37 false findings before)", async () => {
    const { model, serious, pagu, realisasi } = await read("F03-apbd-p-sebelum-bertambah-setelah.xlsx");
    expect(model.columns.pagu).toBe(15);
    expect(countModel(model)).toMatchObject(TRUTH);
    expect(serious).toEqual([]);
    expect({ pagu, realisasi }).toEqual(BELANJA);
  });

  it("`MURNI | PERUBAHAN`: likewise", async () => {
    const { model, serious, pagu } = await read("F03d-pagu-grup-murni-perubahan.xlsx");
    expect(model.columns.pagu).toBe(14);
    expect(serious).toEqual([]);
    expect(pagu).toBe(BELANJA.pagu);
  });

  it("an anggaran kas left on the pagu before the revision is found (it was lost among the false findings)", async () => {
    const { serious } = await read("F03b-apbd-p-kas-masih-pagu-murni.xlsx");
    expect(serious.map((f) => [f.rule, f.cell])).toEqual([["kas-vs-pagu", "P15"]]);
  });
});

describe("the realisasi anggaran written only in parts, no column for the year's", () => {
  it("`s/d TW I | s/d TW II | s/d TW III`: the year's is the report's quarter's (read as nothing before)", async () => {
    const { model, serious, pagu, realisasi } = await read("F19-realisasi-kumulatif-per-tw.xlsx");
    expect(countModel(model)).toMatchObject(TRUTH);
    expect({ pagu, realisasi }).toEqual(BELANJA);
    expect(serious).toEqual([]);
    const sub = model.tujuan[0].sasaran[0].program[0].kegiatan[0].subKegiatan[0];
    expect(sub.realisasi?.cell).toBe("U10");
  });

  it("`TRIWULAN I | TRIWULAN II | TRIWULAN III`, each quarter's own: their sum (read as nothing before)", async () => {
    const { model, serious, pagu, realisasi } = await read("F19c-realisasi-per-tw-tanpa-jumlah.xlsx");
    expect(countModel(model)).toMatchObject(TRUTH);
    expect({ pagu, realisasi }).toEqual(BELANJA);
    expect(serious).toEqual([]);
  });

  it("`JANUARI … DESEMBER` without a total: the sum of the months so far (JANUARI alone before, 28 false warnings)", async () => {
    const { model, serious, pagu, realisasi } = await read("F05-realisasi-per-bulan-tanpa-jumlah.xlsx");
    expect(countModel(model)).toMatchObject(TRUTH);
    expect({ pagu, realisasi }).toEqual(BELANJA);
    expect(serious).toEqual([]);
  });
});

describe("an indikator's name continued by hand on the next row, that row holding nothing else", () => {
  it("is the rest of its name, not a second indikator without figures (four false warnings and phantom rows before)", async () => {
    const { model, serious } = await read("F02-nama-indikator-dua-baris.xlsx");
    expect(countModel(model)).toMatchObject(TRUTH);
    expect(serious).toEqual([]);
    const names = model.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.indikator.map((i) => i.name)));
    expect(names).toContain("Persentase ibu hamil mendapatkan pelayanan kesehatan ibu hamil sesuai standar");
    expect(names).toContain("Jumlah dokumen perencanaan dan pelaporan yang disusun tepat waktu");
  });
});

describe("a realisasi JUMLAH beside the months it adds up", () => {
  it("is checked against them: a total typed Rp 50.000.000 above its months is found at its own row only", async () => {
    const { serious } = await read("F04b-realisasi-per-bulan-jumlah-salah.xlsx");
    expect(serious.map((f) => [f.rule, f.messageKey, f.cell])).toEqual([
      ["realisasi-total-mismatch", "realisasi-total-mismatch.bulanan", "AE14"],
    ]);
    expect(serious[0].message).toContain("913.772.182");
  });

  it("says nothing where they agree", async () => {
    const { serious, realisasi } = await read("F04-realisasi-per-bulan-dan-jumlah.xlsx");
    expect(serious).toEqual([]);
    expect(realisasi).toBe(BELANJA.realisasi);
  });

  it("is not held to one quarter's own column beside `S/D TW III` (no sum of the year: pk14 D13a)", async () => {
    const { serious } = await read("D13a-tw-iii-sd-tw-iii.xlsx");
    expect(serious).toEqual([]);
  });
});
