/**
 * Evaluasi Renja forms of the round-27 probe (test/fixtures/er-probe27): header wordings of other apps and offices.
 * Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe27");

async function read(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  const model = analysis.models[0] as EvaluasiRenjaModel;
  return { model, findings: analysis.findings.map((f) => [f.rule, f.cell]) };
}

it("quarters' Rp headed `Rp (Rp.000)` are read: a TW III typo is found (every quarter's Rp was dropped, nothing said)", async () => {
  const { model, findings } = await read("er27-04p-rp-ribuan-tw3-salah.xlsx");
  expect(model.columns.realisasiTw3Rp).toBeDefined();
  expect(findings).toEqual([
    ["rupiah-unit", "I7"],
    ["realisasi-vs-children", "S10"],
    ["realisasi-total-mismatch", "W12"],
  ]);
});

it("groups headed `Tgt.`, `Real.`, `Cap.` are read: a wrong (15) is found (five groups were dropped, nothing said)", async () => {
  const { model, findings } = await read("er27-03fp-singkatan-capaian-15-salah.xlsx");
  for (const key of ["targetRenstraRp", "realisasiRenstraRp", "realisasiRp", "realisasiSdTahunRp", "tingkatCapaianRp"])
    expect([key, model.columns[key as keyof typeof model.columns]]).toEqual([key, expect.any(Number)]);
  expect(findings).toEqual([["tingkat-capaian-mismatch", "AA17"]]);
});

it("a form whose (8) is headed `Tgt. Renja PD Tahun 2024` is read, correct (it was refused)", async () => {
  const { model, findings } = await read("er27-03d-tgt-renja.xlsx");
  expect(model?.layout).toBe("evaluasi-renja");
  expect(findings).toEqual([]);
});

it("a header of one row with short titles (`Target K`, `Real TW I Rp`, `Real Tahun 2024 K`) is read (it was refused)", async () => {
  const { model, findings } = await read("er27-06-satu-baris-singkat.xlsx");
  for (const key of [
    "targetRenjaK",
    "targetRenjaRp",
    "realisasiTw1Rp",
    "realisasiK",
    "realisasiRp",
    "realisasiSdTahunRp",
  ])
    expect([key, model.columns[key as keyof typeof model.columns]]).toEqual([key, expect.any(Number)]);
  expect(findings).toEqual([]);
});

it("in that header a wrong year realisasi (13) is found at its cell", async () => {
  const { findings } = await read("er27-06p-satu-baris-13-salah.xlsx");
  expect(findings).toEqual([["realisasi-total-mismatch", "U8"]]);
});
