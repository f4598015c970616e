import { oneAmountFormatPerColumn } from "../../../src/core/tables/amountFormats";
import { CellSpec } from "../../../src/core/tables/sheetSpec";
import { TableRows } from "../../../src/core/tables/pageBreaks";

const at = (row: number, col: number, cell: CellSpec) => ({ row, col, cell });
const table: TableRows = { top: 0, header: [1, 1], body: [2, 5], end: 6 };

describe("one money format per column of a table (print31 F7)", () => {
  it("shows the whole amounts of a column with sen as ,00 too, marked ones included; other columns and rows stay", () => {
    const shared: CellSpec = { value: 22_490_000, numFmt: "#,##0", align: "right" };
    const cells = [
      at(1, 2, { value: "ANGGARAN" }),
      at(2, 2, { value: 218_530_004.75, numFmt: "#,##0.00", align: "right" }),
      at(2, 3, { value: 100, numFmt: "#,##0", align: "right" }),
      at(3, 2, shared),
      at(4, 2, { value: 20_800_000, numFmt: '#,##0"*"', align: "right" }),
      at(5, 3, { value: 300, numFmt: "#,##0", align: "right" }),
      at(7, 2, { value: 5, numFmt: "#,##0", align: "right" }),
      // An indikator's figure (centred) in the same column keeps its own digits.
      at(5, 2, { value: 9, numFmt: "#,##0", align: "center" }),
    ];
    const out = oneAmountFormatPerColumn(cells, [table]);
    expect(out.map((c) => c.cell.numFmt)).toEqual([
      undefined,
      "#,##0.00",
      "#,##0",
      "#,##0.00",
      '#,##0.00"*"',
      "#,##0",
      // Below the table: another table's column.
      "#,##0",
      "#,##0",
    ]);
    // A cell shared between rows is never changed in place.
    expect(shared.numFmt).toBe("#,##0");
    expect(out[3].cell.value).toBe(22_490_000);
  });

  it("leaves a table without sen as it is (the same array)", () => {
    const cells = [at(2, 2, { value: 1, numFmt: "#,##0" }), at(3, 2, { value: 2, numFmt: "#,##0" })];
    expect(oneAmountFormatPerColumn(cells, [table])).toBe(cells);
  });
});
