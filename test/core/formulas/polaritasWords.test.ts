import { parsePolaritas } from "../../../src/core/formulas/polaritas";
import { polaritasFromWords } from "../../../src/core/formulas/polaritasWords";

describe("the polaritas an indikator's own words say", () => {
  test.each([
    "Angka Kematian Ibu (AKI)",
    "Angka kematian bayi per 1.000 kelahiran hidup",
    "Prevalensi balita stunting",
    "Tingkat Pengangguran Terbuka",
    "Persentase penduduk miskin",
    "Indeks Gini",
    "Angka Putus Sekolah SD",
  ])("%s: less is better, negatif", (name) => {
    expect(polaritasFromWords(name)).toBe("negatif");
  });

  test.each([
    "Persentase penurunan angka kematian bayi",
    "Cakupan penanganan kasus gizi buruk",
    "Jumlah desa bebas stunting",
    "Persentase ibu hamil mendapatkan pelayanan kesehatan sesuai standar",
    "Usia Harapan Hidup",
    "Nilai SAKIP Perangkat Daerah",
    // The prevalence of contraception: more is better (pk28 D6).
    "Angka Prevalensi Kontrasepsi Modern (mCPR)",
    "Prevalensi pemakaian kontrasepsi (CPR)",
  ])("%s: the words say nothing against positif", (name) => {
    expect(polaritasFromWords(name)).toBeNull();
  });

  test("a Keterangan that says it decides, either way", () => {
    expect(polaritasFromWords("Rasio X", "Semakin kecil semakin baik")).toBe("negatif");
    expect(polaritasFromWords("Angka kematian ibu", "semakin tinggi semakin baik")).toBe("positif");
    expect(polaritasFromWords("Rasio X", "Data BPS")).toBeNull();
  });

  test("a target written as a bound says it after the Keterangan: at most is negatif, at least positif", () => {
    expect(polaritasFromWords("Jumlah pengaduan", "", "maks")).toBe("negatif");
    expect(polaritasFromWords("Angka kematian ibu", "", "min")).toBe("positif");
    expect(polaritasFromWords("Jumlah pengaduan", "semakin banyak semakin baik", "maks")).toBe("positif");
  });
});

describe("a polaritas as offices write it (Data Pendukung, a POLARITAS column, SAKIP functions)", () => {
  test.each([
    ["Negatif", "negatif"],
    ["makin rendah makin baik", "negatif"],
    ["Semakin kecil semakin baik.", "negatif"],
    ["lebih kecil lebih baik", "negatif"],
    ["Minimize", "negatif"],
    ["menurun", "negatif"],
    ["Maximize", "positif"],
    ["semakin tinggi semakin baik", "positif"],
    ["lebih besar lebih baik", "positif"],
    ["negatif B", "negatif-b"],
    ["Stabil", "stabil"],
  ])("%s → %s", (text, expected) => {
    expect(parsePolaritas(text)).toBe(expected);
  });

  it("reads no sentence as one", () => {
    expect(parsePolaritas("makin rendah makin baik kecuali tahun 2020")).toBeNull();
    expect(parsePolaritas("baik")).toBeNull();
  });
});
