import { ikm, mutuIkm } from "../../src/functions/functions";
import { excelErrorOf, installFakeCustomFunctions, uninstallFakeCustomFunctions } from "./fakeCustomFunctions";

beforeAll(installFakeCustomFunctions);
afterAll(uninstallFakeCustomFunctions);

const survey = [
  [4, 4, 3, 3, 4, 3, 4, 3, 3],
  [3, 3, 3, 3, 3, 3, 3, 3, 3],
  [4, 4, 4, 4, 4, 4, 4, 4, 4],
  [2, 3, 3, 3, 3, 3, 3, 3, 2],
];

/** With the exact 1/9 weight the unit score is 25 × the mean of all answers. */
function expectedScore(rows: number[][]): number {
  const all = rows.flat();
  return (25 * all.reduce((a, b) => a + b, 0)) / all.length;
}

describe("SAKIP.IKM", () => {
  it("gives the 25–100 unit score of a small survey", () => {
    expect(ikm(survey)).toBeCloseTo(expectedScore(survey), 10);
  });

  it("skips blank respondent rows (null, empty text, or all 0 as some platforms send blanks)", () => {
    const blank = Array(9).fill(null);
    const withBlanks = [...survey, blank, Array(9).fill(""), Array(9).fill(0)];
    expect(ikm(withBlanks)).toBeCloseTo(expectedScore(survey), 10);
  });

  it("reads scores typed as text", () => {
    const text = survey.map((row) => row.map(String));
    expect(ikm(text)).toBeCloseTo(expectedScore(survey), 10);
  });

  it("rejects a score outside 1–4 and a row without nine unsur", () => {
    const five = excelErrorOf(() => ikm([[5, 4, 4, 4, 4, 4, 4, 4, 4]]));
    expect(five.code).toBe("#VALUE!");
    expect(five.message).toContain("harus 1, 2, 3 atau 4");
    const eight = excelErrorOf(() => ikm([[4, 4, 4, 4, 4, 4, 4, 4]]));
    expect(eight.code).toBe("#VALUE!");
    expect(eight.message).toContain("9 nilai unsur");
  });

  it("rejects an empty range with a message that says what to select", () => {
    const error = excelErrorOf(() => ikm([[null, null]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("nilai_unsur kosong");
  });

  it("names a wrong or empty answer by its row in the selected range, blank rows above it counted", () => {
    const blank = [null, null, null, null, null, null, null, null, null];
    const five = excelErrorOf(() => ikm([blank, survey[0], [3, 3, 3, 3, 5, 3, 3, 3, 3]]));
    expect(five.message).toBe("nilai_unsur baris 3, kolom 5 harus 1, 2, 3 atau 4 (tertulis 5).");
    const empty = excelErrorOf(() => ikm([survey[0], [3, 3, 3, 3, null, 3, 3, 3, 3]]));
    expect(empty.message).toBe("nilai_unsur baris 2, kolom 5 kosong: isi 1, 2, 3 atau 4.");
  });

  it("names the cell that is not a number", () => {
    const error = excelErrorOf(() => ikm([survey[0], [3, 3, "x", 3, 3, 3, 3, 3, 3]]));
    expect(error.message).toContain("nilai_unsur baris 2, kolom 3 bukan angka");
  });
});

describe("SAKIP.MUTU_IKM", () => {
  it("labels the band edges of PermenPAN-RB 14/2017", () => {
    expect(mutuIkm(88.31)).toBe("A (Sangat Baik)");
    expect(mutuIkm(88.3)).toBe("B (Baik)");
    expect(mutuIkm(76.61)).toBe("B (Baik)");
    expect(mutuIkm(76.6)).toBe("C (Kurang Baik)");
    expect(mutuIkm(65)).toBe("C (Kurang Baik)");
    expect(mutuIkm("64,99")).toBe("D (Tidak Baik)");
  });

  it("labels the score SAKIP.IKM computes", () => {
    expect(mutuIkm(ikm(survey))).toBe("B (Baik)");
  });

  it("reads a score shown as a percentage (83,37% holds 0,8337) as 83,37", () => {
    expect(mutuIkm(0.8337)).toBe("B (Baik)");
    expect(mutuIkm("83,37%")).toBe("B (Baik)");
    expect(mutuIkm(0.9)).toBe("A (Sangat Baik)");
  });

  it("rejects a score outside 25–100", () => {
    const error = excelErrorOf(() => mutuIkm(3.3));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("antara 25 dan 100");
  });
});

describe("SAKIP.MUTU_IKM at its edges (fn37)", () => {
  it("reads 24,975, the lowest score with the rounded 0,111 weighting, as D", () => {
    expect(mutuIkm(24.975)).toBe("D (Tidak Baik)");
  });

  it("names a score on the 1–4 scale with a comma and what it is times 25", () => {
    const error = excelErrorOf(() => mutuIkm(3.31));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("tertulis 3,31; nilai skala 1–4 dikalikan 25 menjadi 82,75");
  });
});
