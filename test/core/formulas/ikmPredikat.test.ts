import { FormulaError, ikm, ikmDariNrr, mutuIkm, predikat, SKALA_PREDIKAT } from "../../../src/core/formulas";

function errorOf(run: () => unknown): FormulaError {
  try {
    run();
  } catch (e) {
    if (e instanceof FormulaError) return e;
    throw e;
  }
  throw new Error("expected a FormulaError");
}

describe("ikm", () => {
  const row = (...v: number[]) => v;

  test("NRR per unsur, IKM = ΣNRR / 9, nilai = IKM × 25", () => {
    const r = ikm([row(4, 4, 4, 3, 3, 3, 2, 2, 2), row(4, 4, 4, 3, 3, 3, 2, 2, 4)]);
    expect(r.nrr.map((n) => n.toString())).toEqual(["4", "4", "4", "3", "3", "3", "2", "2", "3"]);
    expect(r.ikm.toFixed(4)).toBe("3.1111");
    expect(r.nilai.toFixed(2)).toBe("77.78");
    expect(r.mutu).toEqual({ kode: "B", label: "Baik" });
  });

  test("the rounded penimbang 0,111 gives a slightly lower score", () => {
    const all4 = Array.from({ length: 3 }, () => Array(9).fill(4));
    expect(ikm(all4).nilai.toString()).toBe("100");
    expect(ikm(all4, "0,111").nilai.toString()).toBe("99.9");
    const all1 = [Array(9).fill(1)];
    const low = ikm(all1, "0,111");
    expect(low.nilai.toString()).toBe("24.975");
    expect(low.mutu.kode).toBe("D");
  });

  test("a score outside 1–4 names the respondent and the unsur", () => {
    const e = errorOf(() => ikm([Array(9).fill(3), [3, 3, 3, 3, 5, 3, 3, 3, 3]]));
    expect(e.code).toBe("invalid");
    expect(e.message).toBe("Nilai responden ke-2, unsur ke-5 harus 1, 2, 3 atau 4 (tertulis 5).");
    expect(errorOf(() => ikm([[3, 3, 3, 3, 2.5, 3, 3, 3, 3]])).message).toMatch(/unsur ke-5/);
  });

  test("wrong number of unsur, no respondents, unknown penimbang are invalid", () => {
    expect(errorOf(() => ikm([Array(8).fill(3)])).message).toMatch(/Responden ke-1 harus memiliki 9 nilai/);
    expect(errorOf(() => ikm([])).code).toBe("invalid");
    expect(errorOf(() => ikm([Array(9).fill(3)], "0,1" as never)).message).toMatch(/Penimbang IKM/);
  });

  test("ikmDariNrr accepts nine NRR values 1–4", () => {
    const r = ikmDariNrr([3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.6]);
    expect(r.nilai.toFixed(4)).toBe("87.7778");
    expect(r.mutu.kode).toBe("B");
    expect(errorOf(() => ikmDariNrr([1, 2, 3])).code).toBe("invalid");
    expect(errorOf(() => ikmDariNrr([0.5, 2, 3, 3, 3, 3, 3, 3, 3])).message).toMatch(/NRR unsur ke-1/);
  });
});

describe("mutuIkm", () => {
  test.each([
    [100, "A", "Sangat Baik"],
    [88.31, "A", "Sangat Baik"],
    [88.305, "A", "Sangat Baik"],
    [88.3, "B", "Baik"],
    [76.61, "B", "Baik"],
    [76.6, "C", "Kurang Baik"],
    [65, "C", "Kurang Baik"],
    [64.99, "D", "Tidak Baik"],
    [25, "D", "Tidak Baik"],
  ])("%d → %s %s", (nilai, kode, label) => {
    expect(mutuIkm(nilai)).toEqual({ kode, label });
  });

  test("outside 25–100 is invalid (below 24,975, the lowest score with the rounded 0,111 weighting)", () => {
    expect(errorOf(() => mutuIkm(24.97)).code).toBe("invalid");
    expect(errorOf(() => mutuIkm(100.01)).message).toMatch(/antara 25 dan 100/);
  });
});

describe("predikat", () => {
  test.each([
    [124, "Sangat Tinggi"],
    [91, "Sangat Tinggi"],
    [90.99, "Tinggi"],
    [76, "Tinggi"],
    [75.99, "Sedang"],
    [66, "Sedang"],
    [65.99, "Rendah"],
    [51, "Rendah"],
    [50.99, "Sangat Rendah"],
    [-228.21, "Sangat Rendah"],
  ])("Permendagri 86/2017: %d → %s", (capaian, label) => {
    expect(predikat(capaian)).toBe(label);
  });

  test("the 'baik' scale uses the same edges", () => {
    expect(["97,44", "80", "70", "60", "14,28"].map((c) => predikat(c, "baik"))).toEqual([
      "Sangat Baik",
      "Baik",
      "Cukup",
      "Kurang",
      "Sangat Kurang",
    ]);
  });

  test("SKALA_PREDIKAT describes both scales, best band first", () => {
    expect(Object.keys(SKALA_PREDIKAT).sort()).toEqual(["baik", "permendagri86"]);
    expect(SKALA_PREDIKAT.permendagri86.band.map((b) => b.min)).toEqual([91, 76, 66, 51, null]);
    expect(SKALA_PREDIKAT.baik.band.map((b) => b.min)).toEqual([91, 76, 66, 51, null]);
  });

  test("unknown scale and non-numbers are invalid", () => {
    expect(errorOf(() => predikat(90, "lain" as never)).code).toBe("invalid");
    expect(errorOf(() => predikat("x")).code).toBe("invalid");
  });
});
