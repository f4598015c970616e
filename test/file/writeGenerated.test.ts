import ExcelJS from "exceljs";
import { SheetSpec } from "../../src/core/tables/sheetSpec";
import { REGISTRY_SHEET } from "../../src/core/workbook/registry";
import { readRegistry, writeRegistry } from "../../src/file/registrySheet";
import { writeGeneratedSheets } from "../../src/file/writeGenerated";
import { roundTrip } from "../cli/helpers";

function sheet(name: string, kind: SheetSpec["kind"], text: string): SheetSpec {
  return {
    name,
    kind,
    cells: [{ row: 0, col: 0, cell: { value: text } }],
    merges: [],
    columnWidths: [30],
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  };
}

const SPECS = (): SheetSpec[] => [
  sheet("Tabel 2.1", "lkjip-table", "rencana"),
  sheet("Hasil Pemeriksaan", "hasil-pemeriksaan", "temuan"),
  sheet("Data Pendukung", "data-pendukung", "isian"),
];

function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("TW IV").getCell("A1").value = "data pengguna";
  wb.addWorksheet("Hasil Pemeriksaan").getCell("A1").value = "catatan pengguna";
  return wb;
}

describe("registry sheet", () => {
  it("is written very hidden and read back", async () => {
    const wb = userWorkbook();
    const registry = {
      generated: [{ name: "Tabel 2.1", kind: "lkjip-table" as const }],
      settings: { "kolom:TW IV": "{\"pagu\":13}" },
    };
    writeRegistry(wb, registry);
    const back = await roundTrip(wb);
    expect(back.getWorksheet(REGISTRY_SHEET)!.state).toBe("veryHidden");
    expect(readRegistry(back)).toEqual(registry);
  });

  it("is empty when the workbook has none", () => {
    expect(readRegistry(userWorkbook())).toEqual({ generated: [], settings: {} });
  });
});

describe("writeGeneratedSheets", () => {
  it("gives a generated sheet a suffix when a sheet of the user's has its name", () => {
    const wb = userWorkbook();
    const written = writeGeneratedSheets(wb, SPECS());
    expect(written.names).toEqual(["Tabel 2.1", "Hasil Pemeriksaan (2)", "Data Pendukung"]);
    expect(written.removed).toEqual([]);
    expect(wb.getWorksheet("Hasil Pemeriksaan")!.getCell("A1").value).toBe("catatan pengguna");
    expect(wb.getWorksheet("Hasil Pemeriksaan (2)")!.getCell("A1").value).toBe("temuan");
    expect(readRegistry(wb).generated).toEqual([
      { name: "Tabel 2.1", kind: "lkjip-table" },
      { name: "Hasil Pemeriksaan (2)", kind: "hasil-pemeriksaan" },
    ]);
  });

  it("replaces only its own sheets on a second run and leaves Data Pendukung to the user", async () => {
    const first = userWorkbook();
    writeGeneratedSheets(first, SPECS());
    const reopened = await roundTrip(first);
    reopened.getWorksheet("Data Pendukung")!.getCell("B2").value = "diisi pengguna";

    const specs = SPECS();
    specs[0].cells[0].cell.value = "rencana baru";
    const second = writeGeneratedSheets(reopened, specs);
    expect(second.removed).toEqual(["Tabel 2.1", "Hasil Pemeriksaan (2)"]);
    expect(second.names).toEqual(["Tabel 2.1", "Hasil Pemeriksaan (2)", null]);

    const back = await roundTrip(reopened);
    const names = back.worksheets.map((w) => w.name);
    expect([...names].sort()).toEqual(
      ["Data Pendukung", "Hasil Pemeriksaan", "Hasil Pemeriksaan (2)", "TW IV", "Tabel 2.1", REGISTRY_SHEET].sort(),
    );
    expect(back.getWorksheet("Tabel 2.1")!.getCell("A1").value).toBe("rencana baru");
    expect(back.getWorksheet("Hasil Pemeriksaan")!.getCell("A1").value).toBe("catatan pengguna");
    expect(back.getWorksheet("Data Pendukung")!.getCell("B2").value).toBe("diisi pengguna");
    expect(back.getWorksheet(REGISTRY_SHEET)!.state).toBe("veryHidden");
  });

  it("moves the active tab off a removed or hidden sheet", () => {
    const wb = userWorkbook();
    writeGeneratedSheets(wb, SPECS());
    const view = { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 9, visibility: "visible" };
    wb.views = [view];
    writeGeneratedSheets(wb, SPECS());
    expect(wb.views[0].activeTab).toBe(0);
    wb.views[0].activeTab = wb.worksheets.findIndex((w) => w.name === REGISTRY_SHEET);
    writeGeneratedSheets(wb, SPECS());
    expect(wb.worksheets[wb.views[0].activeTab].state).toBe("visible");
  });
});
