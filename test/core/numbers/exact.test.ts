import fc from "fast-check";
import Decimal from "decimal.js";
import { capaianAnggaran } from "../../../src/core/formulas/anggaran";
import { D, roundsTo, roundTo, sum } from "../../../src/core/numbers/decimal";
import {
  decimalFromNumber,
  decimalFromSafeInteger,
  decimalFromSen,
  exactSen,
  MAX_PERCENT_PLACES,
  nearestQuotient,
  roundedPercentSafe,
  roundedPercentScaled,
  scaledSafeInteger,
  sumSen,
} from "../../../src/core/numbers/exact";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Every field decimal.js keeps, so two Decimals that print alike but differ inside would still differ here. */
function fields(x: Decimal) {
  return { d: x.d, e: x.e, s: x.s, text: x.toString() };
}

/** The reference for scaledSafeInteger: decimal.js arithmetic. */
function scaledByDecimal(x: Decimal, places: number): number | null {
  if (!x.isFinite()) return null;
  const scaled = x.times(new D(10).pow(places));
  if (!scaled.isInteger() || scaled.abs().greaterThan(MAX_SAFE)) return null;
  return scaled.toNumber();
}

const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: BigInt(0), max: BigInt("99999999999999999999") }),
    fc.integer({ min: 0, max: 12 }),
  )
  .map(([negative, digits, scale]) => {
    const s = digits.toString().padStart(scale + 1, "0");
    const text = scale === 0 ? s : `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`;
    return `${negative ? "-" : ""}${text}`;
  });

const EDGES = [
  "0",
  "-0",
  "1",
  "-1",
  "0.01",
  "0.001",
  "0.1",
  "9999999",
  "10000000",
  "10000001",
  "1e14",
  "1e15",
  "9007199254740991",
  "9007199254740992",
  "90071992547409.91",
  "90071992547409.92",
  "-90071992547409.91",
  "123456789012.34",
  "1e-7",
  "1.5e-7",
  "1e21",
  "Infinity",
  "-Infinity",
  "NaN",
];

describe("scaledSafeInteger and exactSen read decimal.js's representation exactly", () => {
  test.each(EDGES)("%s", (text) => {
    const x = new D(text);
    for (const places of [0, 1, 2, 4, 7, 9]) expect(scaledSafeInteger(x, places)).toBe(scaledByDecimal(x, places));
    expect(exactSen(x)).toBe(scaledByDecimal(x, 2));
  });

  test("on random decimals of up to 20 digits and 12 decimals", () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 10 }), (text, places) => {
        const x = new D(text);
        expect(scaledSafeInteger(x, places)).toBe(scaledByDecimal(x, places));
      }),
      { numRuns: 3000 },
    );
  });

  test("a sen amount keeps the sign of a negative zero as JS does", () => {
    expect(Object.is(exactSen(new D("-0")), -0)).toBe(true);
    expect(exactSen(new D("-12.5"))).toBe(-1250);
  });
});

describe("decimalFromSafeInteger and decimalFromNumber build the Decimal new D(v) builds", () => {
  test.each([
    0,
    -0,
    1,
    -1,
    9_999_999,
    10_000_000,
    10_000_001,
    1e14,
    1e15,
    MAX_SAFE,
    -MAX_SAFE,
    2 ** 53,
    1e21,
    12_340_000_000,
  ])("integer %d", (v) => {
    expect(fields(decimalFromSafeInteger(v))).toEqual(fields(new D(v)));
    expect(fields(decimalFromNumber(v))).toEqual(fields(new D(v)));
  });

  test.each([
    0.1,
    0.01,
    45.67,
    -45.67,
    99.995,
    1234567.5,
    0.30000000000000004,
    1e-7,
    1.5e-7,
    5e-324,
    1.7976931348623157e308,
    999999999999999.9,
    99999999999999.98,
    123.45678901,
    Infinity,
    -Infinity,
    NaN,
  ])("number %d", (v) => {
    expect(fields(decimalFromNumber(v))).toEqual(fields(new D(v)));
  });

  test("on random integers and doubles, with and without a few decimals", () => {
    const few = fc
      .tuple(
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 1, max: 9 }),
      )
      .map(([i, f, k]) => i + Math.round(f / 10 ** (8 - Math.min(k, 8))) / 10 ** Math.min(k, 8));
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.double(), few), (v) => {
        expect(fields(decimalFromNumber(v))).toEqual(fields(new D(v)));
      }),
      { numRuns: 5000 },
    );
  });

  test("arithmetic on the built Decimals matches arithmetic on decimal.js's own", () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        (a, b) => {
          const built = decimalFromNumber(a).plus(decimalFromNumber(b)).times(3).div(7);
          const own = new D(a).plus(new D(b)).times(3).div(7);
          expect(fields(built)).toEqual(fields(own));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("sums of Rupiah stay exact", () => {
  test("ten thousand amounts just under Rp 1 miliar with sen add up exactly, in integers of sen", () => {
    const amounts = Array.from({ length: 10_000 }, (_, i) => new D(`999999999.${String(i % 100).padStart(2, "0")}`));
    // 10.000 × 999.999.999 + 100 × (0,00 + 0,01 + … + 0,99)
    expect(sumSen(amounts)).toBe(999_999_999_495_000);
    expect(sum(amounts).toString()).toBe("9999999994950");
  });

  test("ten thousand amounts just under Rp 1 triliun with sen: too many sen for JS integers, still exact", () => {
    const amounts = Array.from({ length: 10_000 }, (_, i) => new D(`999999999999.${String(i % 100).padStart(2, "0")}`));
    expect(sumSen(amounts)).toBeNull();
    expect(sum(amounts).toString()).toBe("9999999999994950");
  });

  test("a sum that leaves the safe range of sen falls back to decimal.js and stays exact", () => {
    const big = new D("90071992547409.91"); // 2^53 − 1 sen
    expect(sumSen([big, new D("0.01")])).toBeNull();
    expect(sum([big, new D("0.01"), new D("-0.02")]).toString()).toBe("90071992547409.9");
    expect(sum([big, big, big]).toString()).toBe("270215977642229.73");
  });

  test("sum matches decimal.js on random amounts, sen, more decimals and huge values", () => {
    const amount = fc.oneof(
      decimalText.map((t) => new D(t)),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => new D(n).div(100)),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (values) => {
        const reference = values.reduce<Decimal>((a, b) => (b ? a.plus(b) : a), new D(0));
        expect(fields(sum(values))).toEqual(fields(reference));
      }),
      { numRuns: 2000 },
    );
  });

  test("decimalFromSen gives the Rupiah amount of an exact number of sen", () => {
    for (const sen of [0, 1, -1, 99, 100, 12345, -12345, MAX_SAFE, -MAX_SAFE]) {
      expect(fields(decimalFromSen(sen))).toEqual(fields(new D(sen).div(100)));
    }
  });
});

describe("percentages of exact amounts", () => {
  const senAmount = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.integer({ min: 1, max: 5_000_000 }).map((n) => n * 100_000),
    fc.constantFrom(MAX_SAFE, -MAX_SAFE, 1, 3, 7, 200, 1_000_000_007),
  );

  test("roundedPercentScaled equals roundTo(capaianAnggaran(a, b), places) scaled", () => {
    fc.assert(
      fc.property(senAmount, senAmount, fc.integer({ min: 0, max: MAX_PERCENT_PLACES }), (a, b, places) => {
        fc.pre(b !== 0);
        const expected = roundTo(capaianAnggaran(new D(a).div(100), new D(b).div(100)), places).times(
          new D(10).pow(places),
        );
        expect(roundedPercentScaled(a, b, places).toString()).toBe(expected.toFixed());
      }),
      { numRuns: 5000 },
    );
  });

  test("roundedPercentScaled rounds half-way points up, away from zero, as the engine does", () => {
    // 1 ÷ 8 = 12,5%; 1 ÷ 16 = 6,25%; 1 ÷ 200 = 0,5%.
    expect(roundedPercentScaled(1, 8, 0)).toBe(BigInt(13));
    expect(roundedPercentScaled(-1, 8, 0)).toBe(BigInt(-13));
    expect(roundedPercentScaled(1, 16, 1)).toBe(BigInt(63));
    expect(roundedPercentScaled(1, 200, 0)).toBe(BigInt(1));
    expect(roundedPercentScaled(1, -200, 0)).toBe(BigInt(-1));
  });

  test("roundedPercentSafe equals roundedPercentScaled wherever it answers, and answers for sheet-sized amounts", () => {
    fc.assert(
      fc.property(senAmount, senAmount, fc.integer({ min: 0, max: MAX_PERCENT_PLACES }), (a, b, places) => {
        fc.pre(b !== 0);
        const safe = roundedPercentSafe(a, b, places);
        if (safe !== null) expect(BigInt(safe)).toBe(roundedPercentScaled(a, b, places));
      }),
      { numRuns: 5000 },
    );
    // Rp 500 juta of realisasi over Rp 600 juta of pagu, at 2 digits: 83,33%.
    expect(roundedPercentSafe(50_000_000_000, 60_000_000_000, 2)).toBe(8333);
    expect(roundedPercentSafe(-50_000_000_000, 60_000_000_000, 2)).toBe(-8333);
    // Half-way points go up, away from zero, as in roundedPercentScaled.
    expect(roundedPercentSafe(1, 8, 0)).toBe(13);
    expect(roundedPercentSafe(-1, 8, 0)).toBe(-13);
    expect(roundedPercentSafe(1, -200, 0)).toBe(-1);
    expect(roundedPercentSafe(0, -200, 2)).toBe(0);
    // Past the safe range it leaves the answer to BigInt.
    expect(roundedPercentSafe(MAX_SAFE, 3, 2)).toBeNull();
    expect(roundedPercentSafe(1, 3, 14)).toBeNull();
  });

  test("nearestQuotient is the double the engine writes for a percentage cell", () => {
    fc.assert(
      fc.property(senAmount, senAmount, (a, b) => {
        fc.pre(b !== 0);
        const engine = capaianAnggaran(new D(a).div(100), new D(b).div(100)).div(100).toNumber();
        expect(Object.is(nearestQuotient(a, b), engine)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("roundsTo: a figure shown at a precision agrees with an exact value", () => {
  test("the half-up rounding, and at an exact half the other neighbour too", () => {
    expect(roundsTo(new D("68.125"), 2, new D("68.13"))).toBe(true);
    expect(roundsTo(new D("68.125"), 2, new D("68.12"))).toBe(true);
    expect(roundsTo(new D("68.1251"), 2, new D("68.12"))).toBe(false);
    expect(roundsTo(new D("68.124"), 2, new D("68.13"))).toBe(false);
    expect(roundsTo(new D("-2.5"), 0, new D("-2"))).toBe(true);
    expect(roundsTo(new D("80"), 0, new D("81"))).toBe(false);
  });
});
