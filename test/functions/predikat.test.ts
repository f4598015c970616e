import { predikat } from "../../src/functions/functions";
import { excelErrorOf, installFakeCustomFunctions, uninstallFakeCustomFunctions } from "./fakeCustomFunctions";

beforeAll(installFakeCustomFunctions);
afterAll(uninstallFakeCustomFunctions);

describe("SAKIP.PREDIKAT", () => {
  it.each([
    [0.9744, "Sangat Tinggi"],
    [1.5, "Sangat Tinggi"],
    [0.91, "Sangat Tinggi"],
    [0.9099, "Tinggi"],
    [0.76, "Tinggi"],
    [0.7599, "Sedang"],
    [0.66, "Sedang"],
    [0.6599, "Rendah"],
    [0.51, "Rendah"],
    [0.5099, "Sangat Rendah"],
    [-2.2821, "Sangat Rendah"],
  ])("puts a capaian of %p in %p (Permendagri 86/2017)", (capaian, expected) => {
    expect(predikat(capaian)).toBe(expected);
  });

  it("gives no predikat for a capaian not filled in yet (an empty cell), not Sangat Rendah", () => {
    expect(predikat(null)).toBe("");
    expect(predikat("")).toBe("");
  });

  it("compares at the 2 decimals a capaian is shown with", () => {
    // 0,909999… shows as 91,00%; 0,90994 shows as 90,99%.
    expect(predikat(0.91 - 1e-12)).toBe("Sangat Tinggi");
    expect(predikat(0.90994)).toBe("Tinggi");
  });

  it("reads a capaian typed as text", () => {
    expect(predikat("97,44%")).toBe("Sangat Tinggi");
  });

  it("uses Permendagri 86/2017 when skala is omitted and the other wording when asked", () => {
    expect(predikat(0.9744, null)).toBe("Sangat Tinggi");
    expect(predikat(0.9744, "baik")).toBe("Sangat Baik");
    expect(predikat(0.7, "Baik")).toBe("Cukup");
    expect(predikat(0.7, "Permendagri 86/2017")).toBe("Sedang");
  });

  it("refuses a capaian typed in percent points (62,5 for 62,5%) instead of labelling it 6.250%", () => {
    const error = excelErrorOf(() => predikat(62.5));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("capaian (62,5) terbaca 6.250%");
    expect(error.message).toContain("(62,5%)");
    expect(error.message).toContain("(0,625)");
    expect(predikat("62,5%")).toBe("Rendah");
    // Up to 1000% a number is a capaian as a fraction.
    expect(predikat(10)).toBe("Sangat Tinggi");
  });

  it("rejects an unknown skala", () => {
    const error = excelErrorOf(() => predikat(0.9, "lima"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("skala tidak dikenal");
  });
});
