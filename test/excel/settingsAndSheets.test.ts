import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { MARK_NAME, parseMark } from "../../src/core/workbook/marks";
import { parseRegistry, REGISTRY_SHEET, registryRows } from "../../src/core/workbook/registry";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { createInMemoryExcel } from "./inMemoryExcel";
import { anggaranSpec } from "./specFixtures";

const source = () => gridFromRows("Pengukuran", [["PROGRAM", 1]]);

describe("settings in the registry sheet", () => {
  test("round trip: absent, written, read back, overwritten; JSON and number-like text stay text", async () => {
    const excel = createInMemoryExcel({ sheets: [source()] });
    const wb = new OfficeWorkbook(excel.run);
    expect(await wb.readSetting("columns:Pengukuran")).toBeNull();
    await wb.writeSetting("columns:Pengukuran", '{"pagu":13,"nama":12}');
    await wb.writeSetting("kode", "0012");
    expect(await wb.readSetting("columns:Pengukuran")).toBe('{"pagu":13,"nama":12}');
    expect(await wb.readSetting("kode")).toBe("0012");
    await wb.writeSetting("kode", "");
    expect(await wb.readSetting("kode")).toBe("");
    expect(excel.workbook.sheet(REGISTRY_SHEET).visibility).toBe("VeryHidden");
    expect(excel.stats.writtenSheets()).toEqual([REGISTRY_SHEET]);
  });

  test("the settings sheet is the one the CLI reads and writes: rows as registryRows lays them out, marked", async () => {
    const excel = createInMemoryExcel({ sheets: [source()] });
    const wb = new OfficeWorkbook(excel.run);
    await wb.writeSheets([anggaranSpec("Tabel 2.1", 2)]);
    expect(excel.workbook.has(REGISTRY_SHEET)).toBe(false);
    await wb.writeSetting("skala", "permendagri");
    const registry = parseRegistry(excel.workbook.toGrid(REGISTRY_SHEET));
    expect(registry).toEqual({ generated: [], settings: { skala: "permendagri" } });
    const stored = excel.workbook.toGrid(REGISTRY_SHEET).cells.map((line) => line.map((c) => c?.value ?? null));
    expect(stored).toEqual(registryRows(registry.settings));
    expect(excel.workbook.sheet(REGISTRY_SHEET).names.map((n) => [n.name, parseMark(n.formula), n.visible])).toEqual([
      [MARK_NAME, { kind: "registry", key: REGISTRY_SHEET, fingerprint: "" }, false],
    ]);
  });

  test("a settings sheet the user renamed and unhid is still found by its mark", async () => {
    const excel = createInMemoryExcel({ sheets: [source()] });
    const wb = new OfficeWorkbook(excel.run);
    await wb.writeSetting("a", "1");
    const sheet = excel.workbook.sheet(REGISTRY_SHEET);
    sheet.name = "Catatan add-in";
    sheet.visibility = "Visible";
    excel.stats.reset();
    expect(await wb.readSetting("a")).toBe("1");
    expect(excel.stats.syncs).toBe(3);
    await wb.writeSetting("b", "2");
    expect(parseRegistry(excel.workbook.toGrid("Catatan add-in")).settings).toEqual({ a: "1", b: "2" });
    expect(excel.workbook.has(REGISTRY_SHEET)).toBe(false);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["Pengukuran"]);
  });

  test("settings survive a generate run, and a version-1 registry written by the CLI is read", async () => {
    const cliRegistry = gridFromRows(REGISTRY_SHEET, [
      ["lkjip-excel", 1, "Lembar ini dikelola add-in LKjIP; jangan diubah."],
      ["sheet", "Tabel Lama", "lkjip-table"],
      ["setting", "a", "1"],
    ]);
    const excel = createInMemoryExcel({
      sheets: [source(), gridFromRows("Tabel Lama", [["lama"]]), { grid: cliRegistry, visibility: "VeryHidden" }],
    });
    const wb = new OfficeWorkbook(excel.run);
    expect(await wb.readSetting("a")).toBe("1");
    const report = await wb.writeSheets([anggaranSpec("Tabel Baru", 2)]);
    expect(report.sheets.map((s) => s.name)).toEqual(["Tabel Baru"]);
    expect(report.removed).toEqual(["Tabel Lama"]);
    expect(excel.workbook.has("Tabel Lama")).toBe(false);
    expect(await wb.readSetting("a")).toBe("1");
  });
});

describe("listSheets", () => {
  test("visible sheets in tab order, generated ones marked, hidden and registry sheets left out", async () => {
    const excel = createInMemoryExcel({
      sheets: [
        source(),
        { grid: gridFromRows("Tersembunyi", [["x"]]), visibility: "Hidden" },
        gridFromRows("Catatan", [["y"]]),
      ],
    });
    const wb = new OfficeWorkbook(excel.run);
    await wb.writeSheets([anggaranSpec("Tabel 2.1", 2)]);
    expect(await wb.listSheets()).toEqual([
      { name: "Pengukuran", generated: false },
      { name: "Catatan", generated: false },
      { name: "Tabel 2.1", generated: true },
    ]);
  });
});

describe("selectCell and activateSheet", () => {
  test("selectCell activates the sheet and selects the cell", async () => {
    const excel = createInMemoryExcel({ sheets: [source(), gridFromRows("Kedua", [["a"]])] });
    const wb = new OfficeWorkbook(excel.run);
    expect(excel.workbook.activeSheet()).toBe("Pengukuran");
    await wb.selectCell("Kedua", "J12");
    expect(excel.workbook.activeSheet()).toBe("Kedua");
    expect(excel.workbook.selection()).toEqual({ sheet: "Kedua", address: "J12" });
    await wb.activateSheet("Pengukuran");
    expect(excel.workbook.activeSheet()).toBe("Pengukuran");
    expect(excel.stats.writes).toEqual([]);
  });

  test("a malformed address or a missing sheet is an Indonesian message", async () => {
    const wb = new OfficeWorkbook(createInMemoryExcel({ sheets: [source()] }).run);
    await expect(wb.selectCell("Pengukuran", "12J")).rejects.toThrow("Alamat sel tidak valid: 12J");
    await expect(wb.selectCell("Hilang", "A1")).rejects.toThrow('Lembar "Hilang" tidak ditemukan');
  });
});
