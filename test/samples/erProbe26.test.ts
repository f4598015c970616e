/**
 * Pemda-level Evaluasi Renja forms of the round-26 probe (test/fixtures/er-probe26), holding two Perangkat Daerah:
 * they were read as one office's report (both offices' programs under one BELANJA DAERAH), with twelve false
 * total-row errors where each office row holds its own total, and the `Perangkat Daerah : …` rows as programs.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe26");

it.each([
  "er26-b1-rkpd-dua-pd.xlsx",
  "er26-b3-rkpd-baris-perangkat-daerah.xlsx",
  "er26-b5-rkpd-jumlah-per-pd-html.xls",
])("%s: the first office is read, the other is named and left out", async (file) => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  const model = analysis.models[0] as EvaluasiRenjaModel;
  expect(model.perangkatDaerah).toBe("DINAS PENDIDIKAN");
  expect(countModel(model)).toMatchObject({ program: 1, kegiatan: 2, subKegiatan: 3 });
  const serious = analysis.findings.filter((f) => f.severity !== "info");
  expect(serious.map((f) => [f.rule, f.cell])).toEqual([["stacked-tables", "A18"]]);
  expect(serious[0].message).toContain("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG (18–37)");
});
