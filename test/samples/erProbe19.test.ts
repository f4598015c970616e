/**
 * Evaluasi Renja forms of the round-19 probe (test/fixtures/er-probe19): several indikator one per line of each cell
 * with the form's other habits, and the Renja Perubahan form; misread before the fix each test names.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe19");

async function read(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  const model = analysis.models[0] as EvaluasiRenjaModel;
  const pagu = model.program.reduce((n, p) => n + (p.pagu?.value.toNumber() ?? 0), 0);
  const serious = analysis.findings.filter((f) => f.severity !== "info");
  return { analysis, model, pagu, serious };
}

const indikatorNamed = (model: EvaluasiRenjaModel, name: string) =>
  model.program
    .flatMap((p) => [p, ...p.kegiatan, ...p.kegiatan.flatMap((k) => k.subKegiatan)])
    .flatMap((n) => n.indikator)
    .find((i) => i.name === name);

describe("counts in the thousands written `1.250` beside lines of decimals `55,43` in the same cells", () => {
  it("are thousands: the column is told by each line, not by the lines run together (a false error before)", async () => {
    const { model, serious, pagu } = await read("er19-01-dinkes-multi-satuan-sekali.xlsx");
    expect(countModel(model)).toMatchObject({ program: 3, kegiatan: 6, subKegiatan: 10, indikator: 25 });
    expect(pagu).toBe(4_956_970_700);
    expect(serious).toEqual([]);
    const ibuHamil = indikatorNamed(model, "Jumlah Ibu Hamil dan Bayi yang Dilayani");
    expect(ibuHamil?.targetRenja?.value.toNumber()).toBe(1250);
    expect(ibuHamil?.targetRenstra?.value.toNumber()).toBe(6250);
  });

  it("a wrong realisasi on the second line is found (the false one on the first hid it)", async () => {
    const { serious } = await read("er19-17-dinkes-multi-satuan-sekali-salah.xlsx");
    expect(serious.map((f) => [f.rule, f.cell])).toEqual([["realisasi-total-mismatch", "V25"]]);
    expect(serious[0].message).toContain("Jumlah Dokumen Layanan Kesehatan Rujukan");
  });

  it("numbered lines (`1. …`) are read without their numbers, and `52.000` as fifty-two thousand (52 before)", async () => {
    const { model, serious } = await read("er19-13-kominfo-multi-bernomor.xlsx");
    expect(countModel(model)).toMatchObject({ indikator: 20 });
    expect(serious).toEqual([]);
    const portal = indikatorNamed(model, "Jumlah Pengunjung Portal Resmi Daerah");
    expect(portal?.targetRenja?.value.toNumber()).toBe(52_000);
  });
});

it("one `-` for all the lines of a K cell is each line's dash: the row still splits (9 unreadable-value before)", async () => {
  const { model, serious, pagu } = await read("er19-02-disdik-multi-strip-kosong.xlsx");
  expect(countModel(model)).toMatchObject({ program: 3, kegiatan: 6, subKegiatan: 11, indikator: 24 });
  expect(pagu).toBe(5_081_943_300);
  expect(serious).toEqual([]);
});

describe("the Renja Perubahan form: target Renja (8) as `Murni` | `Perubahan`", () => {
  it("reads the revised target and pagu, which the realisasi is measured against (the murni one before: a false realisasi-over-pagu)", async () => {
    const { model, serious, pagu } = await read("er19-03-pupr-renja-perubahan.xlsx");
    expect(countModel(model)).toMatchObject({ program: 3, kegiatan: 5, subKegiatan: 10, indikator: 18 });
    expect(pagu).toBe(11_550_950_200);
    expect(serious).toEqual([]);
    expect(model.columns.targetRenjaRp).toBe(14);
  });

  it("finds a planted error in the perubahan pagu (missed before)", async () => {
    const { serious } = await read("er19-18-pupr-renja-perubahan-salah.xlsx");
    expect(serious.map((f) => [f.rule, f.cell])).toEqual([["pagu-vs-children", "O21"]]);
  });

  it.each(["iso-03f-sebelum-setelah.xlsx", "iso-03g-judul-perubahan-sendiri.xlsx"])(
    "likewise under `Sebelum | Setelah Perubahan`, or a title of its own naming the Renja Perubahan (%s)",
    async (file) => {
      const { serious, pagu } = await read(file);
      expect(pagu).toBe(11_550_950_200);
      expect(serious).toEqual([]);
    },
  );
});

describe("kegiatan rows left without Rp, only their sub kegiatan carrying money", () => {
  it("take the totals of their sub kegiatan, one note per row (36 errors, 6 per row, and empty table rows before)", async () => {
    const { analysis, model, serious } = await read("er19-15-disdik-kegiatan-rp-kosong.xlsx");
    expect(serious).toEqual([]);
    const notes = analysis.findings.filter((f) => f.rule === "heading-row-sum");
    expect(notes.map((f) => f.cell)).toEqual(["E11", "E14", "E16", "E21", "E25", "E29"]);
    expect(notes[0].message).toContain("Rp 349.064.900");
    const kegiatan = model.program[0].kegiatan[0];
    expect(kegiatan.pagu?.value.toNumber()).toBe(349_064_900);
    expect(kegiatan.pagu?.cell).toBe("M11");
    expect(kegiatan.realisasi?.value.toNumber()).toBe(290_778_900);
    expect(kegiatan.realisasiTriwulan.map((q) => q?.value.toNumber())).toEqual([
      61_518_200, 94_699_600, 39_563_800, 94_997_300,
    ]);
  });

  it("one such row among kegiatan written with their Rp is still reported cell by cell", async () => {
    const { analysis, serious } = await read("er19-15b-disdik-satu-kegiatan-rp-kosong.xlsx");
    expect(analysis.findings.filter((f) => f.rule === "heading-row-sum")).toEqual([]);
    expect(serious.map((f) => f.cell)).toEqual(["M11", "O11", "Q11", "S11", "U11", "W11"]);
  });
});
