/**
 * Pengukuran Kinerja sheets of the round-17 probe (test/fixtures/pk-probe17): correct, laid out as offices do, and
 * misread by the engine before the fix each test names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../src/core/model/types";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-probe17");
const PAGU = 10_776_912_052;
const REALISASI = 7_808_898_280;

async function read(file: string) {
  const grids = await gridsOf(path.join(DIR, file));
  const analysis = analyseWorkbook(grids);
  return { grids, analysis };
}

function programs(model: PengukuranKinerjaModel) {
  return model.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.program));
}

/** The model reads the probe's whole truth: its counts, and BELANJA DAERAH as the programs add up. */
function expectTruth(model: PengukuranKinerjaModel) {
  expect(countModel(model)).toMatchObject({ sasaran: 3, indikator: 4, program: 4, kegiatan: 7, subKegiatan: 17 });
  const sum = (pick: (p: ReturnType<typeof programs>[number]) => { value: { toNumber(): number } } | null) =>
    programs(model).reduce((n, p) => n + (pick(p)?.value.toNumber() ?? 0), 0);
  expect(sum((p) => p.pagu)).toBe(PAGU);
  expect(sum((p) => p.realisasi)).toBe(REALISASI);
}

const nonInfo = (a: Awaited<ReturnType<typeof read>>["analysis"]) => a.findings.filter((f) => f.severity !== "info");

it("a three-row header (`REALISASI S.D. TW III` over `KINERJA | KEUANGAN (Rp)`) reads every realisasi and capaian", async () => {
  const { analysis } = await read("C21-realisasi-kinerja-keuangan-satu-grup.xlsx");
  const model = analysis.models[0] as PengukuranKinerjaModel;
  expect(model.headerRows).toEqual([4, 6]);
  expectTruth(model);
  expect(model.tujuan[0].sasaran[0].indikator[0].realisasi?.value.toNumber()).toBeCloseTo(90.25, 6);
  expect(nonInfo(analysis)).toEqual([]);
});

it("an URUSAN row above the programs is a heading, not a fifth program doubling BELANJA DAERAH", async () => {
  const { analysis } = await read("C18-baris-urusan-di-atas-program.xlsx");
  expectTruth(analysis.models[0] as PengukuranKinerjaModel);
  expect(nonInfo(analysis)).toEqual([]);
  expect(analysis.findings.map((f) => [f.messageKey, f.cell])).toEqual([["level-uncertain.urusan", "M8"]]);
});

it("a row writing the satuan under an indikator's figures (`%`, `nilai`) is no nameless indikator", async () => {
  const { analysis } = await read("C02-baris-satuan-bawah-target.xlsx");
  expectTruth(analysis.models[0] as PengukuranKinerjaModel);
  expect(analysis.findings).toEqual([]);
});

it("`JUMLAH TOTAL BELANJA` merged across the kinerja half is the table's total, no tujuan, sasaran or indikator", async () => {
  const { analysis, grids } = await read("C10-jumlah-label-kiri-merge.xlsx");
  const model = analysis.models[0] as PengukuranKinerjaModel;
  expectTruth(model);
  expect(model.totals?.map((t) => [t.cell, t.pagu?.value.toNumber()])).toEqual([["M36", PAGU]]);
  expect(analysis.findings).toEqual([]);
  const result = generateLkjip(grids);
  expect("specs" in result && result.specs.filter((s) => s.name.startsWith("LKjIP SS")).length).toBe(3);
});

it("realisasi written `9 dari 12 dokumen` is the count, 9", async () => {
  const { analysis } = await read("C03-realisasi-x-dari-y.xlsx");
  const model = analysis.models[0] as PengukuranKinerjaModel;
  const ind = model.tujuan
    .flatMap((t) => t.sasaran.flatMap((s) => s.indikator))
    .find((i) => i.realisasi?.cell === "K21");
  expect(ind?.realisasi?.value.toNumber()).toBe(9);
  expect(analysis.findings).toEqual([]);
});

it("a TW IV sheet set up ahead without any realisasi: the tables come from TW III, and TW IV says so once", async () => {
  const { analysis, grids } = await read("C20-sheet-tw4-masih-kosong.xlsx");
  expect(analysis.models.map((m) => m.sheet)).toEqual(["TW I", "TW II", "TW III", "TW IV"]);
  expect(analysis.findings.map((f) => [f.sheet, f.messageKey])).toEqual([["TW IV", "missing-value.no-realisasi"]]);
  const result = generateLkjip(grids);
  expect(result.source?.sheet).toBe("TW III");
});
