/**
 * Pengukuran Kinerja sheets of the round-15 probe (test/fixtures/pk-probe15): correct sheets, laid out as offices do,
 * that the engine had misread. Every one holds the same office: 4 programs, 7 kegiatan, 17 sub kegiatan, BELANJA
 * DAERAH Rp 10.776.912.052 with realisasi Rp 7.808.898.280. Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../src/core/model/types";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-probe15");

async function read(file: string) {
  const grids = await gridsOf(path.join(DIR, file));
  const analysis = analyseWorkbook(grids);
  const serious = analysis.findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.messageKey}`);
  const result = generateLkjip(grids);
  if (!result.source) throw new Error("no source");
  const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
  const row = ra.cells.find((c) => c.cell.value === "BELANJA DAERAH")!.row;
  const belanja = ra.cells.filter((c) => c.row === row && c.col >= 2 && c.col <= 3).map((c) => c.cell.result);
  const programs = ra.cells.filter((c) => c.col === 0 && /^[A-Z]$/.test(String(c.cell.value))).length;
  return { serious, belanja, programs, model: result.source as PengukuranKinerjaModel };
}

const OFFICE = { program: 4, kegiatan: 7, subKegiatan: 17 };
const BELANJA = [10_776_912_052, 7_808_898_280];

describe("last year's columns beside this year's (`PAGU TAHUN 2022` | `PAGU TAHUN 2023`), hidden or right of them", () => {
  it.each(["A06-kolom-tahun-lalu-tersembunyi.xlsx", "D06b-kolom-tahun-lalu-di-kanan.xlsx"])(
    "%s: the figures of the report's year are read",
    async (file) => {
      const { serious, belanja, model } = await read(file);
      expect(serious).toEqual([]);
      expect(belanja).toEqual(BELANJA);
      expect(model.tujuan[0].sasaran[0].indikator[0].realisasi?.value.toNumber()).toBe(90.25);
    },
  );
});

describe("a header copied onto a printed page inside a kegiatan, its column numbers as text inside the kegiatan's SUM", () => {
  it("is no number stored as text: no finding, every total there", async () => {
    const { serious, belanja, model } = await read("A02-header-ulang-dalam-kegiatan.xlsx");
    expect(serious).toEqual([]);
    expect(countModel(model)).toMatchObject(OFFICE);
    expect(belanja).toEqual(BELANJA);
  });
});

describe("subtotals that are not the table's total", () => {
  it("`Jumlah Halaman ini` / `Jumlah s/d Halaman ini` of each printed page are not checked as the grand total", async () => {
    const { serious, belanja } = await read("A03-jumlah-halaman-ini.xlsx");
    expect(serious).toEqual([]);
    expect(belanja).toEqual(BELANJA);
  });

  it("`Jumlah Sasaran 3` adds up its sasaran's programs, not every program", async () => {
    const { serious } = await read("A04-jumlah-per-sasaran.xlsx");
    expect(serious).toEqual([]);
  });
});

describe("K figures typed with their unit (`70 poin`, `12 Dokumen`, `9 Dok`)", () => {
  it("are read as the numbers they are", async () => {
    const { serious, model } = await read("A09-satuan-diketik.xlsx");
    expect(serious).toEqual([]);
    const [sakip, dokumen] = model.tujuan
      .flatMap((t) => t.sasaran)
      .flatMap((s) => s.indikator)
      .slice(2);
    expect(sakip.target.map((t) => t?.value.toNumber())).toEqual([70, 70, 70, 70]);
    expect(sakip.realisasi?.value.toNumber()).toBe(68.5);
    expect(dokumen.realisasi?.value.toNumber()).toBe(9);
  });
});

describe("a signature block typed under the PAGU and kas columns (`Ditetapkan di …`, `Pada tanggal` and a date)", () => {
  it("ends the table: no budget row of it, no finding", async () => {
    const { serious, model } = await read("A12b-ttd-di-kolom-pagu-tanggal.xlsx");
    expect(serious).toEqual([]);
    expect(countModel(model)).toMatchObject(OFFICE);
  });
});

describe("unit headings over the programs (`UNIT KERJA : BIDANG PELAYANAN KESEHATAN`)", () => {
  it("are neither programs nor part of the name above them", async () => {
    const { serious, model, programs, belanja } = await read("A14-bidang-upt-judul.xlsx");
    expect(serious).toEqual([]);
    expect(countModel(model)).toMatchObject(OFFICE);
    expect(programs).toBe(4);
    expect(belanja).toEqual(BELANJA);
    const names = model.tujuan.flatMap((t) => t.sasaran).flatMap((s) => s.program.flatMap((p) => p.kegiatan));
    expect(names.flatMap((k) => k.subKegiatan).some((s) => s.name.includes("UNIT KERJA"))).toBe(false);
  });

  it("numbered ones naming the unit (`I. DINAS KESEHATAN (INDUK)`, `II. UPTD PUSKESMAS …`) are no programs either", async () => {
    // Three more programs and fourteen missing-value warnings before (probe er25, the same heading on an ER form).
    const { serious, model, programs, belanja } = await read("A14b-unit-bernomor-judul.xlsx");
    expect(serious).toEqual([]);
    expect(countModel(model)).toMatchObject(OFFICE);
    expect(programs).toBe(4);
    expect(belanja).toEqual(BELANJA);
  });
});

describe("a program split over two sasaran, each listing its own kegiatan with their part of the pagu", () => {
  it("is one program in Tabel 2.2 and Realisasi Anggaran, its pagu the sum; each sasaran's part says `(sebagian)`", async () => {
    const { serious, belanja, programs } = await read("A15-program-dua-sasaran-terbagi.xlsx");
    expect(serious).toEqual([]);
    expect(belanja).toEqual(BELANJA);
    expect(programs).toBe(4);
    const result = generateLkjip(await gridsOf(path.join(DIR, "A15-program-dua-sasaran-terbagi.xlsx")));
    if (!result.source) throw new Error("no source");
    const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
    const a = ra.cells.find((c) => c.col === 0 && c.cell.value === "A")!.row;
    expect(ra.cells.filter((c) => c.row === a && c.col >= 2 && c.col <= 3).map((c) => c.cell.value)).toEqual([
      1_920_363_900, 1_400_730_809,
    ]);
    const parts = result.specs
      .filter((s) => s.name.startsWith("LKjIP SS"))
      .flatMap((s) => s.cells.map((c) => c.cell.value))
      .filter((v) => typeof v === "string" && v.endsWith("(sebagian)"));
    expect(parts).toHaveLength(2);
  });

  it("the same program written in full under two sasaran stays one program, not two parts", async () => {
    const { serious, belanja, programs } = await read("A15b-program-dua-sasaran-sama.xlsx");
    expect(serious).toEqual([]);
    expect(belanja).toEqual(BELANJA);
    expect(programs).toBe(4);
  });
});

describe("a sub kegiatan dropped in the APBD-P, hidden in a kegiatan whose pagu is SUBTOTAL(109, …)", () => {
  it("is left out as the office's SUBTOTAL leaves it, with one info, instead of five false errors and a printed row", async () => {
    const grids = await gridsOf(path.join(DIR, "A17-subtotal-109-baris-batal-tersembunyi.xlsx"));
    expect(grids[0].hiddenRows).toEqual([11]);
    const analysis = analyseWorkbook(grids);
    expect(analysis.findings.map((f) => [f.severity, f.messageKey, f.cell])).toEqual([
      ["info", "level-uncertain.subtotal-hidden", "M12"],
    ]);
    const model = analysis.models[0] as PengukuranKinerjaModel;
    expect(countModel(model)).toMatchObject({ program: 4, kegiatan: 7, subKegiatan: 17 });
    const result = generateLkjip(grids);
    if (!result.source) throw new Error("no source");
    const printed = result.specs.flatMap((s) => s.cells.map((c) => c.cell.value));
    expect(printed).not.toContain("Pengelolaan Pelayanan Kesehatan Usia Lanjut");
  });
});
