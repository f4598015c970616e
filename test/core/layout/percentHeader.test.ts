/** A column headed `%` alone beside the budget's REALISASI is its capaian anggaran, and is checked as one. */
import { analyseWorkbook } from "../../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { Grid, GridCell } from "../../../src/core/grid/grid";

function sheet(capaian: number): Grid {
  const rows: (string | number | null)[][] = [
    ["PENGUKURAN KINERJA TRIWULAN IV TAHUN 2023"],
    [],
    ["SASARAN", "INDIKATOR", "TARGET TW IV", "REALISASI", "CAPAIAN", "PROGRAM/KEGIATAN", "PAGU", "REALISASI (Rp)", "%"],
    ["Meningkatnya akuntabilitas", "Persentase dokumen", 100, 96, 96, "PROGRAM SATU", 3000000, 2100000, capaian],
    ["", "", null, null, null, "Kegiatan Satu", 3000000, 2100000, 70],
  ];
  const cells = rows.map((r) =>
    r.map((v): GridCell | undefined => (v === null || v === "" ? undefined : { value: v })),
  );
  return { name: "TW IV 2023", rowCount: rows.length, colCount: 9, cells, merges: [] };
}

describe("a column headed % alone", () => {
  test("beside REALISASI (Rp) is the capaian anggaran: read, and a wrong one found", () => {
    const right = analyseWorkbook([sheet(70)]);
    const model = right.models[0] as PengukuranKinerjaModel;
    expect(model.columns.capaianAnggaran).toBe(8);
    expect(right.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const wrong = analyseWorkbook([sheet(7)]).findings.filter((f) => f.severity !== "info");
    expect(wrong.map((f) => [f.rule, f.cell])).toEqual([["capaian-anggaran-mismatch", "I4"]]);
  });
});
