import { GridCell } from "../../../src/core/grid/grid";
import { quietly } from "../../../src/file/formats/sheetjsBook";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { openFixture } from "./fixtures";

jest.setTimeout(60_000);

type Cells = Record<string, GridCell | undefined>;

async function cellsOf(file: string): Promise<{ cells: Cells; merges: string[]; format: string }> {
  const wb = await openFixture(file);
  const grid = wb.grid(wb.sourceSheetNames()[0]);
  const cells: Cells = {};
  for (const a of ["A1", "B1", "C1", "A2", "B2", "A3", "B3", "A4", "B4", "A5", "B5", "C5", "A6", "B6"]) {
    cells[a] = grid.cells[Number(a.slice(1)) - 1]?.[a.charCodeAt(0) - 65];
  }
  const merges = grid.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`);
  return { cells, merges, format: wb.sourceFormat };
}

/** What every format keeps of gaya-sel.xlsx: values, text typed as numbers, number formats, the merge. */
function expectValuesKept({ cells, merges }: { cells: Cells; merges: string[] }): void {
  expect(cells.A2?.value).toBe("PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL");
  expect(cells.B2).toMatchObject({ value: 55599900, numFmt: "#,##0" });
  expect(cells.B4).toMatchObject({ value: 55599900, numFmt: "#,##0" });
  expect(cells.A5).toMatchObject({ value: "0012", numFmt: "@" });
  expect(cells.B5).toMatchObject({ value: "2.07.03", numFmt: "@" });
  expect(cells.C5).toMatchObject({ value: 0.9744, numFmt: "0.00%" });
  expect(cells.B6?.value).toBe("#DIV/0!");
  expect(merges).toEqual(["0,2:1,3"]);
}

describe("what each format gives (src/file/formats/README.md)", () => {
  it(".xlsx (the original): everything", async () => {
    const got = await cellsOf("gaya-sel.xlsx");
    expectValuesKept(got);
    expect(got.cells.A2).toMatchObject({ bold: true, fill: "#D7E4BD" });
    expect(got.cells.A3).toMatchObject({ indent: 1, fill: "#DAEEF3" });
    expect(got.cells.A4?.indent).toBe(2);
    expect(got.cells.B3).toMatchObject({ formula: "B4", value: 55599900 });
    expect(got.cells.A6?.value).toBe(true);
  });

  it(".xls: SheetJS for values, formulas and fills, our pass over its XF records for bold and indent", async () => {
    const got = await cellsOf("gaya-sel.xls");
    expect(got.format).toBe("xls");
    expectValuesKept(got);
    expect(got.cells.B3).toMatchObject({ formula: "B4", value: 55599900 });
    expect(got.cells.B6).toMatchObject({ formula: "1/0", text: "#DIV/0!" });
    expect(got.cells.A6?.value).toBe(true);
    expect(got.cells.A1?.bold).toBe(true);
    expect(got.cells.A2).toMatchObject({ bold: true, fill: "#D7E4BD" });
    expect(got.cells.A3).toMatchObject({ indent: 1, fill: "#DAEEF3" });
    expect(got.cells.A4?.indent).toBe(2);
    expect(got.cells.B2?.bold).toBeUndefined();
  });

  it(".ods: SheetJS for values and formulas, our pass over its styles for bold, indent, fill", async () => {
    const got = await cellsOf("gaya-sel.ods");
    expect(got.format).toBe("ods");
    expectValuesKept(got);
    expect(got.cells.B3).toMatchObject({ formula: "B4", value: 55599900 });
    // LibreOffice stores the constant TRUE as the formula TRUE() in .ods.
    expect(got.cells.A6).toMatchObject({ formula: "TRUE()", value: 1 });
    expect(got.cells.A1?.bold).toBe(true);
    expect(got.cells.A2).toMatchObject({ bold: true, fill: "#D7E4BD" });
    expect(got.cells.A3).toMatchObject({ indent: 1, fill: "#DAEEF3" });
    expect(got.cells.A4?.indent).toBe(2);
    expect(got.cells.B2?.bold).toBeUndefined();
  });

  it("SpreadsheetML 2003: SheetJS for values and formulas (R1C1 → A1), our pass over its styles for bold, indent, fill", async () => {
    const got = await cellsOf("gaya-sel.xml");
    expect(got.format).toBe("spreadsheetml");
    expectValuesKept(got);
    expect(got.cells.B3).toMatchObject({ formula: "B4", value: 55599900 });
    expect(got.cells.B6).toMatchObject({ formula: "1/0", text: "#DIV/0!" });
    expect(got.cells.A6?.value).toBe(true);
    expect(got.cells.A1?.bold).toBe(true);
    expect(got.cells.A2).toMatchObject({ bold: true, fill: "#D7E4BD" });
    expect(got.cells.A3).toMatchObject({ indent: 1, fill: "#DAEEF3" });
    expect(got.cells.A4?.indent).toBe(2);
    expect(got.cells.B2?.bold).toBeUndefined();
  });

  it("an app's HTML export through our reader: values, text as typed, formats, bold, indent, fills", async () => {
    const got = await cellsOf("gaya-sel-ekspor.xls");
    expect(got.format).toBe("html");
    expectValuesKept(got);
    expect(got.cells.A1?.bold).toBe(true);
    expect(got.cells.A2).toMatchObject({ bold: true, fill: "#D7E4BD" });
    expect(got.cells.A3).toMatchObject({ indent: 1, fill: "#DAEEF3" });
    expect(got.cells.A4?.indent).toBe(2);
    expect(got.cells.A6?.value).toBe(true);
  });
});

describe("SheetJS's console output", () => {
  it("reading an .ods prints nothing (its expected number-format warnings are held back)", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const wb = await openFixture("pengukuran-kinerja-2022.ods");
      expect(wb.sourceSheetNames()).toHaveLength(2);
      expect(error).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
  });

  it("any other message still reaches the console, after the call, and errors pass through", () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const result = quietly(() => {
        console.error("ODS number format may be incorrect: value()>0");
        console.error("Name Panjang will be truncated to Panjang");
        expect(error).not.toHaveBeenCalled();
        return 7;
      });
      expect(result).toBe(7);
      expect(error).toHaveBeenCalledTimes(1);
      expect(error).toHaveBeenCalledWith("Name Panjang will be truncated to Panjang");
      expect(() =>
        quietly(() => {
          throw new Error("File is password-protected");
        }),
      ).toThrow("File is password-protected");
    } finally {
      error.mockRestore();
    }
  });
});

describe("sheet names an .ods escapes in its XML", () => {
  it("come back as the officer wrote them (`&`, `'`), not as `&amp;` or `&apos;`", async () => {
    const XLSX = await import("@e965/xlsx");
    const book = XLSX.utils.book_new();
    for (const name of ["Realisasi & Capaian TW IV", "TW IV (Rev'1)"])
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["PROGRAM", 1]]), name);
    const bytes = XLSX.write(book, { bookType: "ods", type: "array" }) as ArrayBuffer;
    const wb = await FileWorkbook.fromBuffer(new Uint8Array(bytes), "nama.ods");
    expect(wb.sourceFormat).toBe("ods");
    expect(wb.sourceSheetNames()).toEqual(["Realisasi & Capaian TW IV", "TW IV (Rev'1)"]);
  });
});

describe("an .ods whose formulas have no saved results (written by a tool that does not calculate)", () => {
  it("keeps each formula with no value, so it is said as not calculated rather than read as empty (fmt42 D1)", async () => {
    const { cells } = await cellsOf("gaya-sel-tanpa-hasil.ods");
    expect(cells.B3).toEqual({ value: null, numFmt: "#,##0", formula: "B4" });
    expect(cells.B6).toMatchObject({ value: null, formula: "1/0" });
    // The same cells with their results, as LibreOffice saves them.
    expect((await cellsOf("gaya-sel.ods")).cells.B3).toMatchObject({ value: 55599900, formula: "B4" });
  });
});
