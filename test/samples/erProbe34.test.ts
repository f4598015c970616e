/**
 * Evaluasi Renja forms of the round-34 probe (test/fixtures/er-probe34): an office and its UPTD in one sheet, each
 * with its own JUMLAH and no grand total. Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe34");

describe.each([
  ["er34-e4-uptd-romawi.xlsx", "II. UPTD … under I. DINAS KESEHATAN", "Rp 3.350.000.000", "Rp 3.300.000.000"],
  ["er34-e3-uptd-unit-organisasi.xlsx", "Unit Organisasi : UPTD …", "Rp 3.350.000.000", "Rp 3.300.000.000"],
  ["er34-e4-uptd-lebih-besar.xlsx", "a UPTD larger than the Dinas", "Rp 33.500.000.000", "Rp 33.000.000.000"],
])(
  "%s (%s): the UPTD's programs are the office's, its JUMLAH is checked against them (er34 D1)",
  (file, _what, stated, sum) => {
    test("no block is called pasted, and the UPTD's JUMLAH K33 is named with both amounts", async () => {
      const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
      const model = analysis.models[0] as EvaluasiRenjaModel;
      expect(model.outsideTotals).toEqual([]);
      expect(countModel(model)).toMatchObject({ program: 4 });
      expect(model.totals.map((t) => [t.row + 1, t.unit === true])).toEqual([
        [24, true],
        [33, true],
      ]);
      const rules = analysis.findings.map((f) => `${f.cell} ${f.rule}`);
      expect(rules).not.toContain("C27 outside-totals");
      const k33 = analysis.findings.filter((f) => f.cell === "K33");
      expect(k33.map((f) => f.rule)).toEqual(["total-row-mismatch"]);
      expect(k33[0].message).toContain(`(${stated})`);
      expect(k33[0].message).toContain(`(${sum})`);
      // The Dinas's JUMLAH adds up the Dinas's programs only, as written: no finding there.
      expect(analysis.findings.filter((f) => f.cell === "K24")).toEqual([]);
    });

    test("BELANJA DAERAH in Realisasi Anggaran adds up all four programs", async () => {
      const result = generateLkjip(await gridsOf(path.join(DIR, file)));
      if (!("specs" in result)) throw new Error("no source");
      const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
      const belanja = ra.cells.find((c) => c.cell.value === "BELANJA DAERAH")!;
      const pagu = ra.cells.find((c) => c.row === belanja.row && c.col === belanja.col + 1)!;
      expect(pagu.cell.formula).toMatch(/^SUM\((C\d+,){3}C\d+\)$/);
    });
  },
);

test("headings over the parts of one table (`SUB UNIT : KELURAHAN …`, one JUMLAH under them all) make no unit totals", async () => {
  const file = path.join(__dirname, "..", "fixtures", "er-probe18", "er18-20-kecamatan-sub-unit-kode-berulang.xlsx");
  const model = analyseWorkbook(await gridsOf(file)).models[0] as EvaluasiRenjaModel;
  expect(model.totals.map((t) => [t.row + 1, t.unit === true])).toEqual([[38, false]]);
});

test("a program named `PROGRAM …` whose indikator are named `Indikator …` is data, not the header repeated (print34 D2: the three programs and both sasaran were lost, a kegiatan printed as the only program)", async () => {
  const file = path.join(DIR, "print34-program-15-indikator-tanpa-kode.xlsx");
  const analysis = analyseWorkbook(await gridsOf(file));
  const model = analysis.models[0] as EvaluasiRenjaModel;
  expect(countModel(model)).toMatchObject({ sasaran: 2, program: 3, kegiatan: 6, subKegiatan: 12 });
  expect(model.program[0].indikator).toHaveLength(15);
  expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test.each([
  ["er34-d1-capaian-renja-persen-format.xlsx", "93,00%", "97,89%"],
  ["er34-d2-capaian-renja-poin.xlsx", "93%", "98%"],
])(
  "%s: the capaian of the year's Renja (14 = 13 / 8 × 100) is checked like (15) (er34 D2: both planted errors passed as 'semua cocok')",
  async (file, stated, computed) => {
    const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
    const said = analysis.findings.map((f) => `${f.cell} ${f.messageKey}`);
    expect(said).toEqual(["W20 tingkat-capaian-mismatch.renja", "V21 tingkat-capaian-mismatch.renja"]);
    const v21 = analysis.findings.find((f) => f.cell === "V21")!;
    expect(v21.message).toBe(
      `Tingkat capaian Renja tahun ini di V21 (${stated}) tidak sama dengan hasil hitung ulang T21 / J21 × 100 = ${computed}.`,
    );
  },
);

test("a quarter validation names as a likely slip (R14 typed over) is not added into the sub kegiatan's realisasi: Realisasi Anggaran prints its (13), which agrees with its kegiatan (print34 D3: 67.900.000 against a pagu of 48.500.000, 140% in the final report)", async () => {
  const result = generateLkjip(await gridsOf(path.join(DIR, "print34-triwulan-salah-ketik.xlsx")), {
    lkjip: { final: true },
  });
  if (!("specs" in result)) throw new Error("no source");
  const slip = result.analysis.findings.find((f) => f.cell === "V14")!;
  expect(slip.params.triwulanCell).toBe("R14");
  const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
  const name = ra.cells.find((c) => c.cell.value === "Fasilitasi Usaha Mikro Sub Kegiatan 1.1.1")!;
  const at = (col: number) => ra.cells.find((c) => c.row === name.row && c.col === col)!.cell;
  expect(at(2).value).toBe(48_500_000);
  expect(at(3).value).toBe(31_525_000);
  expect(at(3).sources).toEqual(["V14"]);
});
