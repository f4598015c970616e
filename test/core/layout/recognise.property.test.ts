import fc from "fast-check";
import { CellRange, Grid, GridCell } from "../../../src/core/grid/grid";
import { recognise, RecognitionResult } from "../../../src/core/layout/recognise";
import { seedTw1 } from "./helpers/seedData";
import { buildSheet } from "./helpers/seedLayout";

const WORDS = [
  "NO",
  "TUJUAN",
  "SASARAN STRATEGIS",
  "INDIKATOR SASARAN",
  "FORMULASI",
  "TARGET",
  "TRW I",
  "TW II",
  "TRIWULAN III",
  "ANGGARAN KAS",
  "REALISASI %",
  "CAPAIAN (%)",
  "PROGRAM / KEGIATAN / SUB KEGIATAN",
  "PAGU",
  "KODE",
  "PROGRAM SATU",
  "2.18.03",
  "2.18.03.2.01 Kegiatan",
  "412.786.800,00",
  "-",
  "0,39%",
  "#####",
  "#DIV/0!",
  "JUMLAH",
  "Probolinggo, 30 Desember 2022",
  "NIP. 1974",
  "S/D TRIWULAN II TAHUN 2022",
  "1",
  "",
];

const value = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
);

const cell: fc.Arbitrary<GridCell | undefined> = fc.option(
  fc.record(
    {
      value,
      numFmt: fc.constantFrom("General", "0.00%", "#,##0", "0%", "@", '"Rp"#,##0;[Red]-#,##0'),
      text: fc.constantFrom("#####", "1,0", ""),
      bold: fc.boolean(),
      indent: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant(Number.NaN)),
    },
    { requiredKeys: ["value"] },
  ),
  { nil: undefined },
);

const merge: fc.Arbitrary<CellRange> = fc.record({
  top: fc.integer({ min: -2, max: 14 }),
  left: fc.integer({ min: -2, max: 10 }),
  bottom: fc.integer({ min: -2, max: 1_000_000 }),
  right: fc.integer({ min: -2, max: 12 }),
});

const grid: fc.Arbitrary<Grid> = fc
  .record({
    cells: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 14 }),
    merges: fc.array(merge, { maxLength: 6 }),
    extraRows: fc.integer({ min: -3, max: 3 }),
    extraCols: fc.integer({ min: -3, max: 3 }),
  })
  .map(({ cells, merges, extraRows, extraCols }) => ({
    name: "Acak",
    rowCount: Math.max(0, cells.length + extraRows),
    colCount: Math.max(0, cells.reduce((m, r) => Math.max(m, r.length), 0) + extraCols),
    cells,
    merges,
  }));

const HEADER_WORDS = [
  "NO",
  "TUJUAN",
  "SASARAN STRATEGIS",
  "INDIKATOR SASARAN",
  "FORMULASI",
  "TARGET TW I",
  "TARGET TW IV",
  "REALISASI %",
  "CAPAIAN %",
  "PROGRAM / KEGIATAN / SUB KEGIATAN",
  "PAGU",
  "KAS TW I",
  "KAS TW II",
  "REALISASI (Rp)",
  "CAPAIAN (%)",
  "KODE",
];

/** Random body under a header made of a random selection of header words at a random row. */
const gridWithHeader: fc.Arbitrary<Grid> = fc
  .record({
    above: fc.integer({ min: 0, max: 3 }),
    header: fc.shuffledSubarray(HEADER_WORDS, { minLength: 3 }),
    body: fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 12 }),
    merges: fc.array(merge, { maxLength: 4 }),
  })
  .map(({ above, header, body, merges }) => {
    const cells: (GridCell | undefined)[][] = [
      ...Array.from({ length: above }, () => []),
      header.map((w) => ({ value: w })),
      ...body,
    ];
    return { name: "Acak", rowCount: cells.length, colCount: 16, cells, merges };
  });

function wellFormed(result: RecognitionResult): boolean {
  if (result.model === null)
    return Array.isArray(result.missingHeaders) && typeof result.reason === "string" && result.reason !== "";
  return result.model.findings.every((f) => /^[A-Z]{1,3}[0-9]+$/.test(f.cell) && f.message.startsWith(`Sel ${f.cell}`));
}

describe("recognise never throws", () => {
  test("on arbitrary small grids with random strings, numbers and merges", () => {
    fc.assert(
      fc.property(grid, (g) => wellFormed(recognise(g))),
      { numRuns: 400 },
    );
  });

  test("on random bodies under a random header, and recognises some of them", () => {
    let models = 0;
    fc.assert(
      fc.property(gridWithHeader, (g) => {
        const result = recognise(g);
        if (result.model) models++;
        return wellFormed(result);
      }),
      { numRuns: 400 },
    );
    expect(models).toBeGreaterThan(0);
  });

  test("on the seed sheet with random data cells replaced and random merges added; the table is still found", () => {
    const built = buildSheet(seedTw1().tujuan.slice(0, 2));
    const rows = built.lastDataRow - built.firstDataRow + 1;
    const change = fc.record({
      row: fc.integer({ min: 0, max: rows - 1 }),
      col: fc.integer({ min: 0, max: 19 }),
      cell,
    });
    const extraMerge = fc.record({
      top: fc.integer({ min: built.firstDataRow, max: built.lastDataRow }),
      left: fc.integer({ min: 0, max: 19 }),
      height: fc.integer({ min: 0, max: 5 }),
      width: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 25 }), fc.array(extraMerge, { maxLength: 4 }), (changes, merges) => {
        const g: Grid = { ...built.grid, cells: built.grid.cells.map((r) => [...r]), merges: [...built.grid.merges] };
        for (const c of changes) g.cells[built.firstDataRow + c.row][c.col] = c.cell;
        for (const m of merges)
          g.merges.push({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width });
        const result = recognise(g);
        return result.model !== null && wellFormed(result);
      }),
      { numRuns: 150 },
    );
  });
});
