import { officeInTitle } from "../../../src/core/layout/officeName";
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

describe("the report of a Pengukuran Kinerja source without Data Pendukung", () => {
  it("carries the office its title names in the title block, the footer and Data Pendukung's prefill", () => {
    const m = seedModel();
    m.title = ["PENGUKURAN KINERJA DINAS KESEHATAN", "PEMERINTAH KOTA PROBOLINGGO", "S/D TRIWULAN IV TAHUN 2021"];
    const specs = buildLkjipSheets({ model: m, findings: [], dataPendukung: null });
    const bab2 = sheet(specs, "LKjIP Bab II");
    expect(bab2.print.footer).toContain("DINAS KESEHATAN");
    expect(bab2.cells.some((c) => c.cell.value === "DINAS KESEHATAN")).toBe(true);
    const dp = buildDataPendukungTemplate(m);
    expect(dp.cells.some((c) => c.cell.value === "DINAS KESEHATAN" && c.cell.input === true)).toBe(true);
  });
});
