import path from "node:path";
import { Grid } from "../../../src/core/grid/grid";
import { recognise } from "../../../src/core/layout/recognise";
import { stackedBlocks } from "../../../src/core/layout/stackedTables";
import { analyseWorkbook } from "../../../src/core/pipeline";
import { countModel } from "../../../src/core/model/counts";
import { gridsOf } from "../../file/gridsOf";

const SAMPLES = path.join(__dirname, "..", "..", "..", "assets", "samples");

/** The grid with its values only: formulas pasted elsewhere would point at other rows. */
function valuesOnly(grid: Grid): Grid {
  return {
    ...grid,
    cells: grid.cells.map((row) => (row ?? []).map((c) => (c ? { ...c, formula: undefined } : c))),
  };
}

/** `lower` pasted under `upper` in one sheet, three blank rows between (addresses of `lower` shift down). */
function stacked(upper: Grid, lower: Grid, name = "Tahun 2022"): { grid: Grid; offset: number } {
  const offset = upper.rowCount + 3;
  const cells = [
    ...valuesOnly(upper).cells,
    ...Array.from({ length: offset - upper.cells.length }, () => []),
    ...valuesOnly(lower).cells,
  ];
  const merges = [
    ...upper.merges,
    ...lower.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })),
  ];
  const grid = {
    name,
    rowCount: offset + lower.rowCount,
    colCount: Math.max(upper.colCount, lower.colCount),
    cells,
    merges,
  };
  return { grid, offset };
}

describe("tables of several periods stacked in one sheet", () => {
  let tw1: Grid;
  let tw4: Grid;
  let er1: Grid;
  let er4: Grid;
  beforeAll(async () => {
    [tw1, tw4] = await gridsOf(path.join(SAMPLES, "pengukuran-kinerja-2022.xlsx"));
    [er1, er4] = await gridsOf(path.join(SAMPLES, "evaluasi-renja-2022.xlsx"));
  });

  test.each([
    ["Pengukuran Kinerja", () => [tw1, tw4]],
    ["Evaluasi Renja", () => [er1, er4]],
  ])("%s: the latest table is read alone, at its own rows, and the others are said", (_family, sheets) => {
    const [first, latest] = sheets() as [Grid, Grid];
    const { grid, offset } = stacked(first, latest);
    const alone = recognise({ ...valuesOnly(latest), name: "Tahun 2022" }).model!;
    const read = recognise(grid).model!;
    expect(read.triwulan).toBe(4);
    expect(countModel(read)).toEqual(countModel(alone));
    expect(read.headerRows).toEqual([alone.headerRows[0] + offset, alone.headerRows[1] + offset]);
    expect(read.stackedTables?.map((t) => [t.triwulan, t.read])).toEqual([
      [1, false],
      [4, true],
    ]);
    const findings = analyseWorkbook([grid]).findings;
    const stackedFinding = findings.filter((f) => f.rule === "stacked-tables");
    expect(stackedFinding).toHaveLength(1);
    expect(stackedFinding[0].message).toMatch(/memuat 2 tabel dari periode berbeda.*terbaru, TW IV 2022 \(mulai baris/);
    // No finding compares the two tables' figures: each finding lies in the table read.
    const aloneFindings = analyseWorkbook([{ ...valuesOnly(latest), name: "Tahun 2022" }]).findings;
    expect(findings.length).toBe(aloneFindings.length + 1);
  });

  test("a header repeated for printing, or a table of the same period pasted again, is one table", () => {
    expect(
      stackedBlocks(stacked(tw4, tw4).grid, recognise(tw4).model!.headerRows, { triwulan: 4, tahun: 2022 }),
    ).toEqual([]);
    const model = recognise(tw4).model!;
    expect(model.stackedTables).toBeUndefined();
  });
});
