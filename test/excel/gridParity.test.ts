import ExcelJS from "exceljs";
import { Grid, GridCell } from "../../src/core/grid/grid";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { isWordText } from "../../src/excel/textCells";
import { readSheetGrid, readWorkbookInfo } from "../../src/file/xlsx";
import { partsOfZip } from "../file/xlsx/packageBuilder";
import { gridContent } from "./fixtures";
import { inMemoryFromExcelJs } from "./fromExcelJs";

/** A small Pengukuran-like sheet with everything both adapters must agree on. */
function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("TW IV 2022");
  // exceljs writes a colour's tint but its types do not declare it.
  const solid = (fgColor: { argb?: string; theme?: number; tint?: number }): ExcelJS.Fill => ({
    type: "pattern",
    pattern: "solid",
    fgColor: fgColor as Partial<ExcelJS.Color>,
  });
  ws.getCell("A1").value = "PENGUKURAN KINERJA TAHUN 2022";
  ws.getCell("A1").font = { bold: true };
  ws.mergeCells("A1:D1");
  ["URAIAN", "PAGU", "REALISASI", "CAPAIAN"].forEach((h, i) => {
    const cell = ws.getCell(2, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = solid({ theme: 4, tint: 0.7999816888943144 });
  });
  ws.getCell("A3").value = "PROGRAM PELAYANAN PENANAMAN MODAL";
  ws.getCell("A3").font = { bold: true };
  ws.getCell("A3").fill = solid({ argb: "FFFFF2CC" });
  ws.getCell("B3").value = { formula: "SUM(B4:B5)", result: 301774300 };
  ws.getCell("B3").numFmt = "#,##0";
  ws.getCell("B3").fill = solid({ argb: "FFFFF2CC" });
  ws.getCell("B3").font = { bold: true };
  ws.getCell("C3").value = { formula: "SUM(C4:C5)", result: 41392050 };
  ws.getCell("D3").value = { formula: "C3/B3", result: 41392050 / 301774300 };
  ws.getCell("D3").numFmt = "0.00%";
  ws.getCell("A4").value = "Pelayanan Perizinan Berusaha";
  ws.getCell("A4").alignment = { indent: 1 };
  ws.getCell("A4").fill = solid({ theme: 9, tint: 0.3999755851924192 });
  ws.getCell("B4").value = 246174400;
  ws.getCell("B4").numFmt = "#,##0";
  ws.getCell("C4").value = 41392050;
  ws.getCell("A5").value = "Pembuatan Peta Potensi Investasi";
  ws.getCell("A5").alignment = { indent: 2 };
  ws.getCell("B5").value = 55599900;
  ws.getCell("B5").numFmt = "#,##0";
  ws.getCell("C5").value = 0;
  ws.getCell("A6").value = { formula: 'A3&" (jumlah)"', result: "PROGRAM PELAYANAN PENANAMAN MODAL (jumlah)" };
  ws.getCell("A6").font = { bold: true };
  ws.mergeCells("A7:B8");
  ws.getCell("A7").value = "Catatan";
  return wb;
}

/**
 * The Office adapter reads bold, indent and fill where the engine uses them: cells holding text with a letter
 * (names, headers). The file reader has them for every cell; compared on that rule, the grids must be equal.
 */
function asOfficeReadsStyles(grid: Grid): Grid {
  const cells = grid.cells.map((line) =>
    line.map((cell): GridCell | undefined => {
      if (!cell || isWordText(cell.value)) return cell;
      const { bold: _b, indent: _i, fill: _f, ...rest } = cell;
      return rest;
    }),
  );
  return { ...grid, cells };
}

describe("the file reader and the Office adapter read one workbook into the same grid", () => {
  let fromFile: Grid;
  let fromOffice: Grid;
  beforeAll(async () => {
    const wb = workbook();
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const parts = partsOfZip(bytes);
    fromFile = readSheetGrid(parts, readWorkbookInfo(parts), "TW IV 2022");
    const excel = inMemoryFromExcelJs(wb);
    fromOffice = await new OfficeWorkbook(excel.run).readSheet("TW IV 2022");
  });

  test("values, formulas, number formats, bold, indent, theme and RGB fills, merges", () => {
    expect(gridContent(fromOffice)).toEqual(gridContent(asOfficeReadsStyles(fromFile)));
    expect(fromOffice.cells[1][0]).toEqual({ value: "URAIAN", bold: true, fill: "#DCE6F1" });
    expect(fromOffice.cells[2][0]).toEqual({ value: "PROGRAM PELAYANAN PENANAMAN MODAL", bold: true, fill: "#FFF2CC" });
    expect(fromOffice.cells[2][1]).toEqual({ value: 301774300, numFmt: "#,##0", formula: "SUM(B4:B5)" });
    expect(fromOffice.cells[3][0]).toEqual({ value: "Pelayanan Perizinan Berusaha", indent: 1, fill: "#FABF8F" });
    expect(fromOffice.cells[4][2]).toEqual({ value: 0 });
    expect(fromOffice.cells[5][0]).toEqual({
      value: "PROGRAM PELAYANAN PENANAMAN MODAL (jumlah)",
      formula: 'A3&" (jumlah)"',
      bold: true,
    });
    expect(fromOffice.merges).toHaveLength(2);
  });

  test("the one difference: styles of number cells, which only the file reader has", () => {
    expect(fromFile.cells[2][1]).toEqual({
      value: 301774300,
      numFmt: "#,##0",
      formula: "SUM(B4:B5)",
      bold: true,
      fill: "#FFF2CC",
    });
    expect(fromOffice.cells[2][1]).not.toHaveProperty("fill");
  });
});
