import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { FileWorkbook } from "../../../src/file/fileWorkbook";

function spec(): SheetSpec {
  return {
    name: "Tabel 3.1",
    kind: "lkjip-table",
    cells: [
      { row: 0, col: 0, cell: { value: "Tabel 3.1 Capaian Kinerja", bold: true, fontSize: 14, align: "center" } },
      {
        row: 2,
        col: 0,
        cell: { value: "Indikator", bold: true, border: true, fill: "D9E1F2", wrap: true, valign: "middle" },
      },
      { row: 2, col: 1, cell: { value: "Pagu", bold: true, border: true, fill: "#d9e1f2" } },
      { row: 3, col: 0, cell: { value: "Nilai Investasi", italic: true, border: true } },
      { row: 3, col: 1, cell: { value: 412786800, numFmt: "#,##0", border: true, align: "right" } },
      { row: 3, col: 2, cell: { formula: "B4*2", result: 825573600, numFmt: "#,##0" } },
      { row: 3, col: 3, cell: { formula: "B4-B4", result: 0 } },
      { row: 4, col: 0, cell: { value: "lihat sumber", link: { sheet: "TW IV", cell: "N20" } } },
      { row: 4, col: 1, cell: { value: "ke tabel lain", link: { sheet: "Hasil Pemeriksaan", cell: "A1" } } },
      { row: 4, col: 2, cell: { value: null, input: true } },
      { row: 5, col: 0, cell: { value: null } },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    columnWidths: [40, 18, 18, 0, 12],
    rowHeights: [{ row: 0, height: 30 }],
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      repeatRows: [2, 3],
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 },
    },
    freeze: { rows: 3, cols: 1 },
    tabColor: "1F4E78",
    autoFilter: { top: 2, left: 0, bottom: 3, right: 2 },
  };
}

/**
 * A spec written by the package writer into a small workbook of the user's, read back with exceljs as an
 * independent reader. The link target "Hasil Pemeriksaan" is written beside a user sheet of that name, so it gets a
 * suffix and the link must follow it.
 */
async function written(): Promise<{ back: ExcelJS.Workbook; bytes: Buffer }> {
  const user = new ExcelJS.Workbook();
  user.addWorksheet("TW IV").getCell("N20").value = 1;
  user.addWorksheet("Hasil Pemeriksaan").getCell("A1").value = "milik pengguna";
  const input = new Uint8Array((await user.xlsx.writeBuffer()) as ArrayBuffer);
  const port = await FileWorkbook.fromBuffer(input, "buku.xlsx");
  const hasil: SheetSpec = { ...spec(), name: "Hasil Pemeriksaan", kind: "hasil-pemeriksaan", cells: [], merges: [] };
  await port.writeSheets([spec(), hasil]);
  const bytes = Buffer.from(await port.toBuffer());
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { back, bytes };
}

describe("worksheetXml (through FileWorkbook.writeSheets)", () => {
  let back: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let bytes: Buffer;
  beforeAll(async () => {
    ({ back, bytes } = await written());
    ws = back.getWorksheet("Tabel 3.1")!;
  });

  it("writes values, number formats and fonts", () => {
    expect(ws.getCell("A1").value).toBe("Tabel 3.1 Capaian Kinerja");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A4").font).toMatchObject({ italic: true });
    // Every cell names its face and size, so another application does not fall back to its own default font.
    expect(ws.getCell("A1").font).toMatchObject({ name: "Calibri" });
    expect(ws.getCell("B4").font).toMatchObject({ name: "Calibri", size: 11 });
    expect(ws.getCell("B4").value).toBe(412786800);
    expect(ws.getCell("B4").numFmt).toBe("#,##0");
  });

  it("writes formulas with their cached results, 0 included", () => {
    expect(ws.getCell("C4").formula).toBe("B4*2");
    expect(ws.getCell("C4").result).toBe(825573600);
    expect(ws.getCell("D4").formula).toBe("B4-B4");
    expect(ws.getCell("D4").result).toBe(0);
  });

  it("writes alignment, thin borders and fills", () => {
    expect(ws.getCell("A3").alignment).toMatchObject({ wrapText: true, vertical: "middle" });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("B4").alignment).toMatchObject({ horizontal: "right" });
    expect(ws.getCell("A3").border).toMatchObject({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(ws.getCell("A3").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("B3").fill).toMatchObject({ fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("C5").fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
  });

  it("writes merges, column widths and row heights", () => {
    expect(ws.model.merges).toEqual(["A1:D1"]);
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.getColumn(2).width).toBe(18);
    expect(ws.getColumn(4).width).toBeUndefined();
    expect(ws.getColumn(5).width).toBe(12);
    expect(ws.getRow(1).height).toBe(30);
  });

  it("writes page setup: A4 landscape, one page wide, print titles, margins", () => {
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:4",
    });
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 });
  });

  it("writes frozen panes and the tab colour", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    expect(ws.properties.tabColor).toMatchObject({ argb: "FF1F4E78" });
  });

  it("writes the filter buttons over the table's header row, and its hidden filter name", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheetFiles = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const xml = (await Promise.all(sheetFiles.map((f) => zip.file(f)!.async("string")))).join("\n");
    expect(xml).toContain('<autoFilter ref="A3:C4"/>');
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toMatch(/<definedName name="_xlnm._FilterDatabase" localSheetId="\d" hidden="1">'Tabel 3.1'!\$A\$3:\$C\$4<\/definedName>/);
  });

  it("stores internal links as a location, following a renamed generated sheet, without a relationship", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheetFiles = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const xml = (await Promise.all(sheetFiles.map((f) => zip.file(f)!.async("string")))).join("\n");
    expect(xml).toContain(`<hyperlink ref="A5" location="'TW IV'!N20"/>`);
    expect(xml).toContain(`<hyperlink ref="B5" location="'Hasil Pemeriksaan (2)'!A1"/>`);
    expect(ws.getCell("A5").value).toBe("lihat sumber");
    expect(ws.getCell("A5").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    const rels = Object.keys(zip.files).filter((f) => f.startsWith("xl/worksheets/_rels/"));
    const relXml = (await Promise.all(rels.map((f) => zip.file(f)!.async("string")))).join("\n");
    expect(relXml).not.toContain("TW IV");
  });

  it("leaves the user's sheet of the same name alone", () => {
    expect(back.getWorksheet("Hasil Pemeriksaan")!.getCell("A1").value).toBe("milik pengguna");
  });
});
