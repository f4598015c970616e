/**
 * Pengukuran Kinerja sheets of the round-13 probe (test/fixtures/pk-probe13): correct sheets the engine had misread.
 * Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../src/core/model/types";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-probe13");
const PAGU = 10_776_912_052;
const REALISASI = 7_808_898_280;

async function read(file: string) {
  const grids = await gridsOf(path.join(DIR, file));
  const analysis = analyseWorkbook(grids);
  const model = analysis.models[0] as PengukuranKinerjaModel;
  const serious = analysis.findings.filter((f) => f.severity !== "info");
  const result = generateLkjip(grids);
  if (!result.source) throw new Error("no source");
  const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
  const row = ra.cells.find((c) => c.cell.value === "BELANJA DAERAH")!.row;
  const belanja = ra.cells.filter((c) => c.row === row).map((c) => c.cell.result ?? c.cell.value);
  return { model, serious, belanja };
}

describe.each([
  ["Q03-rekening-belanja-kode-di-nama.xlsx", "rekening belanja rows, the code in the name cell"],
  ["Q03b-rekening-belanja-kolom-kode.xlsx", "rekening belanja rows with a KODE column and formulas above them"],
  ["Q06b-rp-kolom-terpisah.xlsx", "Rp in a column of its own beside each amount"],
  ["Q07c-realisasi-anggaran-per-tw.xlsx", "realisasi per triwulan and JUMLAH s/d TW III under one header"],
])("%s (%s)", (file) => {
  it("is read as the office wrote it: no error, 4/7/17, BELANJA DAERAH as the sheet adds up", async () => {
    const { model, serious, belanja } = await read(file);
    expect(serious).toEqual([]);
    expect(countModel(model)).toMatchObject({ program: 4, kegiatan: 7, subKegiatan: 17 });
    expect(belanja).toEqual(expect.arrayContaining([PAGU, REALISASI]));
  });
});
