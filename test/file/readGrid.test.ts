import ExcelJS from "exceljs";
import { parseCellNumber } from "../../src/core/numbers/parseNumber";
import { readGrid } from "./excelJsGrid";
import { roundTrip } from "../cli/helpers";

async function sampleSheet(): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("TW I");
  ws.getCell("A1").value = "PENGUKURAN KINERJA";
  ws.getCell("A1").font = { bold: true };
  ws.mergeCells("A1:F1");
  ws.getCell("A3").value = "412.786.800,00";
  ws.getCell("B3").value = 412786800;
  ws.getCell("B3").numFmt = "#,##0.00";
  ws.getCell("C3").value = 0.0039;
  ws.getCell("C3").numFmt = "0.00%";
  ws.getCell("D3").value = { formula: "B3*2", result: 825573600 };
  ws.getCell("E3").value = { formula: "B3-B3", result: 0 };
  ws.getCell("F3").value = { error: "#DIV/0!" };
  ws.getCell("G3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("A4").value = { richText: [{ text: "Pembuatan " }, { text: "Peta", font: { bold: true } }] };
  ws.getCell("A4").alignment = { indent: 2 };
  ws.getCell("B4").value = { text: "lihat TW IV", hyperlink: "#'TW IV'!A1" };
  ws.getCell("C4").value = new Date(Date.UTC(2022, 11, 31));
  ws.getCell("C4").numFmt = "dd/mm/yyyy";
  ws.getCell("D4").value = "-";
  ws.getCell("E4").value = { formula: "D3", result: "teks" };
  ws.mergeCells("A6:B7");
  ws.getCell("A6").value = "gabung";
  ws.getCell("D8").value = { sharedFormula: "D3", result: 7 } as unknown as ExcelJS.CellValue;
  return (await roundTrip(wb)).getWorksheet("TW I")!;
}

describe("readGrid", () => {
  let grid: ReturnType<typeof readGrid>;
  beforeAll(async () => {
    grid = readGrid(await sampleSheet());
  });
  const at = (a1: string) => {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    return grid.cells[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
  };

  it("names the grid after the sheet and sizes it by its used cells", () => {
    expect(grid.name).toBe("TW I");
    expect(grid.rowCount).toBe(8);
    expect(grid.colCount).toBe(7);
    expect(grid.cells).toHaveLength(8);
    expect(grid.cells[1]).toEqual([]);
  });

  it("keeps text numbers as text and real numbers as numbers with their format", () => {
    expect(at("A3")).toEqual({ value: "412.786.800,00" });
    expect(at("B3")).toEqual({ value: 412786800, numFmt: "#,##0.00" });
    expect(at("C3")).toEqual({ value: 0.0039, numFmt: "0.00%" });
    const persen = parseCellNumber(at("C3"));
    expect(persen.kind === "number" && persen.value.toString()).toBe("0.39");
  });

  it("reads a formula cell as its cached result, a result of 0 included", () => {
    expect(at("D3")).toMatchObject({ value: 825573600, formula: "B3*2" });
    expect(at("E3")).toMatchObject({ value: 0, formula: "B3-B3" });
    expect(at("E4")).toMatchObject({ value: "teks", formula: "D3" });
  });

  it("translates a shared formula to its own cell", () => {
    expect(at("D8")).toMatchObject({ value: 7, formula: "B8*2" });
  });

  it("turns error values into their text so the engine reports them unreadable", () => {
    expect(at("F3")).toMatchObject({ value: "#DIV/0!", text: "#DIV/0!" });
    expect(at("G3")).toMatchObject({ value: "#DIV/0!", formula: "1/0" });
    expect(parseCellNumber(at("F3")).kind).toBe("unreadable");
    expect(parseCellNumber(at("G3")).kind).toBe("unreadable");
  });

  it("joins rich text, reads indent, and reads a hyperlink as its text", () => {
    expect(at("A4")).toEqual({ value: "Pembuatan Peta", indent: 2 });
    expect(at("B4")?.value).toBe("lihat TW IV");
    expect(at("D4")).toEqual({ value: "-" });
  });

  it("turns a date into its serial number", () => {
    expect(at("C4")?.value).toBe(44926);
  });

  it("reads bold and merges (0-based), leaving merged-away cells empty", () => {
    expect(at("A1")).toEqual({ value: "PENGUKURAN KINERJA", bold: true });
    expect(at("B1")).toBeUndefined();
    expect(at("B6")).toBeUndefined();
    expect(at("A7")).toBeUndefined();
    expect([...grid.merges].sort((a, b) => a.top - b.top)).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 5, left: 0, bottom: 6, right: 1 },
    ]);
  });
});
