/**
 * Page lines of a print-ready copy (`Halaman 2 dari 3` centred across the table) are print furniture: no tujuan,
 * sasaran, indikator or budget row is made of them.
 */
import { analyseWorkbook } from "../../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { countModel } from "../../../src/core/model/counts";
import { isPageLineText } from "../../../src/core/layout/pageLines";
import { indikatorSheet, Value } from "../tables/indikatorSheet";

describe("page lines", () => {
  test("are told by their words, not by a number in a name", () => {
    for (const t of ["Halaman 2 dari 3", "HALAMAN 1 DARI 12", "Hal. 2", "hlm. 3/7", "- 4 -", "Page 2 of 5"])
      expect(isPageLineText(t)).toBe(true);
    for (const t of ["Halaman Utama Website", "Penyediaan 2 Unit", "2", "Hal ini", "Jumlah Halaman Dokumen 12"])
      expect(isPageLineText(t)).toBe(false);
  });

  test("inside a Pengukuran Kinerja table, merged across it (its text in every cell) or in the first cell only", () => {
    const data: Value[][] = [
      ["Meningkatnya akuntabilitas", "Persentase layanan", 20, 40, 60, 80, 82, 102.5, "PROGRAM PENUNJANG", 3000, 2800],
      ["", "", "", "", "", "", "", "", "Kegiatan: Perencanaan dan Evaluasi", 3000, 2800],
      Array.from({ length: 11 }, () => "Halaman 1 dari 2"),
      ["", "", "", "", "", "", "", "", "Sub Kegiatan: Penyusunan Dokumen Perencanaan", 2000, 1900],
      ["Halaman 2 dari 2"],
      ["", "", "", "", "", "", "", "", "Sub Kegiatan: Koordinasi dan Penyusunan RKA-SKPD", 1000, 900],
    ];
    const analysis = analyseWorkbook([indikatorSheet(data)]);
    const model = analysis.models[0] as PengukuranKinerjaModel;
    expect(countModel(model)).toMatchObject({ sasaran: 1, indikator: 1, program: 1, kegiatan: 1, subKegiatan: 2 });
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
