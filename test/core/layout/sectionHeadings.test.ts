/**
 * A tujuan or a sasaran written as a heading across the table (`I. TUJUAN : …`, `A. Sasaran: …`, `SASARAN I : …`)
 * where the sheet has no column for it, or a sasaran named in the indikator column (`Sasaran: …` over `Indikator: …`).
 */
import { analyseWorkbook } from "../../../src/core/pipeline";
import { CellReader } from "../../../src/core/layout/readCells";
import { ColumnMap } from "../../../src/core/model/columns";
import { headingWords, sasaranInIndikatorColumn, sectionHeadingOf } from "../../../src/core/layout/sectionHeadings";
import { Grid } from "../../../src/core/grid/grid";

const oneCell = (text: string): Grid => ({
  name: "x",
  rowCount: 1,
  colCount: 1,
  cells: [[{ value: text }]],
  merges: [],
});
const level = (text: string, columns: ColumnMap) => sectionHeadingOf(new CellReader(oneCell(text)), 0, columns)?.level;

describe("section headings", () => {
  test("are told by the word tujuan or sasaran after an optional numbering and before a separator", () => {
    for (const t of [
      "I. TUJUAN : MENINGKATNYA DERAJAT KESEHATAN",
      "Tujuan 2: Meningkatnya tata kelola",
      "A. Tujuan - X",
    ])
      expect(level(t, { sasaran: 0 })).toBe("tujuan");
    for (const t of ["A. Sasaran: Meningkatnya gizi", "SASARAN I : MENINGKATNYA PELAYANAN", "Sasaran Strategis 2 - X"])
      expect(level(t, {})).toBe("sasaran");
    for (const t of ["Tujuan wisata yang dikembangkan", "Persentase tujuan tercapai", "Sasaran penerima bantuan"])
      expect(level(t, {})).toBeUndefined();
  });

  test("only where the sheet has no column for that level: with one, the row is the name in that column", () => {
    expect(level("A. Sasaran: Meningkatnya gizi", { sasaran: 0 })).toBeUndefined();
    expect(level("I. TUJUAN : X", { tujuan: 0 })).toBeUndefined();
    expect(sasaranInIndikatorColumn("Sasaran: Meningkatnya gizi", {})).toBe("Meningkatnya gizi");
    expect(sasaranInIndikatorColumn("Sasaran: Meningkatnya gizi", { sasaran: 2 })).toBeNull();
    expect(sasaranInIndikatorColumn("Persentase sasaran terlayani", {})).toBeNull();
  });

  test("a heading's own words, and the indikator a tujuan names in brackets", () => {
    expect(
      headingWords("tujuan", "I. TUJUAN : MENINGKATNYA DERAJAT KESEHATAN (Indikator: Usia Harapan Hidup)"),
    ).toEqual({
      name: "MENINGKATNYA DERAJAT KESEHATAN",
      indikatorTujuan: "Usia Harapan Hidup",
    });
    expect(headingWords("tujuan", "Tujuan 2: Meningkatnya tata kelola")).toEqual({ name: "Meningkatnya tata kelola" });
    expect(headingWords("sasaran", "SASARAN II : MENINGKATNYA STATUS GIZI")).toEqual({
      name: "MENINGKATNYA STATUS GIZI",
    });
  });
});

test("a sheet without a SASARAN column and without a sasaran heading is still no Pengukuran Kinerja table", () => {
  const rows = [
    ["INDIKATOR KINERJA", "TARGET TW IV", "REALISASI", "CAPAIAN", "PROGRAM / KEGIATAN", "PAGU", "REALISASI (Rp)"],
    ["Persentase layanan", 80, 80, 100, "PROGRAM PENUNJANG", 1000, 900],
  ];
  const grid: Grid = {
    name: "TW IV",
    rowCount: rows.length,
    colCount: rows[0].length,
    cells: rows.map((r) => r.map((value) => ({ value }))),
    merges: [],
  };
  const analysis = analyseWorkbook([grid]);
  expect(analysis.models).toEqual([]);
  expect(JSON.stringify(analysis.skipped)).toContain("SASARAN STRATEGIS");
});
