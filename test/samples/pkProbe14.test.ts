/**
 * Pengukuran Kinerja sheets of the round-14 probe (test/fixtures/pk-probe14): correct sheets the engine had misread,
 * and one planted error it missed. Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../src/core/model/types";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-probe14");

async function read(file: string) {
  const grids = await gridsOf(path.join(DIR, file));
  const analysis = analyseWorkbook(grids);
  const serious = analysis.findings.filter((f) => f.severity !== "info");
  const result = generateLkjip(grids);
  if (!result.source) throw new Error("no source");
  const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
  const row = ra.cells.find((c) => c.cell.value === "BELANJA DAERAH")!.row;
  const belanja = ra.cells.filter((c) => c.row === row && c.col >= 2 && c.col <= 3).map((c) => c.cell.result);
  return { analysis, serious, result, belanja, model: result.source as PengukuranKinerjaModel };
}

describe("`TRIWULAN INI` (the quarter alone) beside `S/D TRIWULAN INI`", () => {
  it("under REALISASI (Rp): the realisasi is the S/D column, no capaian anggaran is called wrong", async () => {
    const { serious, belanja } = await read("R13b-realisasi-triwulan-ini-sd-triwulan-ini.xlsx");
    expect(serious).toEqual([]);
    expect(belanja).toEqual([10_776_912_052, 7_808_898_280]);
  });

  it("under the kinerja REALISASI: ibu hamil 90,25% against 95%, not the quarter's 31,40%", async () => {
    const { serious, model } = await read("R19b-realisasi-kinerja-triwulan-ini.xlsx");
    expect(serious).toEqual([]);
    const ind = model.tujuan[0].sasaran[0].indikator[0];
    expect(ind.realisasi?.value.toNumber()).toBe(90.25);
  });
});

describe("two sheets of one period, the one right of the other a hidden older draft `(lama)`", () => {
  it("the LKjIP is built from the current sheet", async () => {
    const { result, belanja } = await read("R10b-sheet-lama-tersembunyi-di-kanan.xlsx");
    expect(result.source?.sheet).toBe("TW III 2023");
    expect(belanja).toEqual([10_776_912_052, 7_808_898_280]);
  });
});

describe("amounts in thousands said only by a note under the table", () => {
  it("are read ×1000, and the note is named", async () => {
    const { analysis, belanja } = await read("R01d-ribuan-catatan-kaki.xlsx");
    expect(belanja).toEqual([10_776_908_000, 7_808_890_000]);
    expect(analysis.findings.map((f) => [f.rule, f.cell])).toEqual([["rupiah-unit", "A36"]]);
  });
});

describe("one TARGET TAHUN column and no target per triwulan", () => {
  it("a wrong stated capaian is measured against that target: one warning at the planted I8", async () => {
    const { serious } = await read("R07b-target-tahunan-capaian-salah.xlsx");
    expect(serious.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ["capaian-kinerja-mismatch", "I8", 95, 59.5],
    ]);
  });
});

describe("KODE parts typed as numbers whose formats show their zeros (`00`, `0000`)", () => {
  it("are read as shown: 1.02.02 and 1.02.02.2.01.0001, not 1.2.2", async () => {
    const { model, serious } = await read("R03-kode-5-kolom-angka.xlsx");
    expect(serious).toEqual([]);
    const program = model.tujuan[0].sasaran[0].program[0];
    expect(program.kode).toBe("1.02.02");
    expect(program.kegiatan[0].subKegiatan[0].kode).toBe("1.02.02.2.01.0001");
  });
});
