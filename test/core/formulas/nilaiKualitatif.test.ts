import { nilaiKualitatifOf, tercapaiKualitatif } from "../../../src/core/formulas/nilaiKualitatif";

const read = (text: string) => {
  const v = nilaiKualitatifOf(text);
  return v && `${v.skala}:${v.nilai}:${v.peringkat}`;
};

describe("a value on an ordered scale, as offices write it in a K cell", () => {
  test.each([
    ["BB", "predikat:BB:5"],
    ["AA", "predikat:AA:7"],
    ["D", "predikat:D:1"],
    ["Predikat BB", "predikat:BB:5"],
    ["BB (Sangat Baik)", "predikat:BB:5"],
    ["B - Baik", "predikat:B:4"],
    ["WTP", "opini:WTP:4"],
    ["Opini WTP", "opini:WTP:4"],
    ["Wajar Tanpa Pengecualian", "opini:WTP:4"],
    ["wdp", "opini:WDP:3"],
    ["Disclaimer", "opini:TMP:1"],
    ["Sangat Baik", "kategori:Sangat Baik:5"],
    ["Kurang Baik", "kategori:Kurang:2"],
    ["Tinggi", "tingkat:Tinggi:4"],
    ["Zona Hijau", "zona:Hijau:3"],
    ["Tercapai", "ketercapaian:Tercapai:2"],
    ["Ada", "ketersediaan:Ada:2"],
    ["Tersedia", "ketersediaan:Ada:2"],
    ["Belum tersedia", "ketersediaan:Tidak ada:1"],
    ["Belum tercapai", "ketercapaian:Tidak tercapai:1"],
  ])("%s is %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  test.each(["bb", "b", "E", "ABC", "Rp ?", "#####", "90-95", "12", "", "Baik sekali menurut kami", "tidak ada data"])(
    "%s is none (a lower-case letter is more likely a slip than a predikat)",
    (text) => {
      expect(nilaiKualitatifOf(text)).toBeNull();
    },
  );

  test("reached at or above the target on the same scale; on different scales nothing is said", () => {
    const v = (t: string) => nilaiKualitatifOf(t)!;
    expect(tercapaiKualitatif(v("B"), v("BB"))).toBe(false);
    expect(tercapaiKualitatif(v("A"), v("BB"))).toBe(true);
    expect(tercapaiKualitatif(v("WTP"), v("WTP"))).toBe(true);
    expect(tercapaiKualitatif(v("WDP"), v("WTP"))).toBe(false);
    expect(tercapaiKualitatif(v("Baik"), v("BB"))).toBeNull();
    expect(tercapaiKualitatif(v("Belum ada"), v("Ada"))).toBe(false);
  });
});
