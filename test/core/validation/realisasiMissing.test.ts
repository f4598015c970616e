/**
 * Realisasi nowhere to be read must not pass for a clean sheet: a header without any realisasi column, and a sheet
 * whose realisasi columns are all empty, are each said once.
 */
import { analyseWorkbook } from "../../../src/core/pipeline";
import { Grid } from "../../../src/core/grid/grid";

function grid(rows: (string | number)[][]): Grid {
  return {
    name: "TW III 2024",
    rowCount: rows.length,
    colCount: Math.max(...rows.map((r) => r.length)),
    cells: rows.map((r) => r.map((v) => (v === "" ? undefined : { value: v }))),
    merges: [],
  };
}

const TITLE = ["PENGUKURAN KINERJA S/D TRIWULAN III TAHUN 2024"];

test("a header without any realisasi column: said once at the header, no finding per row", () => {
  const analysis = analyseWorkbook([
    grid([
      TITLE,
      ["SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET TW III", "PROGRAM / KEGIATAN", "PAGU"],
      ["Meningkatnya layanan", "Persentase layanan", 80, "PROGRAM PENUNJANG", 1000],
      ["", "", "", "Kegiatan: Administrasi Umum", 1000],
    ]),
  ]);
  expect(analysis.models).toHaveLength(1);
  expect(analysis.findings.map((f) => [f.severity, f.messageKey, f.cell])).toEqual([
    ["warning", "missing-value.realisasi-columns", "A2"],
  ]);
});

test("realisasi columns all empty: one warning at the first program's realisasi, instead of one per row", () => {
  const header = [
    "SASARAN STRATEGIS",
    "INDIKATOR SASARAN",
    "TARGET TW III",
    "REALISASI",
    "PROGRAM / KEGIATAN",
    "PAGU",
    "REALISASI (Rp)",
  ];
  const empty = analyseWorkbook([
    grid([
      TITLE,
      header,
      ["Meningkatnya layanan", "Persentase layanan", 80, "", "PROGRAM PENUNJANG", 1000, ""],
      ["", "", "", "", "Kegiatan: Administrasi Umum", 1000, ""],
    ]),
  ]);
  expect(empty.findings.map((f) => [f.messageKey, f.cell])).toEqual([["missing-value.no-realisasi", "G3"]]);
  // One realisasi written: every other empty one is its own finding, as before.
  const partly = analyseWorkbook([
    grid([
      TITLE,
      header,
      ["Meningkatnya layanan", "Persentase layanan", 80, 75, "PROGRAM PENUNJANG", 1000, ""],
      ["", "", "", "", "Kegiatan: Administrasi Umum", 1000, ""],
    ]),
  ]);
  expect(partly.findings.filter((f) => f.messageKey === "missing-value.realisasi-anggaran").map((f) => f.cell)).toEqual(
    ["G3", "G4"],
  );
});
