import { capaianKinerja, capaianRentang, kemajuan, pertumbuhan, tercapai } from "../../src/functions/functions";
import { excelErrorOf, installFakeCustomFunctions, uninstallFakeCustomFunctions } from "./fakeCustomFunctions";

beforeAll(installFakeCustomFunctions);
afterAll(uninstallFakeCustomFunctions);

describe("SAKIP.CAPAIAN", () => {
  it("reads the LKjIP 2021 seed as typed text: 0,37% of 0,38% is 97,37%", () => {
    expect(capaianKinerja("0,37%", "0,38%")).toBeCloseTo(0.9737, 4);
  });

  it("gives the same result for %-formatted cells, which hold fractions", () => {
    expect(capaianKinerja(0.0037, 0.0038)).toBeCloseTo(0.9737, 4);
  });

  it("keeps a negative capaian as the 2022 sheet shows it (-0,89% of 0,39% = -228,21%)", () => {
    expect(capaianKinerja("-0,89%", "0,39%")).toBeCloseTo(-2.2821, 4);
  });

  it("gives #NUM!, not Infinity, for a result beyond an Excel number", () => {
    const error = excelErrorOf(() => capaianKinerja(1e300, 1e-300));
    expect(error.code).toBe("#NUM!");
    expect(error.message).toContain("di luar jangkauan");
  });

  it("uses positif when the optional polaritas is omitted (Excel passes null)", () => {
    expect(capaianKinerja(83.29, 84.17, null)).toBe(capaianKinerja(83.29, 84.17, "positif"));
    expect(capaianKinerja(83.29, 84.17, null)).toBeCloseTo(0.9895, 4);
  });

  it("applies the negatif and stabil formulas", () => {
    expect(capaianKinerja(0.5, 0.4, "negatif")).toBeCloseTo(0.75, 10);
    expect(capaianKinerja(0.5, 0.4, "Negatif B")).toBeCloseTo(0.8, 10);
    expect(capaianKinerja(0.5, 0.4, "stabil")).toBeCloseTo(0.75, 10);
  });

  it("gives #DIV/0! without a message for a target of 0 or an empty target cell", () => {
    for (const target of [0, null, "", "0,00%"]) {
      const error = excelErrorOf(() => capaianKinerja(5, target));
      expect(error.code).toBe("#DIV/0!");
      expect(error.message).toBeUndefined();
    }
  });

  it("gives #VALUE! with an Indonesian message for text that is not a number", () => {
    const error = excelErrorOf(() => capaianKinerja("5", "lima"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain('target bukan angka: "lima"');
  });

  it("rejects an unknown polaritas and a boolean argument", () => {
    const polaritas = excelErrorOf(() => capaianKinerja(1, 2, "naik-turun"));
    expect(polaritas.code).toBe("#VALUE!");
    expect(polaritas.message).toContain("polaritas tidak dikenal");
    const boolean = excelErrorOf(() => capaianKinerja(true, 2));
    expect(boolean.code).toBe("#VALUE!");
    expect(boolean.message).toContain("realisasi harus berupa angka");
  });
});

describe("SAKIP.CAPAIAN with a target written as a bound", () => {
  it("measures against the bound's number: 92% against ≥ 90% is 102,22%; 4 against maks. 5, negatif, 120%", () => {
    expect(capaianKinerja(0.92, "≥ 90%")).toBeCloseTo(1.0222, 4);
    expect(capaianKinerja(4, "maks. 5", "negatif")).toBeCloseTo(1.2, 10);
  });

  it("refuses a realisasi in percent points against a target written with % (97 against ≥ 80% is no 12.125%)", () => {
    const error = excelErrorOf(() => capaianKinerja(97, "≥ 80%"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      'realisasi (97) dan target ("≥ 80%") ditulis dalam satuan berbeda: yang satu persen, yang lain angka poin. ' +
        "Tulis keduanya sebagai persen (97%) atau keduanya sebagai angka (97).",
    );
    expect(excelErrorOf(() => capaianKinerja("97%", 80)).code).toBe("#VALUE!");
    // Both in points, or a count against a bound without %: no guard.
    expect(capaianKinerja(97, "≥ 80")).toBeCloseTo(1.2125, 10);
    expect(capaianKinerja(0.97, "≥ 80%")).toBeCloseTo(1.2125, 10);
  });
});

describe("SAKIP.CAPAIAN_RENTANG", () => {
  it("counts a realisasi inside the range as 100% and measures outside it against the nearer edge", () => {
    expect(capaianRentang(5, 4, 6)).toBe(1);
    expect(capaianRentang(7, 4, 6)).toBeCloseTo(7 / 6, 10);
    expect(capaianRentang(3, "4", "6", null)).toBeCloseTo(0.75, 10);
  });

  it("rejects a range whose lower edge is above the upper edge", () => {
    const error = excelErrorOf(() => capaianRentang(5, 6, 4));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/Batas bawah target .* lebih besar dari batas atas/);
  });
});

describe("SAKIP.TERCAPAI", () => {
  it("says whether a qualitative realisasi reaches its target on the same scale", () => {
    expect(tercapai("B", "BB")).toBe("Tidak tercapai");
    expect(tercapai("A", "BB")).toBe("Tercapai");
    expect(tercapai("Opini WTP", "WTP")).toBe("Tercapai");
    expect(tercapai("Baik", "Sangat Baik")).toBe("Tidak tercapai");
  });

  it("names the argument that is no known value, and values of two scales", () => {
    expect(excelErrorOf(() => tercapai("bagus", "BB")).message).toMatch(/^realisasi "bagus" bukan nilai kualitatif/);
    expect(excelErrorOf(() => tercapai("B", null)).message).toMatch(/^target kosong/);
    expect(excelErrorOf(() => tercapai("Baik", "BB")).message).toBe(
      'realisasi "Baik" dan target "BB" tidak berada pada skala yang sama.',
    );
  });
});

describe("SAKIP.KEMAJUAN", () => {
  it("reproduces Tabel 3.3 of the LKjIP 2021 seed: 0,37% of a Renstra target of 0,41 % is 90%", () => {
    expect(kemajuan("0,37%", "0,41 %")).toBeCloseTo(0.9024, 4);
  });

  it("gives #DIV/0! for an empty target akhir", () => {
    expect(excelErrorOf(() => kemajuan(1, null)).code).toBe("#DIV/0!");
  });
});

describe("SAKIP.PERTUMBUHAN", () => {
  it("is the growth over the previous year as a fraction", () => {
    expect(pertumbuhan("1.120.000", 1000000)).toBeCloseTo(0.12, 10);
    expect(pertumbuhan(900, 1000)).toBeCloseTo(-0.1, 10);
  });

  it("gives #DIV/0! when the previous year is 0", () => {
    expect(excelErrorOf(() => pertumbuhan(5, 0)).code).toBe("#DIV/0!");
  });
});

describe("figures of one unit written one as a % text and the other as a plain number (fn37)", () => {
  const satuanBerbeda = (f: () => unknown) => {
    const error = excelErrorOf(f);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("ditulis dalam satuan berbeda");
    return error.message;
  };

  it("are refused at values up to 10 too, the usual ones where less is better (5 against 8% was 6.250%)", () => {
    expect(satuanBerbeda(() => capaianKinerja(5, "8%"))).toContain('realisasi (5) dan target ("8%")');
    satuanBerbeda(() => capaianKinerja(4.5, "≤ 5%", "negatif"));
    satuanBerbeda(() => capaianKinerja("5%", 8));
    satuanBerbeda(() => capaianKinerja(9.5, "10%"));
  });

  it("are refused by CAPAIAN_RENTANG, KEMAJUAN and PERTUMBUHAN too", () => {
    satuanBerbeda(() => capaianRentang("85%", 80, 90));
    expect(satuanBerbeda(() => capaianRentang(85, "80%", "90%"))).toContain("batas_bawah");
    satuanBerbeda(() => kemajuan(97, "80%"));
    satuanBerbeda(() => pertumbuhan("12%", 10));
  });

  it("are read as written where the ratio so read is in measure: a fraction from a % cell beside a % text", () => {
    expect(capaianKinerja(0.05, "8%")).toBeCloseTo(0.625, 10);
    expect(capaianKinerja(1.2, "80%")).toBeCloseTo(1.5, 10);
    // 5% against 80%: a small capaian, but both readings of 0,05 are no better.
    expect(capaianKinerja(0.05, "80%")).toBeCloseTo(0.0625, 10);
    expect(capaianRentang(0.85, "80%", "90%")).toBe(1);
  });
});

describe("an empty optional argument passed as 0, as some Excel platforms pass an empty cell (fn37)", () => {
  it("takes its default rather than a message calling 0 no number", () => {
    expect(capaianKinerja(5, 10, 0)).toBeCloseTo(0.5, 10);
    expect(capaianRentang(5, 4, 6, 0)).toBe(1);
  });

  it("says a number passed where a word belongs is a number", () => {
    const error = excelErrorOf(() => capaianKinerja(5, 10, 3));
    expect(error.message).toContain("polaritas tidak dikenal: angka 3.");
  });

  it("writes decimals with a comma in its messages", () => {
    const error = excelErrorOf(() => capaianRentang(0.5, 0.8, 0.75));
    expect(error.message).toContain("(0,8) lebih besar dari batas atas (0,75)");
  });
});

describe("SAKIP.KEMAJUAN", () => {
  it("measures an indikator where less is better as the LKjIP tables do, with its polaritas (fn37: 4 against 2 was 200%)", () => {
    expect(kemajuan(4, 2)).toBe(2);
    expect(kemajuan(4, 2, "negatif")).toBe(0);
    expect(kemajuan(1.5, 2, "negatif")).toBeCloseTo(1.25, 10);
  });

  it("reads an end target written as a bound", () => {
    expect(kemajuan(0.85, "≥ 80%")).toBeCloseTo(1.0625, 10);
  });
});
