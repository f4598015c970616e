import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { createInMemoryExcel } from "./inMemoryExcel";
import { anggaranSpec } from "./specFixtures";

const userSheet = () => gridFromRows("TW IV", [["PAGU"], [1000]]);
const specs = () => [anggaranSpec("Tabel 3.10", 5), anggaranSpec("Tabel 3.11", 5)];

describe("one undo step (ExcelApi 1.20 mergeUndoGroup)", () => {
  it("writes the generated sheets as one undo group where the host supports it", async () => {
    const excel = createInMemoryExcel({ sheets: [userSheet()] });
    const wb = new OfficeWorkbook(excel.run, { runGrouped: excel.runGrouped });
    expect(wb.undoSupport()).toBe("one-step");
    const report = await wb.writeSheets(specs());
    expect(report.undo).toBe("one-step");
    expect(excel.stats.undoGroups).toBe(1);
    expect(excel.workbook.sheetNames()).toEqual(["TW IV", "Tabel 3.10", "Tabel 3.11"]);
  });

  it("says the write cannot be undone on a host without ExcelApi 1.20, and does not group it", async () => {
    const excel = createInMemoryExcel({ sheets: [userSheet()] });
    const wb = new OfficeWorkbook(excel.run, {
      runGrouped: excel.runGrouped,
      isSetSupported: (_set, version) => Number(version.split(".")[1]) < 20,
    });
    expect(wb.undoSupport()).toBe("none");
    const report = await wb.writeSheets(specs());
    expect(report.undo).toBe("none");
    expect(excel.stats.undoGroups).toBe(0);
  });

  it("does not group a write that deletes a sheet (Worksheet.delete cannot be undone), and writes it all the same", async () => {
    const excel = createInMemoryExcel({ sheets: [userSheet()] });
    const wb = new OfficeWorkbook(excel.run, { runGrouped: excel.runGrouped });
    await wb.writeSheets(specs());
    const writesBefore = excel.stats.writes.length;
    // A run that no longer builds Tabel 3.11: its unedited sheet is deleted.
    const report = await wb.writeSheets([anggaranSpec("Tabel 3.10", 6)]);
    expect(report.removed).toEqual(["Tabel 3.11"]);
    expect(report.undo).toBe("none");
    expect(excel.workbook.sheetNames()).toEqual(["TW IV", "Tabel 3.10"]);
    // The grouped attempt stopped once the plan was known, before writing: one ungrouped write followed.
    expect(excel.stats.refusedUndoGroups).toBe(1);
    expect(excel.stats.undoGroups).toBe(1);
    expect(excel.stats.writes.length).toBeGreaterThan(writesBefore);
  });

  it("writes ungrouped when Excel answers UndoNotSupported", async () => {
    const excel = createInMemoryExcel({ sheets: [userSheet()] });
    const wb = new OfficeWorkbook(excel.run, { runGrouped: excel.runGrouped });
    excel.failNextSync("UndoNotSupported", "The operation cannot be grouped.");
    const report = await wb.writeSheets(specs());
    expect(report.undo).toBe("none");
    expect(excel.workbook.sheetNames()).toEqual(["TW IV", "Tabel 3.10", "Tabel 3.11"]);
  });

  it("still reports any other error as one Indonesian sentence", async () => {
    const excel = createInMemoryExcel({ sheets: [userSheet()] });
    const wb = new OfficeWorkbook(excel.run, { runGrouped: excel.runGrouped });
    excel.failNextSync("InvalidOperationInCellEditMode");
    await expect(wb.writeSheets(specs())).rejects.toThrow("Excel sedang dalam mode edit sel");
  });
});
