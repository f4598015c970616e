import { parseTargetBound, parseTargetRange } from "../../../src/core/numbers/targetRange";

describe("a target written as a range", () => {
  test.each([
    ["90-95", 90, 95, false, 0],
    ["80 – 90 %", 80, 90, true, 0],
    ["85%-90%", 85, 90, true, 0],
    ["70 s/d 75", 70, 75, false, 0],
    ["70 s.d. 75", 70, 75, false, 0],
    ["80 sampai dengan 90", 80, 90, false, 0],
    ["12,5 - 15,75", 12.5, 15.75, false, 2],
    ["1.000 - 2.000", 1000, 2000, false, 0],
  ])("%s is read as its two ends", (text, lo, hi, percent, decimals) => {
    const r = parseTargetRange(text);
    expect(r && { lo: r.lo.toNumber(), hi: r.hi.toNumber(), percent: r.percent, decimals: r.decimals }).toEqual({
      lo,
      hi,
      percent,
      decimals,
    });
  });

  test.each(["90", "-5", "95-90", "90-90", "-", "Rp 1.000", "90-abc", "s/d 90", ""])("%s is not a range", (text) => {
    expect(parseTargetRange(text)).toBeNull();
  });
});

describe("a target written as a bound", () => {
  test.each([
    ["≥ 80", 80, "min", false],
    [">= 80%", 80, "min", true],
    ["min. 75", 75, "min", false],
    ["Minimal 75,5 %", 75.5, "min", true],
    ["paling sedikit 10", 10, "min", false],
    ["≤ 5", 5, "maks", false],
    ["maks 2", 2, "maks", false],
    ["Maksimal 0,5%", 0.5, "maks", true],
    ["tidak lebih dari 3", 3, "maks", false],
  ])("%s is at %s, %s", (text, value, arah, percent) => {
    const b = parseTargetBound(text);
    expect(b && { value: b.value.toNumber(), arah: b.arah, percent: b.percent }).toEqual({ value, arah, percent });
  });

  test.each(["80", "≥", "≥ -3", "-", "min 80 dokumen", "maksud 5", "90-95", ""])("%s is not a bound", (text) => {
    expect(parseTargetBound(text)).toBeNull();
  });
});
