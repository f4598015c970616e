import { FormulaError } from "../../src/core/formulas/formulaError";
import { hitung } from "../../src/functions/galatExcel";
import { excelErrorOf, installFakeCustomFunctions, uninstallFakeCustomFunctions } from "./fakeCustomFunctions";

describe("hitung", () => {
  beforeAll(installFakeCustomFunctions);
  afterAll(uninstallFakeCustomFunctions);

  it("maps the core's FormulaError codes to #DIV/0! and #VALUE!", () => {
    expect(
      excelErrorOf(() =>
        hitung(() => {
          throw new FormulaError("div0", "Pagu tidak boleh nol.");
        }),
      ).code,
    ).toBe("#DIV/0!");
    const invalid = excelErrorOf(() =>
      hitung(() => {
        throw new FormulaError("invalid", "Pesan.");
      }),
    );
    expect(invalid.code).toBe("#VALUE!");
    expect(invalid.message).toBe("Pesan.");
  });

  it("rethrows any other exception unchanged instead of swallowing it", () => {
    const bug = new TypeError("bug");
    expect(() =>
      hitung(() => {
        throw bug;
      }),
    ).toThrow(bug);
  });
});

describe("the functions module without the Office runtime", () => {
  it("loads and computes in Node, where CustomFunctions is not defined", () => {
    expect((globalThis as Record<string, unknown>).CustomFunctions).toBeUndefined();
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const functions = require("../../src/functions/functions") as typeof import("../../src/functions/functions");
      expect(functions.serapan(50, 200)).toBe(0.25);
    });
  });
});
