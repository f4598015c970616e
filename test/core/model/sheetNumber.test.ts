import fc from "fast-check";
import Decimal from "decimal.js";
import { D } from "../../../src/core/numbers/decimal";
import { exactSen, MAX_PERCENT_PLACES, scaledSafeInteger } from "../../../src/core/numbers/exact";
import { numericCellValue, parseIndonesianNumber } from "../../../src/core/numbers/parseNumber";
import { Grid } from "../../../src/core/grid/grid";
import { CellReader } from "../../../src/core/layout/readCells";
import { toA1 } from "../../../src/core/grid/address";
import { scaledOfNumber, senOfNumber, SheetNumber } from "../../../src/core/model/sheetNumber";

/** Every field decimal.js keeps. */
function fields(x: Decimal) {
  return { d: x.d, e: x.e, s: x.s, text: x.toString() };
}

const amount = (raw: number, percent = false) => new SheetNumber(raw, percent, 2, 4, 13);

describe("SheetNumber: sen without a Decimal", () => {
  it("reads whole Rupiah, Rupiah with sen and negatives exactly", () => {
    expect(amount(412786800).sen()).toBe(41278680000);
    expect(amount(1234567.89).sen()).toBe(123456789);
    expect(amount(-1234567.8).sen()).toBe(-123456780);
    expect(amount(-0.5).sen()).toBe(-50);
    expect(amount(0.01).sen()).toBe(1);
    expect(amount(0).sen()).toBe(0);
  });

  it("keeps the sign of a negative zero, as scaledSafeInteger does", () => {
    expect(Object.is(amount(-0).sen(), -0)).toBe(true);
    expect(Object.is(scaledSafeInteger(amount(-0).value, 2), -0)).toBe(true);
  });

  it("gives null for an amount finer than a sen or a float artefact", () => {
    expect(amount(0.005).sen()).toBeNull();
    expect(amount(1234.567).sen()).toBeNull();
    // 0.1 + 0.2 is 0.30000000000000004, which no one typed.
    expect(amount(0.1 + 0.2).sen()).toBeNull();
  });

  it("reads two-decimal text as the number the sheet holds (Number of `1234567,89` typed as 1234567.89)", () => {
    for (const text of ["0.01", "0.10", "1.05", "999999.99", "1234567.89", "-250634400.01", "90071992547.40"]) {
      const n = amount(Number(text));
      expect(n.sen()).toBe(Number(new D(text).times(100).toFixed()));
      expect(n.value.equals(new D(text))).toBe(true);
    }
  });

  it("handles large amounts up to 10^15 Rupiah: exact while the sen are a safe integer, null beyond", () => {
    // Rp 10 triliun with 25 sen: more than 15 digits, read through the Decimal.
    expect(amount(10000000000000.25).sen()).toBe(1000000000000025);
    // Rp 90 triliun: 9·10^15 sen, just under 2^53.
    expect(amount(90000000000000).sen()).toBe(9000000000000000);
    expect(amount(90071992547409.91).sen()).toBe(exactSen(new D(90071992547409.91)));
    // Rp 10^15: 10^17 sen is past 2^53, so not exact as a JS number.
    expect(amount(1e15).sen()).toBeNull();
    expect(amount(-1e15).sen()).toBeNull();
    expect(amount(1e15).value.toFixed()).toBe("1000000000000000");
  });

  it("reads a % cell in percent points: 0.0039 under 0.00% is 0,39", () => {
    const p = new SheetNumber(0.0039, true, 2, 0, 0);
    expect(p.value.toString()).toBe("0.39");
    expect(p.scaled(2)).toBe(39);
    expect(p.scaled(1)).toBeNull();
    expect(p.sen()).toBe(39);
  });

  it("equals scaledSafeInteger on its Decimal for any finite number, digits and % format", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.integer({ min: 0, max: MAX_PERCENT_PLACES }),
        (raw, percent, places) => {
          const n = new SheetNumber(raw, percent, places, 0, 0);
          expect(n.scaled(places)).toBe(scaledSafeInteger(n.value, places));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("equals exactSen for amounts typed with up to four decimals, up to 10^15 Rupiah", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: BigInt("-10000000000000000000"), max: BigInt("10000000000000000000") }),
        fc.integer({ min: 0, max: 4 }),
        (digits, scale) => {
          const raw = Number(new D(digits.toString()).div(10 ** scale).toFixed());
          const n = amount(raw);
          expect(n.sen()).toBe(exactSen(n.value));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("equals scaledSafeInteger for numbers as sheets hold them (short decimals), with and without a % format", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: BigInt("-100000000000000000"), max: BigInt("100000000000000000") }),
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        fc.integer({ min: 0, max: MAX_PERCENT_PLACES }),
        (digits, scale, percent, places) => {
          const raw = Number(new D(digits.toString()).div(10 ** scale).toFixed());
          const n = new SheetNumber(raw, percent, places, 0, 0);
          expect(n.scaled(places)).toBe(scaledSafeInteger(n.value, places));
        },
      ),
      { numRuns: 10000 },
    );
  });
});

describe("SheetNumber: the NumberCell it stands for", () => {
  it("has the Decimal parseCellNumber would give, field by field", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), (raw, percent) => {
        const fmt = percent ? "0.00%" : "#,##0.00";
        expect(fields(new SheetNumber(raw, percent, 2, 0, 0).value)).toEqual(fields(numericCellValue(raw, fmt)));
      }),
      { numRuns: 2000 },
    );
  });

  it("names its cell in A1", () => {
    expect(new SheetNumber(1, false, 0, 0, 0).cell).toBe("A1");
    expect(new SheetNumber(1, false, 0, 9, 27).cell).toBe("AB10");
    expect(new SheetNumber(1, false, 0, 22406, 13).cell).toBe(toA1(22406, 13));
  });

  it("makes a fresh Decimal each time, so no reading changes the instance", () => {
    const n = amount(250634400);
    const before = { ...n };
    expect(n.value).not.toBe(n.value);
    expect(n.value.equals(n.value)).toBe(true);
    expect({ ...n }).toEqual(before);
  });

  it("senOfNumber and scaledOfNumber read a plain NumberCell through its Decimal", () => {
    const plain = { value: new D("1234.5"), decimals: 1, cell: "N5" };
    expect(senOfNumber(plain)).toBe(123450);
    expect(scaledOfNumber(plain, 1)).toBe(12345);
    expect(scaledOfNumber(plain, 0)).toBeNull();
    expect(senOfNumber(amount(1234.5))).toBe(123450);
    expect(scaledOfNumber(amount(1234.5), 0)).toBeNull();
  });
});

describe("SheetNumber for a number typed as text", () => {
  const readText = (text: string) => {
    const grid: Grid = { name: "S", rowCount: 1, colCount: 1, cells: [[{ value: text }]], merges: [] };
    return new CellReader(grid).number(0, 0);
  };

  it("reads Indonesian text with at most 15 digits as the Decimal parseIndonesianNumber gives, without making it", () => {
    const indonesian = fc
      .tuple(
        fc.boolean(),
        fc.bigInt({ min: BigInt(0), max: BigInt("999999999999999") }),
        fc.integer({ min: 0, max: 4 }),
      )
      .map(([negative, digits, scale]) => {
        const s = digits.toString().padStart(scale + 1, "0");
        const int = s.slice(0, s.length - scale).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        return `${negative ? "-" : ""}${int}${scale > 0 ? "," + s.slice(s.length - scale) : ""}`;
      });
    fc.assert(
      fc.property(indonesian, fc.boolean(), (text, percent) => {
        const typed = percent ? `${text}%` : text;
        const expected = parseIndonesianNumber(typed);
        const read = readText(typed);
        if (expected.kind !== "number") throw new Error(`not a number: ${typed}`);
        expect(read.value).toBeInstanceOf(SheetNumber);
        expect(fields(read.value!.value)).toEqual(fields(expected.value));
        expect(read.value!.decimals).toBe(expected.decimals);
        expect(read.percent).toBe(expected.percent);
        expect(read.value!.cell).toBe("A1");
      }),
      { numRuns: 3000 },
    );
  });

  it("reads `Rp 1.600.000,-`, `(1.234,50)` and a dash as before; more than 15 digits keep their Decimal", () => {
    expect(readText("Rp 1.600.000,-").value!.value.toString()).toBe("1600000");
    expect(readText("(1.234,50)").value!.value.toString()).toBe("-1234.5");
    expect(readText("(1.234,50)").value!.decimals).toBe(2);
    expect(readText("-").value!.value.isZero()).toBe(true);
    const long = readText("1.234.567.890.123.456,78");
    expect(long.value).not.toBeInstanceOf(SheetNumber);
    expect(long.value!.value.toFixed()).toBe("1234567890123456.78");
  });
});
