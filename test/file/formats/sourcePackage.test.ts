import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { plainLoad } from "../helpers";
import { openFixture, openSample, sourceGrids } from "./fixtures";

jest.setTimeout(60_000);

async function packageOf(
  file: string,
): Promise<{ bytes: Uint8Array; exceljs: ExcelJS.Workbook; sheetjs: XLSX.WorkBook }> {
  const wb = await openFixture(file);
  const bytes = new Uint8Array(await wb.toBuffer());
  return {
    bytes,
    exceljs: await plainLoad(bytes),
    sheetjs: XLSX.read(bytes, { type: "array", cellFormula: true, cellNF: true, cellStyles: true }),
  };
}

describe("a file of another format becomes a new .xlsx package holding its sheets as real sheets", () => {
  it(".xls: every cell, merge and column width of the sample, print titles, in a package exceljs and SheetJS open", async () => {
    const { exceljs, sheetjs } = await packageOf("pengukuran-kinerja-2022.xls");
    const sample = await openSample();
    expect(exceljs.worksheets.map((w) => w.name)).toEqual(["TW I 2022", "TW IV 2022"]);
    expect(sheetjs.SheetNames).toEqual(["TW I 2022", "TW IV 2022"]);
    for (const grid of sourceGrids(sample)) {
      const ws = exceljs.getWorksheet(grid.name)!;
      let compared = 0;
      grid.cells.forEach((line, r) =>
        line.forEach((cell, c) => {
          if (!cell) return;
          const got = ws.getCell(r + 1, c + 1);
          expect({ at: got.address, value: got.value, numFmt: cell.numFmt ? got.numFmt : undefined }).toEqual({
            at: got.address,
            value: cell.value,
            numFmt: cell.numFmt,
          });
          compared++;
        }),
      );
      expect(compared).toBeGreaterThan(400);
      expect([...ws.model.merges].length).toBe(grid.merges.length);
      expect(ws.getColumn(2).width).toBeCloseTo(22, 0);
    }
    const names = sheetjs.Workbook?.Names?.filter((n) => n.Name === "_xlnm.Print_Titles") ?? [];
    expect(names.map((n) => [n.Sheet, n.Ref])).toEqual([
      [0, "'TW I 2022'!$5:$7"],
      [1, "'TW IV 2022'!$5:$7"],
    ]);
  });

  it(".xls: formulas keep their cached values; booleans and error values keep their types; fills", async () => {
    const { sheetjs, exceljs } = await packageOf("gaya-sel.xls");
    const ws = sheetjs.Sheets.Gaya;
    expect(ws.B3).toMatchObject({ f: "B4", v: 55599900, t: "n", z: "#,##0" });
    expect(ws.A6).toMatchObject({ t: "b", v: true });
    expect(ws.B6).toMatchObject({ t: "e", f: "1/0", w: "#DIV/0!" });
    expect(ws.A5).toMatchObject({ t: "s", v: "0012", z: "@" });
    expect(exceljs.getWorksheet("Gaya")!.getCell("A2").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: "FFD7E4BD" },
    });
  });

  it("an app's HTML export: bold, indent and fill as cell styles", async () => {
    const { exceljs } = await packageOf("gaya-sel-ekspor.xls");
    const ws = exceljs.worksheets[0];
    expect(ws.getCell("A2").font?.bold).toBe(true);
    expect(ws.getCell("A2").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFD7E4BD" } });
    expect(ws.getCell("A3").alignment?.indent).toBe(1);
    expect(ws.getCell("A4").alignment?.indent).toBe(2);
    expect(ws.getCell("C5")).toMatchObject({ value: 0.9744, numFmt: "0.00%" });
  });

  it("SpreadsheetML 2003: its column widths (points) become Excel's character widths", async () => {
    const { exceljs } = await packageOf("gaya-sel.xml");
    const ws = exceljs.getWorksheet("Gaya")!;
    expect(ws.getColumn(1).width).toBeCloseTo(40, 0);
    expect(ws.getColumn(2).width).toBeCloseTo(18, 0);
  });

  it("reads back through our own reader as the grids the engine saw", async () => {
    const wb = await openFixture("pengukuran-kinerja-2022.ods");
    const { FileWorkbook } = await import("../../../src/file/fileWorkbook");
    const again = await FileWorkbook.fromBuffer(new Uint8Array(await wb.toBuffer()), "lagi.xlsx");
    expect(again.sourceFormat).toBe("xlsx");
    expect(sourceGrids(again)).toEqual(sourceGrids(wb));
  });
});

describe("what the officer hid stays hidden", () => {
  it.each(["tersembunyi.xls", "tersembunyi.ods"])(
    "%s: the hidden column and row are hidden in the new .xlsx",
    async (file) => {
      const { exceljs } = await packageOf(file);
      const ws = exceljs.getWorksheet("Lembar Kerja")!;
      expect([1, 2, 3, 4].map((c) => ws.getColumn(c).hidden)).toEqual([false, false, true, false]);
      expect([1, 2, 3, 4].map((r) => ws.getRow(r).hidden)).toEqual([false, false, true, false]);
      // Their content is kept as it was.
      expect(ws.getCell("C3").value).toBe(5);
      expect(ws.getCell("A3").value).toBe("baris bantu (disembunyikan)");
    },
  );
});

describe("a hidden sheet of an .ods stays hidden (fmt42 D2: it came out visible)", () => {
  it("lembar-tersembunyi.ods: `TW I 2022` (table:display=false) is hidden in the new .xlsx, `TW IV 2022` is not", async () => {
    const { exceljs } = await packageOf("lembar-tersembunyi.ods");
    expect(exceljs.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["TW I 2022", "hidden"],
      ["TW IV 2022", "visible"],
    ]);
  });
});

describe(".ods and .xls: borders, alignment and blank cells' looks are carried", () => {
  it.each(["garis-tepi.ods", "garis-tepi.xls"])(
    "%s: every table cell keeps its border (blank ones too), wrap and alignment, a blank cell its fill and merge",
    async (file) => {
      const { exceljs } = await packageOf(file);
      const ws = exceljs.getWorksheet("Tabel")!;
      const bordered = (a: string) => ws.getCell(a).border?.left?.style !== undefined;
      const table = ["A1", "B1", "C1", "A2", "B2", "C2", "A3", "B3", "C3"];
      expect(table.filter((a) => !bordered(a))).toEqual([]);
      expect(bordered("A5")).toBe(false);
      expect(ws.getCell("A1").alignment?.horizontal).toBe("center");
      expect(ws.getCell("A2").alignment).toMatchObject({ wrapText: true, vertical: "top" });
      expect(ws.getCell("B2").alignment?.horizontal).toBe("right");
      expect(ws.getCell("C3").fill).toMatchObject({ type: "pattern", pattern: "solid" });
      expect(ws.getCell("C3").value).toBeNull();
      expect(ws.getCell("C3").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
      expect(ws.getCell("C5").isMerged && ws.getCell("C5").master.address).toBe("B5");
    },
  );
});
