import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { Progress, WriteReport } from "../../src/core/ports/workbookPort";
import { specFingerprint } from "../../src/core/workbook/fingerprint";
import { MARK_NAME, parseMark } from "../../src/core/workbook/marks";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { columnWidthPoints } from "../../src/excel/units";
import { createInMemoryExcel, EXCEL_WEB_LIMITS, InMemoryWorkbook } from "./inMemoryExcel";
import { gridContent } from "./fixtures";
import { anggaranSpec, dataPendukungSpec, hasilSpec } from "./specFixtures";

const userSheet = () =>
  gridFromRows("Pengukuran", [
    [{ value: "PENGUKURAN KINERJA", bold: true }],
    ["PROGRAM", { value: 55599900, numFmt: "#,##0.00" }],
  ]);

const names = (report: WriteReport) => report.sheets.map((s) => s.name);

/** The mark a sheet carries, as the adapter will read it back. */
function markOf(workbook: InMemoryWorkbook, sheet: string) {
  const item = workbook.sheet(sheet).names.find((n) => n.name === MARK_NAME);
  return item ? { ...parseMark(item.formula), visible: item.visible } : null;
}

function allBorders(workbook: InMemoryWorkbook, sheet: string, row: number, col: number): boolean {
  const b = workbook.cell(sheet, row, col)?.format.borders ?? {};
  return (["top", "bottom", "left", "right"] as const).every((e) => b[e]?.style === "Continuous");
}

describe("OfficeWorkbook.writeSheets", () => {
  test("writes values, formulas, number formats, merges, links and formatting, and records the sheets", async () => {
    const excel = createInMemoryExcel({ sheets: [userSheet()] });
    const progress: Progress[] = [];
    const specs = [anggaranSpec("Tabel 3.10", 30), hasilSpec("Hasil Pemeriksaan", "Tabel 3.10")];
    const report = await new OfficeWorkbook(excel.run).writeSheets(specs, { onProgress: (p) => progress.push(p) });
    expect(report).toEqual({
      sheets: [
        { spec: "Tabel 3.10", kind: "lkjip-table", name: "Tabel 3.10", status: "new" },
        { spec: "Hasil Pemeriksaan", kind: "hasil-pemeriksaan", name: "Hasil Pemeriksaan", status: "new" },
      ],
      kept: [],
      removed: [],
      migrated: [],
      // Without a grouped run (ExcelApi 1.20's mergeUndoGroup) the write is not one undo step.
      undo: "none",
    });
    const wb = excel.workbook;
    // No settings sheet: generated sheets are known by their marks.
    expect(wb.sheetNames()).toEqual(["Pengukuran", "Tabel 3.10", "Hasil Pemeriksaan"]);

    const t = wb.toGrid("Tabel 3.10");
    expect(t.cells[0][0]).toEqual({ value: "Tabel 3.10 Realisasi Anggaran Tahun 2022", bold: true });
    expect(t.cells[4][2]).toEqual({ value: "2.18.00", numFmt: "@" });
    expect(t.cells[5][3]).toEqual({ value: 1_001_000, numFmt: "#,##0" });
    expect(t.cells[5][4]).toEqual({ value: 750_500.5, numFmt: "#,##0.00" });
    expect(t.cells[5][5]).toEqual({ value: null, formula: 'IF(D6=0,"",E6/D6)', numFmt: "0.00%" });
    expect(t.cells[34][3]).toEqual({ value: null, formula: "SUM(D5:D34)", numFmt: "#,##0", bold: true });
    expect(t.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);

    const sheet = wb.sheet("Tabel 3.10");
    expect(wb.cell("Tabel 3.10", 2, 0)?.format).toMatchObject({
      bold: true,
      fill: "#D9E1F2",
      hAlign: "Center",
      vAlign: "Center",
      wrap: true,
    });
    expect(wb.cell("Tabel 3.10", 3, 5)?.format).toMatchObject({ italic: true, fontSize: 9, fill: "#EDEDED" });
    for (const [r, c] of [
      [2, 0],
      [2, 5],
      [10, 3],
      [34, 4],
      [33, 5],
    ])
      expect(allBorders(wb, "Tabel 3.10", r, c)).toBe(true);
    expect(allBorders(wb, "Tabel 3.10", 0, 0)).toBe(false);
    expect(wb.cell("Tabel 3.10", 14, 1)?.format.bold).toBe(true);
    expect(wb.cell("Tabel 3.10", 15, 1)?.format.bold).toBeUndefined();
    expect(sheet.columnWidths.get(1)).toBe(columnWidthPoints(45));
    expect(sheet.columnWidths.get(3)).toBe(columnWidthPoints(18));
    expect(sheet.columnWidths.get(4)).toBe(columnWidthPoints(18));
    expect(sheet.rowHeights.get(2)).toBe(30);
    expect(sheet.freeze).toEqual({ rows: 4, cols: 0 });
    expect(sheet.tabColor).toBe("#1F4E78");
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$3:$4",
      margins: { left: 36, right: 36, top: 54, bottom: 54 },
    });

    const link = wb.cell("Hasil Pemeriksaan", 2, 1);
    expect(link?.hyperlink).toEqual({ documentReference: "Pengukuran!J12", textToDisplay: "J12" });
    expect(link?.format).toMatchObject({ fontColor: "#0563C1", underline: "Single" });
    expect(wb.cell("Hasil Pemeriksaan", 3, 1)).toMatchObject({
      value: "Tabel 3.10!B5",
      hyperlink: { documentReference: "'Tabel 3.10'!B5", textToDisplay: "Tabel 3.10!B5" },
    });
    expect(wb.cell("Hasil Pemeriksaan", 3, 2)?.format.fill).toBe("#FFF2CC");
    expect(wb.sheet("Hasil Pemeriksaan").freeze).toEqual({ rows: 2, cols: 1 });
    expect(wb.sheet("Hasil Pemeriksaan").autoFilter).toEqual({ top: 1, left: 0, bottom: 3, right: 2 });
    expect(sheet.autoFilter).toBeNull();
    expect(wb.sheet("Hasil Pemeriksaan").pageLayout.margins).toMatchObject({
      left: 18,
      right: 18,
      top: 36,
      bottom: 36,
    });

    const finalNames = new Map([
      ["Tabel 3.10", "Tabel 3.10"],
      ["Hasil Pemeriksaan", "Hasil Pemeriksaan"],
    ]);
    expect(markOf(wb, "Tabel 3.10")).toEqual({
      kind: "lkjip-table",
      key: "Tabel 3.10",
      fingerprint: specFingerprint(specs[0], finalNames),
      sheet: "Tabel 3.10",
      visible: false,
    });
    expect(markOf(wb, "Hasil Pemeriksaan")).toMatchObject({ kind: "hasil-pemeriksaan", key: "Hasil Pemeriksaan" });
    expect(markOf(wb, "Pengukuran")).toBeNull();
    expect(progress[0]).toEqual({ phase: "menulis", done: 0, total: 2 });
    expect(progress[progress.length - 1]).toEqual({ phase: "menulis", done: 2, total: 2 });
  });

  test("formats with far fewer range operations than cells, in few requests with screen updating suspended", async () => {
    const excel = createInMemoryExcel({ sheets: [userSheet()] });
    const spec = anggaranSpec("Tabel 3.10", 400);
    await new OfficeWorkbook(excel.run).writeSheets([spec]);
    const { stats } = excel;
    expect(stats.rangeOps).toBeLessThan(spec.cells.length / 20);
    // Two requests read the sheets and their marks (no marked sheet yet, so no fingerprints); one writes.
    expect(stats.syncs).toBe(3);
    expect(stats.screenUpdatingSuspends).toBeGreaterThanOrEqual(1);
    expect(stats.maxRequestBytes).toBeLessThan(EXCEL_WEB_LIMITS.maxBytes);
    // The bulk values really went in as 2-D arrays: one formulas and one numberFormat write cover the table.
    const bulk = stats.writes.filter(
      (w) => w.sheet === "Tabel 3.10" && (w.member === "formulas" || w.member === "numberFormat"),
    );
    expect(bulk.map((w) => w.address)).toEqual(["'Tabel 3.10'!A1:F405", "'Tabel 3.10'!A1:F405"]);
  });

  test("output larger than one request is split into several requests, each within the limits", async () => {
    const excel = createInMemoryExcel({ sheets: [userSheet()] });
    const spec = anggaranSpec("Realisasi Besar", 40_000);
    await new OfficeWorkbook(excel.run).writeSheets([spec]);
    const { stats } = excel;
    expect(stats.requests.filter((r) => r.rangeOps > 0).length).toBeGreaterThan(1);
    expect(stats.maxRequestBytes).toBeLessThan(EXCEL_WEB_LIMITS.maxBytes);
    expect(stats.maxRequestCells).toBeLessThan(EXCEL_WEB_LIMITS.maxCells);
    expect(stats.requests.every((r) => r.failed === undefined)).toBe(true);
    const grid = excel.workbook.toGrid("Realisasi Besar");
    expect(grid.rowCount).toBe(40_005);
    expect(grid.cells[40_003][1]).toEqual({ value: "Kegiatan nomor 40000" });
    expect(grid.cells[40_004][4]).toMatchObject({ formula: "SUM(E5:E40004)" });
  });

  test("a second run rewrites the generated sheets in place; a user's sheet with a generated name is left alone", async () => {
    const mine = gridFromRows("Hasil Pemeriksaan", [["catatan saya"]]);
    const excel = createInMemoryExcel({ sheets: [userSheet(), mine] });
    const wb = new OfficeWorkbook(excel.run);
    const specs = [anggaranSpec("Tabel 3.10", 5), hasilSpec("Hasil Pemeriksaan", "Tabel 3.10")];
    expect(names(await wb.writeSheets(specs))).toEqual(["Tabel 3.10", "Hasil Pemeriksaan (2)"]);
    const table = excel.workbook.sheet("Tabel 3.10");

    const before = gridContent(excel.workbook.toGrid("Hasil Pemeriksaan"));
    const second = await wb.writeSheets([anggaranSpec("Tabel 3.10", 7), hasilSpec("Hasil Pemeriksaan", "Tabel 3.10")]);
    expect(second.sheets.map((s) => [s.name, s.status])).toEqual([
      ["Tabel 3.10", "updated"],
      ["Hasil Pemeriksaan (2)", "updated"],
    ]);
    expect(excel.workbook.sheetNames()).toEqual([
      "Pengukuran",
      "Hasil Pemeriksaan",
      "Tabel 3.10",
      "Hasil Pemeriksaan (2)",
    ]);
    expect(excel.workbook.sheet("Tabel 3.10")).toBe(table);
    expect(excel.workbook.toGrid("Tabel 3.10").rowCount).toBe(12);
    expect(table.freeze).toEqual({ rows: 4, cols: 0 });
    expect(gridContent(excel.workbook.toGrid("Hasil Pemeriksaan"))).toEqual(before);
    const userSheets = ["Pengukuran", "Hasil Pemeriksaan"];
    expect(excel.stats.writtenSheets().filter((s) => userSheets.includes(s))).toEqual([]);
  });

  test("the print area of a spec (its tables, not the notes beside them) is set on the sheet", async () => {
    const excel = createInMemoryExcel({ sheets: [userSheet()] });
    const spec = anggaranSpec("Tabel 3.10", 12);
    spec.print = { ...spec.print, area: { top: 0, left: 0, bottom: 14, right: 5 } };
    await new OfficeWorkbook(excel.run).writeSheets([spec]);
    expect(excel.workbook.sheet("Tabel 3.10").pageLayout.printArea).toBe("$A$1:$F$15");
    expect(excel.workbook.sheet("Pengukuran").pageLayout.printArea).toBeNull();
  });

  test("a link to a generated sheet follows the suffix that sheet got", async () => {
    const excel = createInMemoryExcel({ sheets: [userSheet(), gridFromRows("Tabel 3.10", [["tabel saya"]])] });
    const report = await new OfficeWorkbook(excel.run).writeSheets([
      anggaranSpec("Tabel 3.10", 3),
      hasilSpec("Hasil Pemeriksaan", "Tabel 3.10"),
    ]);
    expect(names(report)).toEqual(["Tabel 3.10 (2)", "Hasil Pemeriksaan"]);
    expect(excel.workbook.cell("Hasil Pemeriksaan", 3, 1)).toMatchObject({
      value: "Tabel 3.10 (2)!B5",
      hyperlink: { documentReference: "'Tabel 3.10 (2)'!B5" },
    });
    expect(excel.workbook.toGrid("Tabel 3.10").cells[0][0]).toEqual({ value: "tabel saya" });
  });

  test("Data Pendukung is written only when absent and then belongs to the user", async () => {
    const excel = createInMemoryExcel({ sheets: [userSheet()] });
    const wb = new OfficeWorkbook(excel.run);
    expect(names(await wb.writeSheets([anggaranSpec("Tabel 3.10", 3), dataPendukungSpec()]))).toEqual([
      "Tabel 3.10",
      "Data Pendukung",
    ]);
    expect(excel.workbook.cell("Data Pendukung", 1, 1)?.format.fill).toBe("#FFF2CC");
    expect(markOf(excel.workbook, "Data Pendukung")).toEqual({
      kind: "data-pendukung",
      key: "Data Pendukung",
      fingerprint: "",
      visible: false,
    });

    excel.workbook.cell("Data Pendukung", 1, 1)!.value = 123;
    excel.stats.reset();
    const second = await wb.writeSheets([anggaranSpec("Tabel 3.10", 3), dataPendukungSpec()]);
    expect(second.sheets[1]).toEqual({
      spec: "Data Pendukung",
      kind: "data-pendukung",
      name: null,
      status: "unchanged",
    });
    expect(excel.workbook.cell("Data Pendukung", 1, 1)?.value).toBe(123);
    expect(excel.stats.writtenSheets()).not.toContain("Data Pendukung");
    // The officer's: read as a source of Data Pendukung, known by our mark whatever its name becomes.
    expect((await wb.listSheets()).find((s) => s.name === "Data Pendukung")).toEqual({
      name: "Data Pendukung",
      generated: false,
      dataPendukung: true,
    });
  });

  test("text that Excel would turn into a number, date, boolean or formula stays text", async () => {
    const excel = createInMemoryExcel({ sheets: [userSheet()] });
    const texts = ["2.18.03", "001", "TRUE", "=bukan rumus", "-", "50%", "Program"];
    await new OfficeWorkbook(excel.run).writeSheets([
      { ...anggaranSpec("Teks", 0), cells: texts.map((value, row) => ({ row, col: 0, cell: { value } })), merges: [] },
    ]);
    expect(texts.map((_, row) => excel.workbook.cell("Teks", row, 0)?.value)).toEqual(texts);
    expect(excel.workbook.cell("Teks", 6, 0)?.numFmt).toBeUndefined();
  });
});
