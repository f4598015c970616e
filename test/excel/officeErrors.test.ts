import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { REGISTRY_SHEET, registryRows } from "../../src/core/workbook/registry";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { ExcelAdapterError, isOfficeError } from "../../src/excel/officeErrors";
import { createInMemoryExcel } from "./inMemoryExcel";
import { anggaranSpec } from "./specFixtures";

const source = () => gridFromRows("Pengukuran", [["PROGRAM", 1]]);

describe("errors from Office become one Indonesian message", () => {
  test("a protected sheet: named, with what to do", async () => {
    const registry = gridFromRows(REGISTRY_SHEET, registryRows({}));
    const excel = createInMemoryExcel({
      sheets: [source(), { grid: registry, visibility: "VeryHidden", protected: true }],
    });
    const error = await new OfficeWorkbook(excel.run).writeSetting("kode", "0012").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect((error as ExcelAdapterError).message).toBe(
      `Lembar "${REGISTRY_SHEET}" (catatan add-in, tersembunyi) diproteksi; buka proteksinya lalu coba lagi.`,
    );
    expect((error as ExcelAdapterError).code).toBe("AccessDenied");
    expect(isOfficeError((error as ExcelAdapterError).cause)).toBe(true);
  });

  test("a generated sheet the user protected: the re-run names it", async () => {
    const excel = createInMemoryExcel({ sheets: [source()] });
    const wb = new OfficeWorkbook(excel.run);
    await wb.writeSheets([anggaranSpec("Tabel 2.1", 2), anggaranSpec("Tabel 2.2", 2)]);
    excel.workbook.sheet("Tabel 2.2").protected = true;
    await expect(wb.writeSheets([anggaranSpec("Tabel 2.1", 3), anggaranSpec("Tabel 2.2", 3)])).rejects.toThrow(
      'Lembar "Tabel 2.2" diproteksi; buka proteksinya lalu coba lagi.',
    );
  });

  test("a protected workbook structure", async () => {
    const excel = createInMemoryExcel({ sheets: [source()], structureProtected: true });
    await expect(new OfficeWorkbook(excel.run).writeSheets([anggaranSpec("Tabel 2.1", 2)])).rejects.toThrow(
      "Struktur buku kerja diproteksi sehingga lembar tidak dapat ditambah atau dihapus; buka proteksinya (Tinjau › Proteksi Buku Kerja) lalu coba lagi.",
    );
  });

  test("Excel busy editing a cell", async () => {
    const excel = createInMemoryExcel({ sheets: [source()] });
    excel.failNextSync("InvalidOperationInCellEditMode");
    await expect(new OfficeWorkbook(excel.run).listSheets()).rejects.toThrow(
      "Excel sedang dalam mode edit sel; tekan Enter atau Esc lalu coba lagi.",
    );
  });

  test("any other code is named with Excel's own message, never swallowed", async () => {
    const excel = createInMemoryExcel({ sheets: [source()] });
    excel.failNextSync("GeneralException", "An internal error has occurred.");
    await expect(new OfficeWorkbook(excel.run).readSheet("Pengukuran")).rejects.toThrow(
      'Excel menolak perintah pada lembar "Pengukuran" (kode GeneralException): An internal error has occurred.',
    );
  });

  test("errors that are not Office's pass through unchanged", async () => {
    const failing = new OfficeWorkbook(async () => {
      throw new Error("Office belum siap");
    });
    await expect(failing.listSheets()).rejects.toThrow(/^Office belum siap$/);
  });
});
