import { gridFromRows } from "../../../src/core/grid/gridBuilder";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { cellsFingerprint, gridFingerprint, specFingerprint } from "../../../src/core/workbook/fingerprint";
import { writtenContent } from "../../../src/core/workbook/writtenContent";

function spec(cells: SheetSpec["cells"]): SheetSpec {
  return {
    name: "LKjIP SS I",
    kind: "lkjip-table",
    cells,
    merges: [],
    columnWidths: [],
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  };
}

describe("fingerprint of a generated sheet", () => {
  const written = spec([
    { row: 0, col: 0, cell: { value: "Tabel 3.1", bold: true } },
    { row: 1, col: 1, cell: { value: 1250000, numFmt: "#,##0" } },
    { row: 1, col: 2, cell: { formula: "B2/2", result: 625000 } },
    { row: 2, col: 0, cell: { value: null, link: { sheet: "Hasil Pemeriksaan", cell: "A5" } } },
  ]);
  const names = new Map([["Hasil Pemeriksaan", "Hasil Pemeriksaan (2)"]]);
  const asRead = gridFromRows("LKjIP SS I", [
    ["Tabel 3.1"],
    [null, 1250000, { value: 999, formula: "=B2/2", numFmt: "0" }],
    ["Hasil Pemeriksaan (2)!A5"],
  ]);

  test("the sheet as read back equals the spec as written, whatever the cached results and formats", () => {
    expect(gridFingerprint(asRead)).toBe(specFingerprint(written, names));
  });

  test("a typed note, a changed number or a changed formula changes it", () => {
    const typed = gridFromRows("x", [
      ["Tabel 3.1", "catatan"],
      [null, 1250000, { value: 1, formula: "B2/2" }],
      ["Hasil Pemeriksaan (2)!A5"],
    ]);
    const number = gridFromRows("x", [
      ["Tabel 3.1"],
      [null, 1250001, { value: 1, formula: "B2/2" }],
      ["Hasil Pemeriksaan (2)!A5"],
    ]);
    const formula = gridFromRows("x", [
      ["Tabel 3.1"],
      [null, 1250000, { value: 1, formula: "B2/3" }],
      ["Hasil Pemeriksaan (2)!A5"],
    ]);
    const base = specFingerprint(written, names);
    for (const g of [typed, number, formula]) expect(gridFingerprint(g)).not.toBe(base);
  });

  test("a number saved at 15 significant digits (LibreOffice) is the same untouched cell; a changed digit is not", () => {
    const fraction = spec([{ row: 0, col: 0, cell: { value: 0.48798584383847277, numFmt: "0.00%" } }]);
    const marked = specFingerprint(fraction, new Map());
    expect(gridFingerprint(gridFromRows("x", [[0.487985843838473]]))).toBe(marked);
    expect(gridFingerprint(gridFromRows("x", [[0.48798584383847277]]))).toBe(marked);
    expect(gridFingerprint(gridFromRows("x", [[0.487985843838474]]))).not.toBe(marked);
  });

  test("a share on a 15-digit rounding boundary, written and saved back at 16 digits (openpyxl), is still untouched (dp35 D2)", () => {
    const share = spec([{ row: 0, col: 0, cell: { value: 0.32051282051282054, numFmt: "0.00%" } }]);
    const marked = specFingerprint(share, new Map());
    // What the writers put in the file, then what a program writing `%.16g` saves of it.
    const inFile = writtenContent(share.cells[0].cell, new Map()).value as number;
    expect(String(inFile)).toBe("0.320512820512821");
    expect(gridFingerprint(gridFromRows("x", [[Number(inFile.toPrecision(16))]]))).toBe(marked);
    // Written with all 17 digits, the same save crossed the rounding: the sheet read as edited.
    expect(gridFingerprint(gridFromRows("x", [[Number((0.32051282051282054).toPrecision(16))]]))).not.toBe(marked);
  });

  test("a mark written when numbers counted every digit still matches its untouched sheet, and not an edited one", () => {
    const grid = gridFromRows("x", [["Tabel 3.1"], [0.48798584383847277]]);
    const oldMark = cellsFingerprint(
      [
        [0, 0, "Tabel 3.1", undefined],
        [1, 0, 0.48798584383847277, undefined],
      ],
      true,
    );
    expect(gridFingerprint(grid)).not.toBe(oldMark);
    expect(gridFingerprint(grid, oldMark)).toBe(oldMark);
    const edited = gridFromRows("x", [["Tabel 3.1", "catatan"], [0.48798584383847277]]);
    expect(gridFingerprint(edited, oldMark)).not.toBe(oldMark);
  });

  test("a link follows the target's final name", () => {
    expect(specFingerprint(written, new Map())).not.toBe(specFingerprint(written, names));
  });
});
