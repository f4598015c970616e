import { fromA1, isA1, parseA1 } from "../../../src/core/grid/address";

describe("A1 addresses", () => {
  it("reads an address, absolute or not, in either case, to 0-based row and column", () => {
    expect(parseA1("B12")).toEqual({ row: 11, col: 1 });
    expect(isA1("B12")).toBe(true);
    expect(parseA1("$ab$3")).toEqual({ row: 2, col: 27 });
    expect(fromA1(" XFD1048576 ")).toEqual({ row: 1048575, col: 16383 });
  });

  it("gives null for what is no address, where fromA1 throws", () => {
    for (const bad of ["", "12", "B", "'Data Pendukung'!F12", "ABCD1", "B1:C2"]) {
      expect(parseA1(bad)).toBeNull();
      expect(isA1(bad)).toBe(false);
      expect(() => fromA1(bad)).toThrow("Alamat sel tidak valid");
    }
    expect(parseA1(undefined as unknown as string)).toBeNull();
  });
});
