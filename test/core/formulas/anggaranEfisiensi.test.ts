import {
  alokasiSasaran,
  capaianAnggaran,
  deviasiAnggaranKas,
  efisiensiPmk,
  efisiensiRasio,
  FormulaError,
  persentaseCapaianProgram,
  pertumbuhan,
  tingkatKemajuan,
} from "../../../src/core/formulas";
import { roundTo } from "../../../src/core/numbers/decimal";

const at = (v: Parameters<typeof roundTo>[0], decimals: number) => roundTo(v, decimals).toFixed(decimals);

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof FormulaError) return e.code;
    throw e;
  }
  return "no error";
}

describe("capaianAnggaran", () => {
  // Pengukuran Kinerja 2022 TW IV: realisasi (Rp), pagu, capaian (%) as shown.
  test.each([
    ["55511475", "55599900", "99.84"],
    ["372854500", "412786800", "90.33"],
    ["9659891309", "9453491952", "102.18"],
    ["237460106", "250634400", "94.74"],
    ["849800", "3249800", "26.15"],
  ])("realisasi %s of pagu %s is %s%%", (realisasi, pagu, shown) => {
    expect(at(capaianAnggaran(realisasi, pagu), 2)).toBe(shown);
  });

  test("LKjIP 2021 seed: 530.921.722 of 681.067.100 is 77,95%", () => {
    expect(at(capaianAnggaran("530.921.722", "681.067.100"), 2)).toBe("77.95");
  });

  test("pagu 0 is div0", () => {
    expect(codeOf(() => capaianAnggaran(1, 0))).toBe("div0");
  });
});

describe("efisiensiRasio", () => {
  test("LKjIP 2021 seed: 97 / 77,95 → 124,44 (shown 124%), 93,41 / 94,33 → 99,02 (shown 99%)", () => {
    expect(at(efisiensiRasio(97, "77.95"), 2)).toBe("124.44");
    expect(at(efisiensiRasio(97, "77,95"), 0)).toBe("124");
    expect(at(efisiensiRasio("93.41", "94.33"), 2)).toBe("99.02");
    expect(at(efisiensiRasio("100.58", "94.46"), 0)).toBe("106");
  });

  test("capaian anggaran 0 is div0", () => {
    expect(codeOf(() => efisiensiRasio(97, 0))).toBe("div0");
  });
});

describe("efisiensiPmk", () => {
  test("E = Σ(PAK×CK − RAK) / Σ(PAK×CK), CK capped at 100%", () => {
    const r = efisiensiPmk([
      { pagu: 1000, capaianKinerja: 100, realisasi: 900 },
      { pagu: 1000, capaianKinerja: 150, realisasi: 950 },
    ]);
    // Σ PAK×CK = 2000 (150% capped), Σ RAK = 1850 → E = 7,5%.
    expect(r.e.toString()).toBe("7.5");
    expect(r.eTerbatas.toString()).toBe("7.5");
    expect(r.nilai.toString()).toBe("68.75");
  });

  test("E is bounded to [−20, 20] for the nilai", () => {
    const high = efisiensiPmk([{ pagu: 1000, capaianKinerja: 100, realisasi: 500 }]);
    expect(high.e.toString()).toBe("50");
    expect(high.eTerbatas.toString()).toBe("20");
    expect(high.nilai.toString()).toBe("100");
    const low = efisiensiPmk([{ pagu: 1000, capaianKinerja: 50, realisasi: 1000 }]);
    expect(low.e.toString()).toBe("-100");
    expect(low.eTerbatas.toString()).toBe("-20");
    expect(low.nilai.toString()).toBe("0");
  });

  test("empty list and Σ(PAK×CK) = 0 are errors", () => {
    expect(codeOf(() => efisiensiPmk([]))).toBe("invalid");
    expect(codeOf(() => efisiensiPmk([{ pagu: 1000, capaianKinerja: 0, realisasi: 10 }]))).toBe("div0");
  });
});

describe("pertumbuhan, tingkatKemajuan, alokasiSasaran", () => {
  test("pertumbuhan is (n − n−1) / n−1", () => {
    expect(pertumbuhan(110, 100).toString()).toBe("10");
    expect(pertumbuhan(90, 100).toString()).toBe("-10");
    expect(codeOf(() => pertumbuhan(90, 0))).toBe("div0");
  });

  test("LKjIP 2021 seed tingkat kemajuan: 0,37 / 0,41 → 90%; 83,79 / 98,3 → 85,24%", () => {
    expect(at(tingkatKemajuan("0.37", "0.41"), 0)).toBe("90");
    expect(at(tingkatKemajuan("83.79", "98.3"), 2)).toBe("85.24");
    expect(codeOf(() => tingkatKemajuan(1, 0))).toBe("div0");
  });

  test("LKjIP 2021 seed alokasi: 10.931.433.866 of 13.255.734.286 → 82,47% (the report shows 82,46%, truncated)", () => {
    expect(at(alokasiSasaran(["10931433866"], "13255734286"), 2)).toBe("82.47");
    expect(at(alokasiSasaran(["200000000", "76649300"], "13255734286"), 2)).toBe("2.09");
    expect(alokasiSasaran([], 1000).toString()).toBe("0");
    expect(codeOf(() => alokasiSasaran([1], 0))).toBe("div0");
  });
});

describe("persentaseCapaianProgram", () => {
  test("kegiatan with capaian ≥ 80 over all kegiatan", () => {
    expect(persentaseCapaianProgram([80, 79.99, 100, 50]).toString()).toBe("50");
    expect(at(persentaseCapaianProgram([90, 10, 10, 10, 10, 10, 10]), 2)).toBe("14.29");
    expect(persentaseCapaianProgram([70, 75], 70).toString()).toBe("100");
  });

  test("an empty list is invalid", () => {
    expect(codeOf(() => persentaseCapaianProgram([]))).toBe("invalid");
  });
});

describe("deviasiAnggaranKas", () => {
  test("capaian_rak, serapan and deviasi in percent points", () => {
    // Pengukuran Kinerja 2022 TW I, Program Pengendalian Pelaksanaan Penanaman Modal.
    const r = deviasiAnggaranKas("24270000", "72110600", "412786800");
    expect(at(r.capaianRak, 2)).toBe("17.47");
    expect(at(r.serapan, 2)).toBe("5.88");
    expect(at(r.deviasi, 2)).toBe("66.34");
  });

  test("pagu 0 and a zero cash plan are div0", () => {
    expect(codeOf(() => deviasiAnggaranKas(1, 1, 0))).toBe("div0");
    expect(codeOf(() => deviasiAnggaranKas(1, 0, 100))).toBe("div0");
  });
});
