/**
 * A year's quarters in one workbook (test/fixtures/pk-year37). Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";
import { SheetSpec } from "../../src/core/tables/sheetSpec";

const DIR = path.join(__dirname, "..", "fixtures", "pk-year37");

test("a sheet named `TW 4` whose title was left at S/D TRIWULAN III, its capaian measured against the TW IV targets, is read as TW IV and says so (year37 D3: the report was headed s.d. Triwulan III over the year's money, with 14 false realisasi-over-kas warnings)", async () => {
  const grids = await gridsOf(path.join(DIR, "year37-nama-lembar-tw4-judul-tw3.xlsx"));
  const analysis = analyseWorkbook(grids);
  const model = analysis.models.find((m) => m.sheet === "TW 4")!;
  expect([model.triwulan, model.triwulanFrom, model.triwulanJudul]).toEqual([4, "lembar", 3]);
  const own = analysis.findings.filter((f) => f.sheet === "TW 4" && f.severity !== "info");
  expect(own.map((f) => `${f.cell} ${f.messageKey}`).sort()).toEqual([
    "A1 triwulan-source.conflict-lembar",
    "S11 realisasi-over-kas",
    "S11 realisasi-over-pagu",
  ]);
  expect(own.find((f) => f.cell === "A1")!.severity).toBe("warning");
  // The other quarters' sheets keep the period their titles and names agree on.
  expect(analysis.models.filter((m) => m.sheet !== "TW 4").map((m) => [m.sheet, m.triwulan])).toEqual([
    ["TW I 2023", 1],
    ["TW II 2023", 2],
    ["TW III 2023", 3],
  ]);
  const result = generateLkjip(grids);
  if (!("specs" in result)) throw new Error("no source");
  const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
  expect(ra.cells.some((c) => typeof c.cell.value === "string" && c.cell.value.includes("Triwulan III"))).toBe(false);
});

describe("last year's year-end sheet in the workbook (year37 D2: a mistyped realisasi of last year went into Tabel 3.2 while `TW IV 2022` said otherwise)", () => {
  const cellsOf = (spec: SheetSpec, row: (c: SheetSpec["cells"][number]) => boolean) =>
    spec.cells.filter(row).map((c) => [c.cell.value ?? null, c.cell.sources ?? []]);

  test("prefills last year's target and realisasi in a new Data Pendukung, and Tabel 3.2 shows them from that sheet", async () => {
    const result = generateLkjip(await gridsOf(path.join(DIR, "year37-tahun-lalu.xlsx")));
    if (!("specs" in result)) throw new Error("no source");
    expect(result.source.sheet).toBe("TW IV 2023");
    const dp = result.specs.find((s) => s.kind === "data-pendukung")!;
    const ikm = dp.cells.find((c) => c.cell.value === "Indeks Kepuasan Masyarakat")!;
    const koperasi = dp.cells.find((c) => c.cell.value === "Persentase Koperasi Aktif")!;
    const at = (row: number, col: number) => dp.cells.find((c) => c.row === row && c.col === col)?.cell;
    expect([at(ikm.row, 5)?.value, at(ikm.row, 6)?.value]).toEqual([81, 81.2]);
    expect(at(ikm.row, 6)?.input).toBe(true);
    // A percentage as the fraction its `%` cell shows.
    expect([at(koperasi.row, 5)?.value, at(koperasi.row, 6)?.value]).toEqual([0.62, 0.61]);
    const ss1 = result.specs.find((s) => s.name === "LKjIP SS I")!;
    const caption = ss1.cells.find((c) => String(c.cell.value).startsWith("Perbandingan Capaian Kinerja Tahun"))!;
    const row = ss1.cells.find((c) => c.row > caption.row && c.cell.value === "Indeks Kepuasan Masyarakat")!.row;
    expect(cellsOf(ss1, (c) => c.row === row && (c.col === 2 || c.col === 3))).toEqual([
      [81, ["'TW IV 2022'!J8"]],
      [81.2, ["'TW IV 2022'!K8"]],
    ]);
    const gaps = result.tableFindings.filter((f) => f.rule === "table-cell-empty").map((f) => String(f.params.kolom));
    expect(gaps.filter((k) => /^(Target|Realisasi) 2022/.test(k))).toEqual([]);
  });

  test("says where Data Pendukung differs from last year's sheet, with both figures; the tables keep the officer's", async () => {
    const result = generateLkjip(await gridsOf(path.join(DIR, "year37-tahun-lalu-dp-beda.xlsx")));
    if (!("specs" in result)) throw new Error("no source");
    const said = result.dataPendukungFindings.filter((f) => f.messageKey === "data-pendukung-uncertain.tahun-lalu");
    expect(said.map((f) => [f.cell, f.actual, f.expected, f.severity])).toEqual([
      ["F13", 80, 81, "warning"],
      ["G13", 79.4, 81.2, "warning"],
    ]);
    expect(said[1].message).toBe(
      'Isian realisasi tahun lalu di sel G13 lembar "Data Pendukung" (79,40) untuk indikator "Indeks Kepuasan ' +
        'Masyarakat" tidak sama dengan lembar tahun lalu "TW IV 2022" (81,20 di sel K8). Tabel memakai isian Data ' +
        "Pendukung: periksa mana yang benar.",
    );
    const ss1 = result.specs.find((s) => s.name === "LKjIP SS I")!;
    const caption = ss1.cells.find((c) => String(c.cell.value).startsWith("Perbandingan Capaian Kinerja Tahun"))!;
    const row = ss1.cells.find((c) => c.row > caption.row && c.cell.value === "Indeks Kepuasan Masyarakat")!.row;
    expect(cellsOf(ss1, (c) => c.row === row && c.col === 3)[0][0]).toBe(79.4);
  });
});

test("a budget recap without sasaran or indikator columns is skipped as such, not called an Evaluasi Renja form short of its columns (year37 D4)", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "year37-rekap-anggaran.xlsx")));
  expect(analysis.models.map((m) => m.sheet)).not.toContain("REKAP 2023");
  const rekap = analysis.skipped.find((s) => s.sheet === "REKAP 2023")!;
  expect(rekap.closerTo).toBeNull();
  expect(rekap.reason).toContain("tanpa kolom SASARAN STRATEGIS dan INDIKATOR SASARAN");
  expect(rekap.reason).toContain("rekap anggaran seperti ini bukan tabel Pengukuran Kinerja atau Evaluasi Renja");
});

describe("a capaian typed as (2T − R)/T where the year's other sheets state R/T (year37 D1: the indikator silently became less-is-better, and the tables printed 98,46% for 101,54%)", () => {
  const file = path.join(DIR, "year37-capaian-salah-ketik.xlsx");

  test("is said at its cell with the R/T figure and the sheets that state it", async () => {
    const analysis = analyseWorkbook(await gridsOf(file));
    const said = analysis.findings.filter((f) => f.sheet === "TW IV 2023" && f.cell === "L15");
    expect(said.map((f) => [f.messageKey, f.severity, String(f.actual), String(f.expected)])).toEqual([
      ["capaian-kinerja-mismatch.polaritas-lembar", "warning", "98.46", "101.54"],
    ]);
    expect(said[0].message).toContain('di lembar "TW III 2023" dan 2 lainnya');
    expect(said[0].message).toContain("101,54%");
    // The other sheets, whose capaian follow R/T, have nothing to say of it.
    expect(analysis.findings.filter((f) => f.rule === "capaian-kinerja-mismatch" && f.cell !== "L15")).toEqual([]);
  });

  test("Data Pendukung leaves its polaritas for the officer, so that the finding stays until they write it", async () => {
    const result = generateLkjip(await gridsOf(file));
    if (!("specs" in result)) throw new Error("no source");
    const dp = result.specs.find((s) => s.kind === "data-pendukung")!;
    const row = dp.cells.find((c) => c.cell.value === "Persentase Koperasi Aktif")!.row;
    const polaritas = dp.cells.find((c) => c.row === row && c.col === 4)!.cell;
    expect([polaritas.value ?? null, polaritas.input]).toEqual([null, true]);
  });

  test("with one sheet alone, the figure is taken as meant, as before", async () => {
    const grids = (await gridsOf(file)).filter((g) => g.name === "TW IV 2023");
    const analysis = analyseWorkbook(grids);
    expect(analysis.findings.filter((f) => f.cell === "L15")).toEqual([]);
  });
});
