import { CellRange, Grid, GridCell } from "../../src/core/grid/grid";

/** A Grid as a list of its non-empty cells, so grids compare regardless of how their row arrays are padded. */
export function gridContent(grid: Grid): {
  name: string;
  rowCount: number;
  colCount: number;
  cells: { row: number; col: number; cell: GridCell }[];
  merges: CellRange[];
} {
  const cells: { row: number; col: number; cell: GridCell }[] = [];
  grid.cells.forEach((line, row) =>
    line?.forEach((cell, col) => {
      if (cell && !(cell.value === null && cell.formula === undefined)) cells.push({ row, col, cell });
    }),
  );
  const merges = [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { name: grid.name, rowCount: grid.rowCount, colCount: grid.colCount, cells, merges };
}

const HEADERS = [
  "NO",
  "TUJUAN",
  "INDIKATOR TUJUAN",
  "SASARAN STRATEGIS",
  "INDIKATOR SASARAN",
  "FORMULASI",
  "TRW I",
  "TRW II",
  "TRW III",
  "TRW IV",
  "REALISASI %",
  "CAPAIAN %",
  "PROGRAM / KEGIATAN / SUB KEGIATAN",
  "PAGU",
  "TRIWULAN I",
  "TRIWULAN II",
  "TRIWULAN III",
  "TRIWULAN IV",
  "REALISASI (Rp)",
  "CAPAIAN (%)",
];

/**
 * A Pengukuran Kinerja sheet of `rows` data rows shaped like the seed (20 columns): a merged title and header, a
 * row of column numbers, then every 20th row an indikator (text in the sasaran columns, percentages) and on every
 * row a program (bold), kegiatan or sub kegiatan (indented) with pagu, anggaran kas and realisasi.
 */
export function pengukuranSheet(name: string, rows: number, columns = 20): Grid {
  const cells: (GridCell | undefined)[][] = [];
  const title: GridCell = { value: "PENGUKURAN KINERJA S/D TRIWULAN IV TAHUN 2022", bold: true };
  cells.push([title]);
  cells.push(HEADERS.slice(0, columns).map((h) => ({ value: h, bold: true })));
  cells.push(HEADERS.slice(0, columns).map((_, i) => ({ value: i + 1 })));
  for (let i = 0; i < rows; i++) {
    const line: (GridCell | undefined)[] = [];
    const level = i % 3;
    if (i % 20 === 0) {
      line[0] = { value: i / 20 + 1 };
      for (let c = 1; c <= 5; c++) line[c] = { value: `Sasaran ${i / 20 + 1} kolom ${c}` };
      for (let c = 6; c <= 11; c++) line[c] = { value: 0.8417 + c / 1000, numFmt: "0.00%" };
    }
    line[12] = {
      value: `${["PROGRAM", "Kegiatan", "Sub Kegiatan"][level]} nomor ${i + 1}`,
      ...(level === 0 ? { bold: true } : { indent: level }),
    };
    line[13] = { value: 55_599_900 + i, numFmt: "#,##0.00" };
    for (let c = 14; c <= 17; c++) line[c] = { value: 13_899_975 + c, numFmt: "#,##0" };
    line[18] = { value: 41_392_050 + i };
    line[19] = { value: 16.81, numFmt: "0.00" };
    cells.push(line.slice(0, columns));
  }
  const merges: CellRange[] = [{ top: 0, left: 0, bottom: 0, right: columns - 1 }];
  return { name, rowCount: cells.length, colCount: columns, cells, merges };
}

/**
 * Assert two grids hold the same content. Large grids are compared as JSON (jest's deep equality is slow on
 * hundreds of thousands of cells); on a difference the first differing cell is reported.
 */
export function expectSameContent(actual: Grid, expected: Grid): void {
  const a = gridContent(actual);
  const e = gridContent(expected);
  if (JSON.stringify(a) === JSON.stringify(e)) return;
  const { cells: ac, ...aRest } = a;
  const { cells: ec, ...eRest } = e;
  expect(aRest).toEqual(eRest);
  const i = ac.findIndex((c, k) => JSON.stringify(c) !== JSON.stringify(ec[k]));
  expect({ index: i, cell: ac[i] }).toEqual({ index: i, cell: ec[i] });
  expect(ac.length).toBe(ec.length);
}
