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
