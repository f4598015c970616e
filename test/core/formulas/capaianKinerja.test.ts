import { capaianKinerja, capaianRentang, capaianTriwulan } from "../../../src/core/formulas/capaianKinerja";
import { FormulaError } from "../../../src/core/formulas/formulaError";
import { D, roundTo } from "../../../src/core/numbers/decimal";

const at = (v: ReturnType<typeof capaianKinerja>, decimals: number) => roundTo(v, decimals).toFixed(decimals);

function formulaError(run: () => unknown): FormulaError {
  try {
    run();
  } catch (e) {
    if (e instanceof FormulaError) return e;
    throw e;
  }
  throw new Error("expected a FormulaError");
}

describe("capaianKinerja", () => {
  test("LKjIP 2021 seed: realisasi 0,37% of target 0,38% is 97,37%", () => {
    expect(at(capaianKinerja(0.37, 0.38), 2)).toBe("97.37");
    expect(at(capaianKinerja("0,37", "0,38"), 0)).toBe("97");
  });

  // Pengukuran Kinerja 2022, S/D TRIWULAN I: target TW I, realisasi and capaian as shown.
  test.each([
    ["0.39", "-0.89", 2, "-228.21"],
    ["84.17", "83.29", 0, "99"],
    ["100", "14.28", 2, "14.28"],
    ["88.30", "3.40", 2, "3.85"],
    ["70", "11.90", 2, "17.00"],
    ["55", "4.48", 2, "8.15"],
  ])("TW I seed: target %s, realisasi %s → capaian shown with %i decimals %s", (target, realisasi, decimals, shown) => {
    expect(at(capaianKinerja(realisasi, target), decimals)).toBe(shown);
  });

  // Pengukuran Kinerja 2022, S/D TRIWULAN IV: target TW IV, realisasi and capaian as shown.
  test.each([
    ["0.39", "0.38", 2, "97.44"],
    ["83", "83.37", 0, "100"],
    ["88.30", "88.30", 2, "100.00"],
    ["55", "3.8", 2, "6.91"],
    ["70", "70", 2, "100.00"],
  ])(
    "TW IV seed: target %s, realisasi %s → capaian shown with %i decimals %s",
    (target, realisasi, decimals, shown) => {
      expect(at(capaianKinerja(realisasi, target), decimals)).toBe(shown);
    },
  );

  test("negatif defaults to variant A (2T − R) / T", () => {
    expect(capaianKinerja(8, 10, "negatif").toString()).toBe("120");
    expect(capaianKinerja(0, 10, "negatif").toString()).toBe("200");
    expect(capaianKinerja(25, 10, "negatif").toString()).toBe("-50");
  });

  test("negatif-b is T / R and fails at R = 0", () => {
    expect(capaianKinerja(8, 10, "negatif-b").toString()).toBe("125");
    const e = formulaError(() => capaianKinerja(0, 10, "negatif-b"));
    expect(e.code).toBe("div0");
    expect(e.message).toMatch(/Realisasi tidak boleh nol/);
  });

  test("stabil rewards closeness from either side", () => {
    expect(capaianKinerja(90, 100, "stabil").toString()).toBe("90");
    expect(capaianKinerja(110, 100, "stabil").toString()).toBe("90");
    expect(capaianKinerja(100, 100, "stabil").toString()).toBe("100");
  });

  test("batasBawahNol floors at 0 and leaves positive results", () => {
    expect(capaianKinerja(-0.89, 0.39, "positif", { batasBawahNol: true }).toString()).toBe("0");
    expect(capaianKinerja(25, 10, "negatif", { batasBawahNol: true }).toString()).toBe("0");
    expect(capaianKinerja(5, 10, "positif", { batasBawahNol: true }).toString()).toBe("50");
  });

  test("a target of zero is a div0 error in Bahasa Indonesia", () => {
    for (const p of ["positif", "negatif", "negatif-b", "stabil"] as const) {
      const e = formulaError(() => capaianKinerja(5, 0, p));
      expect(e.code).toBe("div0");
      expect(e.message).toBe("Target tidak boleh nol.");
    }
  });

  test("inputs that are not numbers, and unknown polaritas, are invalid", () => {
    expect(formulaError(() => capaianKinerja("abc", 1)).code).toBe("invalid");
    expect(formulaError(() => capaianKinerja(NaN, 1)).message).toMatch(/Realisasi bukan angka/);
    expect(formulaError(() => capaianKinerja(1, Infinity)).code).toBe("invalid");
    expect(formulaError(() => capaianKinerja(1, 2, "naik" as never)).message).toMatch(/Polaritas tidak dikenal/);
  });

  test("Decimal inputs keep exactness", () => {
    expect(capaianKinerja(new D("0.1").plus("0.2"), new D("0.3")).toString()).toBe("100");
  });
});

describe("capaianRentang", () => {
  test("inside the range is 100, outside is measured against the nearer edge", () => {
    expect(capaianRentang(15, 10, 20).toString()).toBe("100");
    expect(capaianRentang(10, 10, 20).toString()).toBe("100");
    expect(capaianRentang(25, 10, 20).toString()).toBe("125");
    expect(capaianRentang(5, 10, 20).toString()).toBe("50");
    expect(capaianRentang(25, 10, 20, "negatif").toString()).toBe("75");
  });

  test("lo > hi is invalid", () => {
    const e = formulaError(() => capaianRentang(5, 20, 10));
    expect(e.code).toBe("invalid");
    expect(e.message).toMatch(/Batas bawah target/);
  });
});

describe("capaianTriwulan", () => {
  test("kumulatif positif is ΣR / ΣT", () => {
    expect(capaianTriwulan([10, 20, 30], [20, 20, 20], "kumulatif").toString()).toBe("100");
    expect(capaianTriwulan([10, 20], [20, 30], "kumulatif").toString()).toBe("60");
  });

  test("kumulatif negatif is ΣT / ΣR", () => {
    expect(capaianTriwulan([10, 30], [20, 30], "kumulatif", "negatif").toString()).toBe("125");
    expect(formulaError(() => capaianTriwulan([0, 0], [1, 1], "kumulatif", "negatif")).code).toBe("div0");
  });

  test("nilai-akhir uses the last triwulan through capaianKinerja", () => {
    expect(capaianTriwulan([10, 20, 45], [20, 20, 50], "nilai-akhir").toString()).toBe("90");
    expect(capaianTriwulan([10, 40], [20, 50], "nilai-akhir", "negatif").toString()).toBe("120");
  });

  test("empty or mismatched lists are invalid", () => {
    expect(formulaError(() => capaianTriwulan([], [], "kumulatif")).code).toBe("invalid");
    expect(formulaError(() => capaianTriwulan([1, 2], [1], "kumulatif")).message).toMatch(/tidak sama/);
    expect(formulaError(() => capaianTriwulan([1], [1], "rata-rata" as never)).code).toBe("invalid");
    expect(formulaError(() => capaianTriwulan([1, 2], [0, 0], "kumulatif")).code).toBe("div0");
  });
});
