/**
 * Evaluasi Renja forms of the round-18 probe (test/fixtures/er-probe18): rows above or among the programs that are
 * no program (an organisation total, revenue, unit headings), read as programs before the fix each test names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe18");

async function read(file: string) {
  const grids = await gridsOf(path.join(DIR, file));
  const analysis = analyseWorkbook(grids);
  const model = analysis.models[0] as EvaluasiRenjaModel;
  const pagu = model.program.reduce((n, p) => n + (p.pagu?.value.toNumber() ?? 0), 0);
  return { grids, analysis, model, pagu };
}

it("SIPD's organisation row (`1.02.0.00.0.00.01.0000 DINAS KESEHATAN`) is the unit's total, checked as one", async () => {
  const { analysis, model, pagu, grids } = await read("er18-21-dinkes-baris-organisasi-sipd.xlsx");
  expect(countModel(model)).toMatchObject({ program: 3, kegiatan: 6, subKegiatan: 10, indikator: 19 });
  expect(pagu).toBe(5_007_670_900);
  expect(model.totals.map((t) => t.row + 1)).toContain(10);
  expect(analysis.findings).toEqual([]);
  const result = generateLkjip(grids);
  if (!result.source) throw new Error("no source");
  // Realisasi Anggaran: its first program, A, is the first program of the form, not the organisation row.
  const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
  const values = ra.cells.map((c) => c.cell.value);
  expect(values[values.indexOf("A") + 1]).toBe("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA");
});

it("a BLUD's revenue rows and the BELANJA DAERAH heading are no urusan, program or kegiatan", async () => {
  const { analysis, model, pagu } = await read("er18-02-rsud-blud-pendapatan.xlsx");
  expect(countModel(model)).toMatchObject({ urusan: 0, program: 3, kegiatan: 6, subKegiatan: 10, indikator: 19 });
  expect(pagu).toBe(4_501_746_400);
  expect(analysis.findings.map((f) => [f.severity, f.messageKey, f.cell])).toEqual([
    ["info", "level-uncertain.pendapatan", "E10"],
  ]);
});

it("`SUB UNIT : KELURAHAN …` headings without code or figures are no programs", async () => {
  const { analysis, model, pagu } = await read("er18-20-kecamatan-sub-unit-kode-berulang.xlsx");
  expect(countModel(model)).toMatchObject({ program: 5, kegiatan: 7, subKegiatan: 12, indikator: 24 });
  expect(pagu).toBe(5_423_111_700);
  expect(analysis.findings).toEqual([]);
});

it("a tingkat capaian (15) of a `%` indikator is held to (14) / (6) too: the planted Z19 is found", async () => {
  const { analysis } = await read("er18-16-pertanian-k-persen-capaian-salah.xlsx");
  expect(analysis.findings.map((f) => [f.severity, f.rule, f.cell])).toEqual([
    ["warning", "tingkat-capaian-mismatch", "Z19"],
  ]);
  expect(analysis.findings[0].message).toContain("72,21%");
});

it("several indikator written one per line of the same cells are read as that many indikator, each with its figures", async () => {
  const { analysis, model } = await read("er18-07-disdik-indikator-satu-sel.xlsx");
  expect(countModel(model)).toMatchObject({ indikator: 23 });
  // 20 unreadable-value findings (`59,61⏎72,30⏎58,76` is no number) before the fix.
  expect(analysis.findings).toEqual([]);
  const program = model.program.find((p) => p.kode === "1.01.02")!;
  const row19 = program.indikator.filter((i) => i.cell === "F19");
  expect(
    row19.map((i) => [i.name, i.line, i.satuan, i.targetRenja?.value.toNumber(), i.realisasi?.value.toNumber()]),
  ).toEqual([
    ["Angka Partisipasi Murni SD/MI", 1, "%", 90, 59.61],
    ["Angka Partisipasi Murni SMP/MTs", 2, "%", 75, 72.3],
    ["Angka Partisipasi Murni SD", 3, "%", 85, 58.76],
  ]);
  expect(row19[1].realisasi?.cell).toBe("V19");
});

it("a wrong figure on one line of such cells is found, and named by its indikator", async () => {
  const { analysis } = await read("er18-07b-disdik-indikator-satu-sel-capaian-salah.xlsx");
  expect(analysis.findings.map((f) => [f.severity, f.rule, f.cell])).toEqual([
    ["warning", "tingkat-capaian-mismatch", "Z19"],
  ]);
  expect(analysis.findings[0].message).toContain("92,30");
});
