/**
 * Evaluasi Renja forms of the round-20 probe (test/fixtures/er-probe20); misread before the fix each test names.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe20");

async function read(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  const model = analysis.models[0] as EvaluasiRenjaModel;
  const sum = (figure: (p: EvaluasiRenjaModel["program"][number]) => number | undefined) =>
    model.program.reduce((n, p) => n + (figure(p) ?? 0), 0);
  const serious = analysis.findings.filter((f) => f.severity !== "info");
  return { model, serious, realisasi: sum((p) => p.realisasi?.value.toNumber()) };
}

describe("realisasi (13) titled by the quarter it reaches (`… s.d. Triwulan II`), read as a quarter before", () => {
  it("is read as (13) on a TW II form: every realisasi was empty, and (13) never checked", async () => {
    const { model, serious, realisasi } = await read("er20-09-disdik-keterangan-angka-tw2.xlsx");
    expect(countModel(model)).toMatchObject({ program: 3, kegiatan: 6, subKegiatan: 11, indikator: 21 });
    expect(model.columns.realisasiRp).toBe(22);
    expect(model.columns.realisasiTw2Rp).toBe(16);
    expect(realisasi).toBe(1_886_969_200);
    expect(serious).toEqual([]);
  });

  it("a (13) that misses its quarters is found (nothing was said before)", async () => {
    const { serious } = await read("iso09b-judul13-sd-tw2-13-salah.xlsx");
    expect(serious.map((f) => [f.rule, f.cell])).toEqual([["realisasi-total-mismatch", "W15"]]);
  });

  it("beside the quarter IV columns it names too, (13) is its own group, not more of quarter IV", async () => {
    const clean = await read("iso02x-judul13-sd-tw4.xlsx");
    expect(clean.model.columns.realisasiTw4Rp).toBe(20);
    expect(clean.model.columns.realisasiRp).toBe(22);
    expect(clean.serious).toEqual([]);
    const { serious } = await read("iso13-t1-dievaluasi-sd-tw4-W12-salah.xlsx");
    expect(serious.map((f) => [f.rule, f.cell])).toEqual([["realisasi-total-mismatch", "W12"]]);
  });
});

it("a name wrapped onto the next row (a printed form pasted from PDF) is one name, not a node without figures", async () => {
  // Before: 7 kegiatan and 16 sub kegiatan instead of 5 and 10, 16 missing-value warnings, names cut.
  const { model, serious, realisasi } = await read("er20-08-pupr-nama-bersambung.xlsx");
  expect(countModel(model)).toMatchObject({ program: 3, kegiatan: 5, subKegiatan: 10, indikator: 18 });
  expect(model.program[0].name).toBe("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA");
  expect(model.program[0].kegiatan[0].subKegiatan[1].name).toBe(
    "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
  );
  expect(realisasi).toBe(9_332_763_500);
  expect(serious).toEqual([]);
});

it("a form saved as HTML without its sheet name takes its year from the header over (8) (`Tahun Berjalan (2024)`)", async () => {
  // Before: "tahun tidak disebut" and tables titled TAHUN n.
  const { model } = await read("er19-12-pupr-triwulan-di-nama-lembar.html");
  expect(model.tahun).toBe(2024);
});
