import { gridFromRows } from "../../src/core/grid/gridBuilder";
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

  test("the registry is the one the CLI reads and writes: rows as registryRows lays them out", async () => {
    const excel = createInMemoryExcel({ sheets: [source()] });
    const wb = new OfficeWorkbook(excel.run);
    await wb.writeSheets([anggaranSpec("Tabel 2.1", 2)]);
    await wb.writeSetting("skala", "permendagri");
    const registry = parseRegistry(excel.workbook.toGrid(REGISTRY_SHEET));
    expect(registry).toEqual({
      generated: [{ name: "Tabel 2.1", kind: "lkjip-table" }],
      settings: { skala: "permendagri" },
    });
    const stored = excel.workbook.toGrid(REGISTRY_SHEET).cells.map((line) => line.map((c) => c?.value ?? null));
    expect(stored).toEqual(registryRows(registry));
  });

  test("settings survive a generate run, and a registry written by the CLI is read", async () => {
    const cliRegistry = gridFromRows(
      REGISTRY_SHEET,
      registryRows({ generated: [{ name: "Tabel Lama", kind: "lkjip-table" }], settings: { a: "1" } }),
    );
    const excel = createInMemoryExcel({
      sheets: [source(), gridFromRows("Tabel Lama", [["lama"]]), { grid: cliRegistry, visibility: "VeryHidden" }],
    });
    const wb = new OfficeWorkbook(excel.run);
    expect(await wb.readSetting("a")).toBe("1");
    expect(await wb.writeSheets([anggaranSpec("Tabel Baru", 2)])).toEqual(["Tabel Baru"]);
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
