import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { Grid } from "../../src/core/grid/grid";
import { Progress } from "../../src/core/ports/workbookPort";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { createInMemoryExcel, EXCEL_WEB_LIMITS } from "./inMemoryExcel";
import { expectSameContent, gridContent, pengukuranSheet } from "./fixtures";
import { measureReadSyncCounts } from "./syncCounts";
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";

/** Rows 1–3 and 11–13 of the seed's Triwulan I sheet (tab-separated in /work/shared/seeds), as typed in Excel. */
function seedLikeSheet(): Grid {
  const pct = (v: number, numFmt = "0.00%") => ({ value: v, numFmt });
  const rp = (v: number) => ({ value: v, numFmt: "#,##0.00" });
  const rows = [
    [{ value: "PENGUKURAN KINERJA DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN TENAGA KERJA", bold: true }],
    [{ value: "S/D TRIWULAN I TAHUN 2022", bold: true }],
    [],
    [
      "NO",
      "TUJUAN",
      "SASARAN STRATEGIS",
      "INDIKATOR SASARAN",
      "TARGET",
      null,
      "REALISASI %",
      "CAPAIAN %",
      "PROGRAM / KEGIATAN / SUB KEGIATAN",
      "PAGU",
      "ANGGARAN KAS",
      null,
      "REALISASI (Rp)",
      "CAPAIAN (%)",
    ].map((v) => (v === null ? undefined : { value: v, bold: true })),
    [
      undefined,
      undefined,
      undefined,
      undefined,
      { value: "TRW I", bold: true },
      { value: "TRW IV", bold: true },
      undefined,
      undefined,
      undefined,
      undefined,
      { value: "TRIWULAN I", bold: true },
      { value: "TRIWULAN II", bold: true },
    ],
    [
      1,
      "Meningkatnya Nilai Investasi Daerah",
      "Meningkatnya Nilai Penanaman Modal",
      "Persentase Potensi dan Peluang Investasi yang Dipromosikan",
      pct(0.0039),
      pct(0.0039),
      pct(-0.0089),
      pct(-2.2821),
      { value: "PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL", bold: true },
      rp(55599900),
      "-",
      rp(55599900),
      0,
      "-",
    ],
    [
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      { value: "Pembuatan Peta Potensi Investasi Kabupaten/Kota", indent: 1 },
      rp(55599900),
      "-",
      rp(55599900),
      0,
      "-",
    ],
    [
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      { value: "Penyediaan Peta Potensi dan Peluang Usaha Kabupaten/Kota", indent: 2 },
      rp(55599900),
      "-",
      rp(55599900),
      0,
      "-",
    ],
    [
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      { value: "PROGRAM PROMOSI PENANAMAN MODAL", bold: true },
      rp(49421000),
      "-",
      rp(49421000),
      800000,
      pct(1.62, "0.00"),
    ],
    [
      2,
      "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan",
      "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan",
      "Indeks Kepuasan Masyarakat",
      pct(0.8417),
      pct(0.8417),
      pct(0.8329),
      pct(0.99, "0%"),
      { value: "PROGRAM PELAYANAN PENANAMAN MODAL", bold: true },
      rp(246174400),
      { value: 79071700, numFmt: "#,##0" },
      { value: 54911700, numFmt: "#,##0" },
      41392050,
      pct(16.81, "0.00"),
    ],
    [
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      { value: "#DIV/0!", text: "#DIV/0!" },
    ],
  ];
  const merges = [
    { top: 0, left: 0, bottom: 0, right: 13 },
    { top: 1, left: 0, bottom: 1, right: 13 },
    { top: 3, left: 4, bottom: 3, right: 5 },
    { top: 3, left: 10, bottom: 3, right: 11 },
    { top: 3, left: 0, bottom: 4, right: 0 },
    { top: 5, left: 0, bottom: 8, right: 0 },
  ];
  return gridFromRows("Pengukuran TW I", rows, merges);
}

describe("OfficeWorkbook.readSheet", () => {
  test("reads a seed-like sheet into the same Grid as its source: values, % formats, merges, bold, indent", async () => {
    const source = seedLikeSheet();
    const excel = createInMemoryExcel({ sheets: [source] });
    const grid = await new OfficeWorkbook(excel.run).readSheet("pengukuran tw i");
    expect(grid.name).toBe("Pengukuran TW I");
    expect(gridContent(grid)).toEqual(gridContent(source));
    expect(grid.cells[5][7]).toEqual({ value: -2.2821, numFmt: "0.00%" });
    expect(grid.cells[6][8]).toEqual({ value: "Pembuatan Peta Potensi Investasi Kabupaten/Kota", indent: 1 });
  });

  test("without ExcelApi 1.13 the sheet is read without merges, and never asks for them", async () => {
    const source = seedLikeSheet();
    expect(source.merges.length).toBeGreaterThan(0);
    const excel = createInMemoryExcel({ sheets: [source] });
    const asked: string[] = [];
    const isSetSupported = (set: string, version: string) => {
      asked.push(`${set} ${version}`);
      return version !== "1.13";
    };
    const grid = await new OfficeWorkbook(excel.run, { isSetSupported }).readSheet("Pengukuran TW I");
    expect(asked).toContain("ExcelApi 1.13");
    expect(grid.merges).toEqual([]);
    expect(gridContent(grid)).toEqual(gridContent({ ...source, merges: [] }));
  });

  test("hidden rows are read where a SUBTOTAL leaves them out, and the sheet then reads as the file does", async () => {
    const file = path.join(__dirname, "..", "fixtures", "pk-probe15", "A17-subtotal-109-baris-batal-tersembunyi.xlsx");
    const [source] = await gridsOf(file);
    expect(source.hiddenRows).toEqual([11]);
    const excel = createInMemoryExcel({ sheets: [source] });
    const grid = await new OfficeWorkbook(excel.run).readSheet(source.name);
    expect(grid.hiddenRows).toEqual([11]);
    const findings = (g: Grid) => analyseWorkbook([g]).findings.map((f) => [f.severity, f.messageKey, f.cell]);
    expect(findings(grid)).toEqual([["info", "level-uncertain.subtotal-hidden", "M12"]]);
  });

  test("hidden rows are not asked for (no request more) when no SUBTOTAL leaves them out", async () => {
    const source = { ...seedLikeSheet(), hiddenRows: [6] };
    const excel = createInMemoryExcel({ sheets: [source] });
    const grid = await new OfficeWorkbook(excel.run).readSheet(source.name);
    expect(grid.hiddenRows).toBeUndefined();
    const plain = createInMemoryExcel({ sheets: [seedLikeSheet()] });
    await new OfficeWorkbook(plain.run).readSheet(source.name);
    expect(excel.stats.syncs).toBe(plain.stats.syncs);
  });

  test("keeps absolute positions when the used range does not start at A1", async () => {
    const source = gridFromRows("Geser", [
      [],
      [],
      [undefined, undefined, { value: "Judul", bold: true }],
      [undefined, undefined, undefined, 42],
    ]);
    const excel = createInMemoryExcel({ sheets: [source] });
    const grid = await new OfficeWorkbook(excel.run).readSheet("Geser");
    expect(gridContent(grid)).toEqual(gridContent(source));
    expect(grid.rowCount).toBe(4);
    expect(grid.colCount).toBe(4);
  });

  test("an empty sheet is an empty Grid", async () => {
    const excel = createInMemoryExcel({ sheets: [gridFromRows("Kosong", [])] });
    const grid = await new OfficeWorkbook(excel.run).readSheet("Kosong");
    expect(grid).toEqual({ name: "Kosong", rowCount: 0, colCount: 0, cells: [], merges: [] });
  });

  test("a 100-row and a 10,000-row sheet of 20 columns take the same number of syncs, each request within the limits", async () => {
    const [small, large] = await measureReadSyncCounts([100, 10_000], 20);
    expect(large.syncs).toBe(small.syncs);
    expect(small.syncs).toBeLessThanOrEqual(3);
    for (const r of [small, large]) {
      expect(r.maxRequestBytes).toBeLessThan(EXCEL_WEB_LIMITS.maxBytes);
      expect(r.maxRequestCells).toBeLessThan(EXCEL_WEB_LIMITS.maxCells);
    }
    // The large sheet really is large: it fills a good part of one request.
    expect(large.maxRequestBytes).toBeGreaterThan(2_000_000);
  });

  test("formulas on every row cost no sync more for 10,000 rows than for 100", async () => {
    const withFormulas = (rows: number) => {
      const grid = pengukuranSheet("Rumus", rows);
      grid.cells.forEach((line, r) => {
        const realisasi = line[18];
        if (r >= 3 && realisasi) realisasi.formula = `SUM(O${r + 1}:R${r + 1})`;
      });
      return grid;
    };
    const syncs: number[] = [];
    for (const rows of [100, 10_000]) {
      const source = withFormulas(rows);
      const excel = createInMemoryExcel({ sheets: [source] });
      const grid = await new OfficeWorkbook(excel.run).readSheet("Rumus");
      expectSameContent(grid, source);
      expect(excel.stats.maxRequestBytes).toBeLessThan(EXCEL_WEB_LIMITS.maxBytes);
      syncs.push(excel.stats.syncs);
    }
    expect(syncs[1]).toBe(syncs[0]);
    expect(syncs[0]).toBeLessThanOrEqual(3);
  });

  test("the 10,000-row sheet is read correctly in its few syncs", async () => {
    const source = pengukuranSheet("Besar", 10_000);
    const excel = createInMemoryExcel({ sheets: [source] });
    const grid = await new OfficeWorkbook(excel.run).readSheet("Besar");
    expectSameContent(grid, source);
    expect(excel.stats.requests.every((r) => r.failed === undefined)).toBe(true);
  });

  test("a sheet above the one-request budget is read in blocks, with the whole content and progress per block", async () => {
    const source = pengukuranSheet("Sangat Besar", 30_000);
    const excel = createInMemoryExcel({ sheets: [source] });
    const progress: Progress[] = [];
    const grid = await new OfficeWorkbook(excel.run).readSheet("Sangat Besar", (p) => progress.push(p));
    expectSameContent(grid, source);
    const { stats } = excel;
    expect(stats.syncs).toBeGreaterThan(3);
    expect(stats.maxRequestBytes).toBeLessThan(EXCEL_WEB_LIMITS.maxBytes);
    expect(stats.maxRequestCells).toBeLessThan(EXCEL_WEB_LIMITS.maxCells);
    expect(stats.requests.every((r) => r.failed === undefined)).toBe(true);
    const total = source.rowCount;
    expect(progress[0]).toEqual({ phase: "membaca", done: 0, total });
    expect(progress[progress.length - 1]).toEqual({ phase: "membaca", done: total, total });
    expect(progress.length).toBeGreaterThan(3);
    for (let i = 1; i < progress.length; i++) expect(progress[i].done).toBeGreaterThan(progress[i - 1].done);
  });

  test("a block whose text turns out larger than estimated is read again in halves", async () => {
    const long = (r: number, c: number) => `Uraian kegiatan yang panjang sekali, baris ${r} kolom ${c}`;
    const rows = Array.from({ length: 6_000 }, (_, r) => Array.from({ length: 20 }, (_, c) => long(r, c)));
    const source = gridFromRows("Panjang", rows);
    const excel = createInMemoryExcel({ sheets: [source] });
    const grid = await new OfficeWorkbook(excel.run).readSheet("Panjang");
    expectSameContent(grid, source);
    const failed = excel.stats.requests.filter((r) => r.failed !== undefined);
    expect(failed.map((r) => r.failed)).toContain("ResponsePayloadSizeLimitExceeded");
    const succeeded = excel.stats.requests.filter((r) => r.failed === undefined);
    expect(Math.max(...succeeded.map((r) => r.bytes))).toBeLessThan(EXCEL_WEB_LIMITS.maxBytes);
  });

  test("text scattered over many ranges has its styles read in requests within the limit", async () => {
    const rows = Array.from({ length: 60_000 }, (_, r) =>
      r % 5 === 0 ? [{ value: `Kegiatan ${r}`, ...(r % 10 === 0 ? { bold: true } : {}) }, r] : [undefined, r],
    );
    const source = gridFromRows("Jarang", rows);
    const excel = createInMemoryExcel({ sheets: [source] });
    const grid = await new OfficeWorkbook(excel.run).readSheet("Jarang");
    expectSameContent(grid, source);
    expect(excel.stats.requests.every((r) => r.failed === undefined)).toBe(true);
    expect(excel.stats.maxRequestBytes).toBeLessThan(EXCEL_WEB_LIMITS.maxBytes);
  });

  test("formulas come without '=' and with their cached result, also 0 and text; text typed with a leading = is text", async () => {
    const source = gridFromRows("Rumus", [
      [
        { value: "Program A", bold: true, fill: "#D9E1F2" },
        { value: 100, numFmt: "#,##0" },
      ],
      [
        { value: "Kegiatan", indent: 1 },
        { value: 0, formula: "B1-B1", numFmt: "#,##0" },
      ],
      [{ value: "Program A baru", formula: 'A1&" baru"', bold: true, fill: "#FFF2CC" }, { value: "=bukan rumus" }],
      [
        { value: "#DIV/0!", text: "#DIV/0!", formula: "1/0" },
        { value: 200, formula: "SUM(B1:B2)*2" },
      ],
    ]);
    const excel = createInMemoryExcel({ sheets: [source] });
    const grid = await new OfficeWorkbook(excel.run).readSheet("Rumus");
    expect(gridContent(grid)).toEqual(gridContent(source));
    expect(grid.cells[1][1]).toEqual({ value: 0, numFmt: "#,##0", formula: "B1-B1" });
    expect(grid.cells[2][1]).toEqual({ value: "=bukan rumus" });
    // extent + merges, content, styles of text cells with the formulas' results, styles of the text formula
    expect(excel.stats.syncs).toBe(4);
  });

  test("fill: solid and patterned fills give the colour, no fill (pattern None) gives none; numbers carry no style", async () => {
    const source = gridFromRows("Warna", [
      [
        { value: "Solid", fill: "#FFF2CC" },
        { value: 5, fill: "#FFF2CC", bold: true },
      ],
      [{ value: "Berpola", fill: "#C6E0B4" }, { value: "Tanpa isian" }],
    ]);
    const excel = createInMemoryExcel({ sheets: [source] });
    excel.workbook.sheet("Warna").cell(1, 0).format.fillPattern = "Gray50";
    const grid = await new OfficeWorkbook(excel.run).readSheet("Warna");
    expect(grid.cells[0][0]).toEqual({ value: "Solid", fill: "#FFF2CC" });
    expect(grid.cells[1][0]).toEqual({ value: "Berpola", fill: "#C6E0B4" });
    expect(grid.cells[1][1]).toEqual({ value: "Tanpa isian" });
    expect(grid.cells[0][1]).toEqual({ value: 5 });
    expect(excel.stats.syncs).toBe(3);
  });

  test("a missing sheet is one clear Indonesian message", async () => {
    const excel = createInMemoryExcel({ sheets: [gridFromRows("Ada", [[1]])] });
    await expect(new OfficeWorkbook(excel.run).readSheet("Tidak Ada")).rejects.toThrow(
      'Lembar "Tidak Ada" tidak ditemukan; mungkin sudah dihapus atau diganti namanya.',
    );
  });
});
