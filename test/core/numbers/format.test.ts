import { D } from "../../../src/core/numbers/decimal";
import { formatAngka, formatPersen, formatRupiah } from "../../../src/core/numbers/format";
import { parseIndonesianNumber } from "../../../src/core/numbers/parseNumber";

describe("formatRupiah", () => {
  test.each([
    [250634400, "Rp 250.634.400"],
    [new D("10377143130.77"), "Rp 10.377.143.130,77"],
    [new D("40255800.00"), "Rp 40.255.800"],
    [0, "Rp 0"],
    [999, "Rp 999"],
    [1000, "Rp 1.000"],
    [0.5, "Rp 0,50"],
    [new D("1.235"), "Rp 1,235"],
    [-4460000, "-Rp 4.460.000"],
  ])("%s → %s", (v, text) => {
    expect(formatRupiah(v)).toBe(text);
  });
});

describe("formatAngka", () => {
  test.each([
    [412786800, undefined, "412.786.800"],
    [0.39, undefined, "0,39"],
    [new D("9453491952"), 0, "9.453.491.952"],
    [new D("97.4358974"), 2, "97,44"],
    [new D("-228.2051"), 2, "-228,21"],
    [new D("-0.001"), 2, "0,00"],
    [1234567.5, 2, "1.234.567,50"],
    [new D("1e21"), undefined, "1.000.000.000.000.000.000.000"],
  ])("%s with %s decimals → %s", (v, decimals, text) => {
    expect(formatAngka(v, decimals)).toBe(text);
  });

  test("non-finite numbers are shown as they are, without throwing", () => {
    expect(formatAngka(NaN)).toBe("NaN");
    expect(formatRupiah(Infinity)).toBe("Rp Infinity");
  });

  test("what formatAngka writes, the reader reads back", () => {
    for (const s of ["1234567.891", "-0.05", "1000", "999.999"]) {
      const p = parseIndonesianNumber(formatAngka(new D(s)));
      expect(p.kind === "number" && p.value.toString()).toBe(new D(s).toString());
    }
  });
});

describe("formatPersen", () => {
  test("percent points at the given precision", () => {
    expect(formatPersen(new D("97.4358974"), 2)).toBe("97,44%");
    expect(formatPersen(98.95, 0)).toBe("99%");
    expect(formatPersen(new D("-228.205128"), 2)).toBe("-228,21%");
    expect(formatPersen(100, 2)).toBe("100,00%");
  });
});
