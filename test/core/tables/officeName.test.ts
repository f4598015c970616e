import { officeInTitle, pemdaInTitle } from "../../../src/core/layout/officeName";
import { officeLine } from "../../../src/core/tables/titleBlock";
import { buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { buildDataPendukungTemplate } from "../../../src/core/tables/dataPendukung";
import { seedModel } from "./factory";
import { sheet } from "./specHelpers";

describe("the office a source title names", () => {
  test.each([
    [
      ["PENGUKURAN KINERJA DINAS KESEHATAN KABUPATEN LUMAJANG", "S/D TRIWULAN IV TAHUN 2022"],
      "DINAS KESEHATAN KABUPATEN LUMAJANG",
    ],
    [
      ["PENGUKURAN KINERJA TRIWULAN III TAHUN 2023", "DINAS KESEHATAN KABUPATEN LUMAJANG"],
      "DINAS KESEHATAN KABUPATEN LUMAJANG",
    ],
    [["PENGUKURAN KINERJA KECAMATAN MAYANGAN TRIWULAN I TAHUN 2024"], "KECAMATAN MAYANGAN"],
    [
      ["Pengukuran Kinerja Badan Perencanaan Pembangunan Daerah, s.d. TW III 2023"],
      "Badan Perencanaan Pembangunan Daerah",
    ],
    [["PEMERINTAH KOTA PROBOLINGGO", "PENGUKURAN KINERJA SEKRETARIAT DPRD TA. 2023"], "SEKRETARIAT DPRD"],
    [["LAPORAN PENGUKURAN KINERJA", "PEMERINTAH KOTA PROBOLINGGO", "TAHUN 2022"], undefined],
    [["Sebagian besar target tercapai"], undefined],
    [[], undefined],
  ])("%j → %s", (title, expected) => {
    expect(officeInTitle(title)).toBe(expected);
  });
});

describe("the kabupaten, kota or provinsi a source title names", () => {
  test.each([
    [
      ["PENGUKURAN KINERJA DINAS KESEHATAN", "PEMERINTAH KOTA PROBOLINGGO", "S/D TRIWULAN IV TAHUN 2021"],
      "KOTA PROBOLINGGO",
    ],
    [["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN MARGALAYA"], "KABUPATEN MARGALAYA"],
    [["RENJA PERANGKAT DAERAH KABUPATEN MARGALAYA TAHUN 2025 TRIWULAN IV"], "KABUPATEN MARGALAYA"],
    [["PENGUKURAN KINERJA DINAS KESEHATAN KABUPATEN LUMAJANG TRIWULAN IV TAHUN 2022"], "KABUPATEN LUMAJANG"],
    [["Pemerintah Kota Bau-Bau"], "Kota Bau-Bau"],
    [["KOTA PROBOLINGGO PROVINSI JAWA TIMUR"], "KOTA PROBOLINGGO PROVINSI JAWA TIMUR"],
    // A label, the nomenclature's Kabupaten/Kota, a word without a name after it: none.
    [["Sasaran Pembangunan Tahunan Kota : Meningkatnya pertumbuhan ekonomi"], undefined],
    [["Pelayanan Antarkerja di Daerah Kabupaten/ Kota"], undefined],
    [["PENGUKURAN KINERJA DINAS KESEHATAN KOTA"], undefined],
    [[], undefined],
  ])("%j → %s", (title, expected) => {
    expect(pemdaInTitle(title)).toBe(expected);
  });

  it("follows the office in the title block, once", () => {
    expect(officeLine("Dinas Sosial", "KABUPATEN MARGALAYA")).toBe("Dinas Sosial KABUPATEN MARGALAYA");
    expect(officeLine("DINAS KESEHATAN KABUPATEN LUMAJANG", "Kabupaten  Lumajang")).toBe(
      "DINAS KESEHATAN KABUPATEN LUMAJANG",
    );
    expect(officeLine("", "KOTA PROBOLINGGO")).toBe("KOTA PROBOLINGGO");
    expect(officeLine("Dinas Sosial", undefined)).toBe("Dinas Sosial");
  });

  it("is not named twice when the office's name says it in short (print34 D4)", () => {
    expect(officeLine("Dinas Koperasi dan Usaha Mikro Kab. Contoh", "KABUPATEN CONTOH")).toBe(
      "Dinas Koperasi dan Usaha Mikro Kab. Contoh",
    );
    expect(officeLine("BAPPEDA PROV. JAWA TIMUR", "PROVINSI JAWA TIMUR")).toBe("BAPPEDA PROV. JAWA TIMUR");
    expect(officeLine("Dinas Kabupaten Contoh Baru", "KABUPATEN CONTOH")).toBe("Dinas Kabupaten Contoh Baru");
    // Another place's name is not this one's.
    expect(officeLine("Dinas Sosial Kab. Contohan", "KABUPATEN CONTOH")).toBe(
      "Dinas Sosial Kab. Contohan KABUPATEN CONTOH",
    );
  });
});

describe("the report of a Pengukuran Kinerja source without Data Pendukung", () => {
  it("carries the office its title names in the title block, the footer and Data Pendukung's prefill", () => {
    const m = seedModel();
    m.title = ["PENGUKURAN KINERJA DINAS KESEHATAN", "PEMERINTAH KOTA PROBOLINGGO", "S/D TRIWULAN IV TAHUN 2021"];
    const specs = buildLkjipSheets({ model: m, findings: [], dataPendukung: null });
    const bab2 = sheet(specs, "LKjIP Bab II");
    expect(bab2.print.footer).toContain("DINAS KESEHATAN");
    expect(bab2.cells.some((c) => c.cell.value === "DINAS KESEHATAN KOTA PROBOLINGGO")).toBe(true);
    const dp = buildDataPendukungTemplate(m);
    expect(dp.cells.some((c) => c.cell.value === "DINAS KESEHATAN" && c.cell.input === true)).toBe(true);
  });
});
