import { isCountIndikator } from "../../../src/core/formulas/satuan";

describe("which satuan count things (their quarters add up to the year)", () => {
  test.each([
    ["Dokumen", true],
    ["Usulan", true],
    ["Orang/bulan", true],
    ["Berita Acara", true],
    ["Laporan", true],
    ["Kali Pertemuan", true],
    ["%", false],
    ["Persen", false],
    ["Indeks", false],
    ["Nilai", false],
    ["Predikat", false],
    ["satuan yang tidak dikenal", false],
  ])("%s → %s", (satuan, count) => {
    expect(isCountIndikator({ satuan, name: "Jumlah usulan yang ditindaklanjuti" })).toBe(count);
  });

  test("an indikator named as a rate is no count, whatever its satuan", () => {
    expect(isCountIndikator({ satuan: "Dokumen", name: "Persentase dokumen yang tepat waktu" })).toBe(false);
  });
});
