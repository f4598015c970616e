import fc from "fast-check";
import Decimal from "decimal.js";
import { D } from "../../../src/core/numbers/decimal";
import { amountCell, amountFormat, formulaCell, fractionFormulaCell } from "../../../src/core/tables/cellStyles";
import { estimateRowHeights } from "../../../src/core/tables/rowHeights";
import { SheetBuilder } from "../../../src/core/tables/sheetBuilder";
import { CellSpec } from "../../../src/core/tables/sheetSpec";
import { fitNumberColumns, shownLength } from "../../../src/core/tables/numberWidths";
import * as reference from "./reference/rowHeights";
import * as widthsReference from "./reference/numberWidths";

/* Shortcuts taken for large tables, each checked against the plain way it replaces. */

const amount = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }).map((n) => new D(n)),
  fc.integer({ min: -1e12, max: 1e12 }).map((n) => new D(n).div(100)),
  fc.integer({ min: 1, max: 1e6 }).map((n) => new D(n).div(1000)),
  fc.constantFrom(
    new D("-0"),
    new D("90071992547409.91"),
    new D("90071992547409.92"),
    new D("1e22"),
    new D("123456789012345.678"),
  ),
);

test("amountCell writes the number and format that toNumber and amountFormat give", () => {
  fc.assert(
    fc.property(amount, fc.constantFrom({}, { bold: true }), (v, extra) => {
      const cell = amountCell(v, extra);
      expect(Object.is(cell.value, v.toNumber())).toBe(true);
      expect(cell).toEqual({
        value: v.toNumber(),
        numFmt: amountFormat(v),
        border: true,
        align: "right",
        valign: "top",
        ...extra,
      });
      expect(Object.keys(cell)).toEqual(["value", "numFmt", "border", "align", "valign", ...Object.keys(extra)]);
    }),
    { numRuns: 3000 },
  );
});

test("fractionFormulaCell is formulaCell of the percentage, key for key", () => {
  fc.assert(
    fc.property(
      fc.option(amount, { nil: null }),
      fc.constantFrom({}, { bold: true }, { valign: "middle" as const }),
      (pp, extra) => {
        const fraction = pp === null ? null : (pp as Decimal).div(100).toNumber();
        const quick = fractionFormulaCell('IF(C5=0,"",D5/C5)', fraction, extra);
        const plain = formulaCell('IF(C5=0,"",D5/C5)', pp, "percent", extra);
        expect(JSON.stringify(quick)).toBe(JSON.stringify(plain));
      },
    ),
    { numRuns: 2000 },
  );
});

describe("estimateRowHeights gives the heights it gave before its shortcuts", () => {
  const words = fc.constantFrom(
    "Penyediaan",
    "Layanan",
    "PROGRAM",
    "URUSAN",
    "1.1.1",
    "bagi",
    "Masyarakat",
    "a",
    "Penyelenggaraanpemerintahandaerah",
    "\n",
    " ",
    "  ",
  );
  const cellText = fc.array(words, { maxLength: 25 }).map((w) => w.join(" "));
  const cell: fc.Arbitrary<CellSpec> = fc.record(
    {
      value: fc.oneof(cellText, fc.integer(), fc.constant(null)),
      wrap: fc.boolean(),
      bold: fc.boolean(),
      fontSize: fc.constantFrom(9, 11, 12, 14),
    },
    { requiredKeys: ["value", "wrap"] },
  );

  test("on random cells, merges and column widths", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(12), fc.nat(4), cell), { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(12), fc.nat(4), fc.nat(3), fc.nat(2)), { maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 2, maxLength: 6 }),
        (placed, mergeSpecs, widths) => {
          const cells = placed.map(([row, col, c]) => ({ row, col, cell: c }));
          const merges = mergeSpecs.map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
          expect(estimateRowHeights(cells, merges, widths)).toEqual(
            reference.estimateRowHeights(cells, merges, widths),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("SheetBuilder hands out cells by row, then column, the last write winning", () => {
  test("on random writes in any order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(30), fc.nat(6), fc.integer()), { maxLength: 80 }), (writes) => {
        const b = new SheetBuilder([10, 10, 10]);
        const last = new Map<string, { row: number; col: number; cell: CellSpec }>();
        for (const [row, col, value] of writes) {
          b.set(row, col, { value });
          last.set(`${row}:${col}`, { row, col, cell: { value } });
        }
        const expected = [...last.values()].sort((a, c) => a.row - c.row || a.col - c.col);
        expect(b.build("Uji", "lkjip-table").cells).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  test("on writes mostly in order with some above the last (a total row filled in after its rows)", () => {
    const cellWrite = fc.tuple(fc.nat(40), fc.nat(6), fc.integer());
    fc.assert(
      fc.property(fc.array(cellWrite, { maxLength: 80 }), fc.array(fc.tuple(fc.nat(80), cellWrite)), (rows, late) => {
        const inOrder = [...rows].sort((a, c) => a[0] - c[0] || a[1] - c[1]);
        const writes = [...inOrder];
        // Late writes slotted in anywhere: above the last ordered cell, or at its very position again.
        for (const [at, w] of late) writes.splice(Math.min(at, writes.length), 0, w);
        const b = new SheetBuilder([10, 10, 10]);
        const last = new Map<string, { row: number; col: number; cell: CellSpec }>();
        for (const [row, col, value] of writes) {
          b.set(row, col, { value });
          last.set(`${row}:${col}`, { row, col, cell: { value } });
        }
        const expected = [...last.values()].sort((a, c) => a.row - c.row || a.col - c.col);
        expect(b.build("Uji", "lkjip-table").cells).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  test("cells outside Excel's grid are kept too, in order", () => {
    const b = new SheetBuilder([10]);
    b.set(2, 0, { value: "b" });
    b.set(-1, 0, { value: "a" });
    b.set(2, 20000, { value: "c" });
    b.set(0.5, 1, { value: "x" });
    expect(b.build("Uji", "lkjip-table").cells.map((c) => c.cell.value)).toEqual(["a", "x", "b", "c"]);
  });
});

describe("fitNumberColumns reads each number format once and counts digits without text", () => {
  const formats = fc.constantFrom(
    undefined,
    "",
    "#,##0",
    "#,##0.00",
    "0.00%",
    "0.0",
    "General",
    "#,##0;(#,##0)",
    "0%",
    '"Rp" #,##0',
  );
  const value = fc.oneof(
    fc.double({ noNaN: true }),
    fc.integer({ min: -1e15, max: 1e15 }),
    fc.constantFrom(0, -0, 9.999, 99.5, 999, 1000, 1e20, 1e21, 9.99e20, 1e300, Infinity, -Infinity),
  );

  test("shownLength gives what it gave when it wrote the number out", () => {
    fc.assert(
      fc.property(value, formats, (v, f) => {
        expect(shownLength(v, f)).toBe(widthsReference.shownLength(v, f));
      }),
      { numRuns: 5000 },
    );
  });

  test("fitNumberColumns widens the same columns by the same amounts", () => {
    const placed = fc.array(fc.tuple(fc.nat(6), fc.nat(4), value, formats, fc.boolean(), fc.constantFrom(9, 11, 12)), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(placed, fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 5 }), (cells, widths) => {
        const make = () => ({
          name: "Uji",
          kind: "lkjip-table" as const,
          cells: cells.map(([row, col, v, numFmt, bold, fontSize]) => ({
            row,
            col,
            cell: { value: v, numFmt, bold, fontSize },
          })),
          merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
          columnWidths: [...widths],
          print: { orientation: "landscape" as const, paperSize: "A4" as const, fitToWidth: true },
        });
        expect(fitNumberColumns(make()).columnWidths).toEqual(widthsReference.fitNumberColumns(make()).columnWidths);
      }),
      { numRuns: 2000 },
    );
  });
});
