import { fitNumberColumns, shownLength } from "../../../src/core/tables/numberWidths";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";

function spec(cells: SheetSpec["cells"], columnWidths: number[], merges: SheetSpec["merges"] = []): SheetSpec {
  return {
    name: "T",
    kind: "lkjip-table",
    cells,
    merges,
    columnWidths,
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  };
}

test("the shown length counts separators, decimals, percent and sign", () => {
  expect(shownLength(14096256262, "#,##0")).toBe("14,096,256,262".length);
  expect(shownLength(0.9744, "0.00%")).toBe("97.44%".length);
  expect(shownLength(-1880620.5, "#,##0.00")).toBe("-1,880,620.50".length);
});

test("a column too narrow for its total (Tabel 3.4's Rp 14.096.256.262 in bold) is widened; a wide one is kept", () => {
  const s = fitNumberColumns(
    spec(
      [
        { row: 0, col: 0, cell: { value: "Jumlah" } },
        { row: 0, col: 1, cell: { formula: "SUM(B2:B5)", result: 14096256262, numFmt: "#,##0", bold: true } },
        { row: 0, col: 2, cell: { value: 55599900, numFmt: "#,##0" } },
      ],
      [30, 12, 40],
    ),
  );
  expect(s.columnWidths[1]).toBeGreaterThanOrEqual("14,096,256,262".length * 1.15 + 2);
  expect(s.columnWidths[0]).toBe(30);
  expect(s.columnWidths[2]).toBe(40);
});

test("a merged number cell widens the last column of its merge only as much as needed", () => {
  const s = fitNumberColumns(
    spec(
      [{ row: 0, col: 0, cell: { value: 1234567890123, numFmt: "#,##0" } }],
      [5, 5],
      [{ top: 0, left: 0, bottom: 0, right: 1 }],
    ),
  );
  expect(s.columnWidths[0]).toBe(5);
  expect(s.columnWidths[0] + s.columnWidths[1]).toBeGreaterThanOrEqual("1,234,567,890,123".length + 2);
});
