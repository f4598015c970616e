import { deviasiKas, efisiensi, efisiensiPmk, serapan } from "../../src/functions/functions";
import { excelErrorOf, installFakeCustomFunctions, uninstallFakeCustomFunctions } from "./fakeCustomFunctions";

beforeAll(installFakeCustomFunctions);
afterAll(uninstallFakeCustomFunctions);

describe("SAKIP.SERAPAN", () => {
  it("reproduces Tabel 3.5 of the LKjIP 2021 seed: 530.921.722 of 681.067.100 is 77,95%", () => {
    expect(serapan(530921722, 681067100)).toBeCloseTo(0.7795, 4);
  });

  it("reads the amounts as the 2022 sheet writes them (5,88%)", () => {
    expect(serapan("24.270.000", "412.786.800,00")).toBeCloseTo(0.0588, 4);
  });

  it("gives #DIV/0! for a pagu of 0", () => {
    expect(excelErrorOf(() => serapan(1, 0)).code).toBe("#DIV/0!");
  });
});

describe("SAKIP.DEVIASI_KAS", () => {
  it("is (capaian RAK − serapan) ÷ capaian RAK, i.e. 1 − realisasi ÷ anggaran kas (Triwulan I, 2022 seed)", () => {
    expect(deviasiKas("24.270.000", "72.110.600", "412.786.800,00")).toBeCloseTo(1 - 24270000 / 72110600, 10);
  });

  it("gives #DIV/0! when the anggaran kas so far is 0", () => {
    expect(excelErrorOf(() => deviasiKas(100, 0, 1000)).code).toBe("#DIV/0!");
  });
});

describe("SAKIP.EFISIENSI", () => {
  it("reproduces Tabel 3.6 of the LKjIP 2021 seed: 97% ÷ 77,95% = 124,44%", () => {
    expect(efisiensi(0.97, 0.7795)).toBeCloseTo(1.2444, 4);
  });

  it("accepts percentages typed as text: 93,41% ÷ 94,33% = 99%", () => {
    expect(efisiensi("93,41%", "94,33%")).toBeCloseTo(0.9902, 4);
  });

  it("gives #DIV/0! for a capaian anggaran of 0", () => {
    expect(excelErrorOf(() => efisiensi(0.97, 0)).code).toBe("#DIV/0!");
  });
});

describe("SAKIP.EFISIENSI_PMK", () => {
  /** The PMK formula in plain floating point, as a second opinion on the Decimal result. */
  function nilaiPmk(rows: [number, number, number][]): number {
    const paguKaliCk = rows.reduce((s, [p, ck]) => s + p * Math.min(Math.max(ck, 0), 1), 0);
    const realisasi = rows.reduce((s, [, , r]) => s + r, 0);
    const e = (paguKaliCk - realisasi) / paguKaliCk;
    return 0.5 + (Math.min(Math.max(e, -0.2), 0.2) / 0.2) * 0.5;
  }

  const seed: [number, number, number][] = [
    [681067100, 0.97, 530921722],
    [276649300, 0.9341, 260966450],
  ];

  it("computes the nilai efisiensi of the two LKjIP 2021 sasaran, given as column ranges", () => {
    const result = efisiensiPmk(
      seed.map(([p]) => [p]),
      seed.map(([, ck]) => [ck]),
      seed.map(([, , r]) => [r]),
    );
    expect(result).toBeCloseTo(nilaiPmk(seed), 8);
    expect(result).toBeGreaterThan(0.5);
    expect(result).toBeLessThan(1);
  });

  it("caps capaian kinerja at 100% and counts blank rows as nothing", () => {
    const withBlank = efisiensiPmk([[1000], [null]], [["120%"], [""]], [[900], [null]]);
    expect(withBlank).toBeCloseTo(nilaiPmk([[1000, 1, 900]]), 10);
  });

  it("refuses a capaian typed in percent points, naming its cell in the range", () => {
    const error = excelErrorOf(() => efisiensiPmk([[1000]], [[80]], [[900]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("capaian baris 1, kolom 1 (80) terbaca 8.000%");
    expect(efisiensiPmk([[1000]], [["80%"]], [[900]])).toBeCloseTo(0.1875, 10);
  });

  it("says why when no row has a capaian (all empty or 0): #VALUE! with a sentence, not a bare #DIV/0!", () => {
    const error = excelErrorOf(() => efisiensiPmk([[1000], [2000]], [[null], [0]], [[900], [100]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("Jumlah pagu × capaian kinerja nol: capaian kosong, 0 atau negatif di semua baris");
  });

  it("rejects ranges of different sizes", () => {
    const error = excelErrorOf(() => efisiensiPmk([[1], [2]], [[1]], [[1], [2]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("harus sama ukurannya");
  });

  it("rejects ranges of one count but another shape, whose cells would pair the wrong rows (fn37: 2×2 beside 4×1)", () => {
    const error = excelErrorOf(() =>
      efisiensiPmk(
        [
          [100, 200],
          [300, 400],
        ],
        [[1], [1], [1], [1]],
        [[90], [180], [270], [360]],
      ),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("pagu (2×2 sel), capaian (4×1 sel) dan realisasi_rp (4×1 sel)");
  });

  it("names the cell that is not a number", () => {
    const error = excelErrorOf(() => efisiensiPmk([[1000], ["seribu"]], [[1], [1]], [[900], [900]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("pagu baris 2, kolom 1 bukan angka");
  });
});

describe("SAKIP.EFISIENSI with capaian of two units (fn37)", () => {
  it("refuses 97% in text beside 77,95 in percent points (it gave 1,24%), and reads both alike", () => {
    const error = excelErrorOf(() => efisiensi("97%", 77.95));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("ditulis dalam satuan berbeda");
    expect(efisiensi("97%", "77,95%")).toBeCloseTo(1.2444, 4);
    expect(efisiensi(97, 77.95)).toBeCloseTo(1.2444, 4);
  });
});
