import { angka } from "../../src/functions/functions";
import { excelErrorOf, installFakeCustomFunctions, uninstallFakeCustomFunctions } from "./fakeCustomFunctions";

beforeAll(installFakeCustomFunctions);
afterAll(uninstallFakeCustomFunctions);

describe("SAKIP.ANGKA", () => {
  it.each([
    ["412.786.800,00", 412786800],
    ["0,39%", 0.0039],
    ["-0,89%", -0.0089],
    ["Rp 1.600.000,-", 1600000],
    ["  9.453.491.952,00 ", 9453491952],
    ["-", 0],
    [1234.5, 1234.5],
  ])("reads %p as %p", (teks, expected) => {
    expect(angka(teks)).toBeCloseTo(expected, 12);
  });

  it("gives #VALUE! with an Indonesian message for text that is not a number", () => {
    const error = excelErrorOf(() => angka("dua belas"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('teks bukan angka: "dua belas". Tulis angka seperti 412.786.800,00 atau 0,39%.');
  });

  it("rejects a boolean and a cell showing #####", () => {
    expect(excelErrorOf(() => angka(false)).message).toContain("nilai logika");
    expect(excelErrorOf(() => angka("#####")).code).toBe("#VALUE!");
  });
});
