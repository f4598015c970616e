import fc from "fast-check";
import { D } from "../../../src/core/numbers/decimal";
import {
  formatIntegerDigits,
  ParsedNumber,
  parseCellNumber,
  parseIndonesianNumber,
  readTypedNumber,
} from "../../../src/core/numbers/parseNumber";

function number(p: ParsedNumber) {
  if (p.kind !== "number") throw new Error(`expected a number, got ${JSON.stringify(p)}`);
  return { value: p.value.toString(), percent: p.percent, decimals: p.decimals, dash: p.dash };
}

describe("parseIndonesianNumber examples", () => {
  test.each([
    ["412.786.800,00", "412786800", false, 2],
    ["1.600.000", "1600000", false, 0],
    ["99,84", "99.84", false, 2],
    ["0,39%", "0.39", true, 2],
    ["-0,89%", "-0.89", true, 2],
    ["-228,21%", "-228.21", true, 2],
    ["Rp 1.600.000,-", "1600000", false, 0],
    ["Rp. 250.634.400", "250634400", false, 0],
    ["-Rp 4.460.000", "-4460000", false, 0],
    ["(1.000)", "-1000", false, 0],
    // The currency before an accountant's brackets, as an app export writes a negative amount.
    ["Rp (1.250.000)", "-1250000", false, 0],
    ["Rp. (1.250.000,00)", "-1250000", false, 2],
    ["0.38", "0.38", false, 2],
    ["100%", "100", true, 0],
    ["\u00a012.345 ", "12345", false, 0],
    // Characters that show nothing, left after a figure by web pages and app exports.
    ["100.000.000\u200b", "100000000", false, 0],
    ["\ufeff45.000\u2060", "45000", false, 0],
    // Apostrophes grouping thousands, and a quote meant to keep the text that reached the cell.
    ["554'750'000", "554750000", false, 0],
    ["1'234'567,89", "1234567.89", false, 2],
    ["'176.189.000,00", "176189000", false, 2],
    ["'95,5 %", "95.5", true, 1],
  ])("%j → %s", (text, value, percent, decimals) => {
    expect(number(parseIndonesianNumber(text))).toEqual({ value, percent, decimals, dash: false });
  });

  test.each(["-", "–", "Rp -"])("a dash %j is a zero", (text) => {
    expect(number(parseIndonesianNumber(text))).toEqual({ value: "0", percent: false, decimals: 0, dash: true });
  });

  test("empty and blank are empty", () => {
    expect(parseIndonesianNumber("")).toEqual({ kind: "empty" });
    expect(parseIndonesianNumber("   ")).toEqual({ kind: "empty" });
  });

  test.each(["#####", "#DIV/0!", "abc", "1.23.4", "12,34,5", "1.2,3,4", "%", "Rp", "0,", "12'34", "O'Brien"])(
    "%j is unreadable",
    (text) => {
      expect(parseIndonesianNumber(text)).toEqual({ kind: "unreadable", text });
    },
  );
});

describe("parseCellNumber examples", () => {
  test("a real number keeps its value; a thousands format shows no decimals", () => {
    expect(number(parseCellNumber({ value: 412786800, numFmt: "#,##0" }))).toEqual({
      value: "412786800",
      percent: false,
      decimals: 0,
      dash: false,
    });
    expect(number(parseCellNumber({ value: 99.84 }))).toMatchObject({ value: "99.84", decimals: 2 });
  });

  test("a fraction with a % number format is read in percent points at the format's precision", () => {
    expect(number(parseCellNumber({ value: 0.974358974, numFmt: "0.00%" }))).toEqual({
      value: "97.4358974",
      percent: true,
      decimals: 2,
      dash: false,
    });
    expect(number(parseCellNumber({ value: 0.0039, numFmt: "0%" }))).toMatchObject({ value: "0.39", decimals: 0 });
  });

  test("text cells go through the Indonesian reader", () => {
    expect(number(parseCellNumber({ value: "0,39%" }))).toMatchObject({ value: "0.39", percent: true });
    expect(number(parseCellNumber({ value: "-" }))).toMatchObject({ value: "0", dash: true });
  });

  test("##### shown for a too-narrow column is unreadable", () => {
    expect(parseCellNumber({ value: 123456789, text: "#####" }).kind).toBe("unreadable");
    expect(parseCellNumber({ value: null, text: "####" }).kind).toBe("unreadable");
  });

  test("empty cells, booleans and non-finite numbers", () => {
    expect(parseCellNumber(undefined)).toEqual({ kind: "empty" });
    expect(parseCellNumber({ value: null })).toEqual({ kind: "empty" });
    expect(parseCellNumber({ value: true }).kind).toBe("unreadable");
    expect(parseCellNumber({ value: Infinity }).kind).toBe("unreadable");
  });
});

/** A decimal written the way Indonesian offices write it. */
const indonesianNumber = fc
  .record({
    int: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    frac: fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 4 }),
    negative: fc.boolean(),
    style: fc.constantFrom("plain", "percent", "rp", "rp-after-sign", "parentheses"),
    spaces: fc.boolean(),
  })
  .map(({ int, frac, negative, style, spaces }) => {
    const grouped = int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    const body = frac === "" ? grouped : `${grouped},${frac}`;
    const sp = spaces ? " " : "";
    const sign = negative ? "-" : "";
    let text: string;
    if (style === "percent") text = `${sign}${body}%`;
    else if (style === "rp") text = `Rp${sp}${sign}${body}`;
    else if (style === "rp-after-sign") text = `${sign}Rp${sp}${body}`;
    else if (style === "parentheses" && negative) text = `(${body})`;
    else text = `${sign}${body}`;
    const expected = new D(`${negative ? "-" : ""}${int.toString()}${frac === "" ? "" : "." + frac}`);
    return { text, expected, percent: style === "percent", decimals: frac.length };
  });

describe("parseIndonesianNumber properties", () => {
  test("reads back every Indonesian-formatted decimal", () => {
    fc.assert(
      fc.property(indonesianNumber, ({ text, expected, percent, decimals }) => {
        const p = parseIndonesianNumber(text);
        expect(p.kind).toBe("number");
        if (p.kind !== "number") return;
        expect(p.value.equals(expected)).toBe(true);
        expect(p.percent).toBe(percent);
        expect(p.decimals).toBe(decimals);
      }),
      { numRuns: 2000 },
    );
  });

  test("never throws on arbitrary text and always answers one of the three kinds", () => {
    const charset = fc.constantFrom(..."0123456789.,-+%() Rrp#–\u00a0e");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: charset, maxLength: 20 })), (s) => {
        const p = parseIndonesianNumber(s);
        expect(["empty", "number", "unreadable"]).toContain(p.kind);
        if (p.kind === "number") expect(p.value.isFinite()).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test("parseCellNumber never throws on arbitrary cells", () => {
    const cell = fc.record(
      {
        value: fc.oneof(fc.constant(null), fc.double(), fc.string(), fc.boolean()),
        numFmt: fc.oneof(fc.string(), fc.constantFrom("0.00%", "#,##0", "General", '"%"0', "0.0%;-0.0%")),
        text: fc.string(),
      },
      { requiredKeys: ["value"] },
    );
    fc.assert(
      fc.property(fc.option(cell, { nil: undefined }), (c) => {
        expect(["empty", "number", "unreadable"]).toContain(parseCellNumber(c).kind);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("readTypedNumber: amounts typed with dot groups and a decimal comma", () => {
  it("reads them to the plain digits of the amount, with its decimals, whatever their length", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: BigInt(0), max: BigInt("99999999999999999999") }),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        (n, scale, grouped) => {
          const s = n.toString().padStart(scale + 1, "0");
          const int = s.slice(0, s.length - scale);
          const shownInt = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : int;
          const text = scale > 0 ? `${shownInt},${s.slice(s.length - scale)}` : shownInt;
          const read = readTypedNumber(text);
          const expectedDigits = scale > 0 ? `${int}.${s.slice(s.length - scale)}` : int;
          expect(read).toEqual({
            kind: "number",
            digits: expectedDigits,
            negative: false,
            percent: false,
            decimals: scale,
            dash: false,
          });
          const parsed = parseIndonesianNumber(text);
          expect(parsed.kind === "number" && parsed.value.equals(new D(expectedDigits))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("leaves a single dot without a comma to the separator rules: 1.234 is thousands, 0.123 a decimal", () => {
    expect(readTypedNumber("1.234")).toMatchObject({ kind: "number", digits: "1234", decimals: 0 });
    expect(readTypedNumber("0.123")).toMatchObject({ kind: "number", digits: "0.123", decimals: 3 });
    expect(readTypedNumber("1.234.567,89")).toMatchObject({ digits: "1234567.89", decimals: 2 });
    expect(readTypedNumber("1,234,567")).toMatchObject({ digits: "1234567", decimals: 0 });
  });
});

describe("lines in one cell", () => {
  it("are several figures (an export's joined indikator), not one number made of their digits", () => {
    expect(parseIndonesianNumber("85\n90")).toEqual({ kind: "unreadable", text: "85\n90" });
    expect(parseIndonesianNumber("26,78\r\n20")).toEqual({ kind: "unreadable", text: "26,78\r\n20" });
    // A break only before or after the figure is the cell's own spacing.
    const trailing = parseIndonesianNumber("1.234.567\n");
    expect(trailing.kind === "number" && trailing.value.toString()).toBe("1234567");
  });
});

describe("formatIntegerDigits: the zeros a format shows before the point", () => {
  it("counts the 0 placeholders of the first section, not quoted text or #", () => {
    expect(formatIntegerDigits("00")).toBe(2);
    expect(formatIntegerDigits("0000")).toBe(4);
    expect(formatIntegerDigits("00.00")).toBe(2);
    expect(formatIntegerDigits('"Kode "0000')).toBe(4);
    expect(formatIntegerDigits("#,##0")).toBe(1);
    expect(formatIntegerDigits("General")).toBe(0);
    expect(formatIntegerDigits(undefined)).toBe(0);
  });
});
