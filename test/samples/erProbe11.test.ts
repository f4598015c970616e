import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { gridsOf } from "../file/gridsOf";
import { countModel } from "../../src/core/model/counts";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe11");

async function analyse(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  const model = analysis.models[0] as EvaluasiRenjaModel;
  const serious = analysis.findings.filter((f) => f.severity !== "info");
  return { model, serious };
}

describe("the form's footer lines under the table (tests/fixtures/er-probe11)", () => {
  it("in the Tujuan column are not read as tujuan, and say nothing", async () => {
    const { model, serious } = await analyse("er11-01-dinkes-prov-tw4.xlsx");
    expect(model.tujuan.map((t) => t.name)).toHaveLength(1);
    expect(model.tujuan[0].name).not.toMatch(/rata|predikat|faktor|tindak/i);
    expect(countModel(model)).toMatchObject({ tujuan: 1, sasaran: 1, program: 3, kegiatan: 6, subKegiatan: 10 });
    expect(serious).toEqual([]);
  });

  it("in the names column with their words in a figure column are not unreadable figures", async () => {
    const { model, serious } = await analyse("er11-17-kominfo-kab-footer-in-namecol.xlsx");
    expect(countModel(model)).toMatchObject({ tujuan: 1, sasaran: 2, program: 3, kegiatan: 5, subKegiatan: 9 });
    expect(serious).toEqual([]);
  });
});

describe("figures joined with line breaks in one cell", () => {
  it("are read line by line, one indikator per line, never one number made of their digits", async () => {
    const { model, serious } = await analyse("er11-19-pupr-kab-indikator-joined.xlsx");
    // The probe's truth: 21 indikator (18 read before, the joined ones as one with `8.590` for `85⏎90`).
    expect(countModel(model)).toMatchObject({ program: 3, kegiatan: 5, subKegiatan: 10, indikator: 21 });
    expect(serious).toEqual([]);
    const first = model.program[0].indikator;
    expect(
      first.map((i) => [i.name, i.targetRenja?.value.toNumber(), i.realisasiTriwulan[3]?.value.toNumber()]),
    ).toEqual([
      ["Nilai SAKIP Perangkat Daerah", 85, 54.36],
      ["Persentase Capaian Output Program", 90, 90],
    ]);
  });
});

describe("a realisasi group titled `Realisasi Kinerja dan Anggaran Kumulatif` over `s.d. TW I … s.d. TW IV`", () => {
  it("is the realisasi per triwulan, read as the form's own title reads it: the one planted error is found", async () => {
    const { model, serious } = await analyse("er11-03-disdik-kota-tw3-kumulatif.xlsx");
    expect(model.triwulan).toBe(3);
    expect(countModel(model)).toMatchObject({ tujuan: 1, sasaran: 2, program: 3, kegiatan: 6, subKegiatan: 11 });
    expect(serious.map((f) => [f.rule, f.cell, f.actual, f.expected])).toEqual([
      ["realisasi-over-pagu", "W23", 481341105, 458420100],
    ]);
  });
});
