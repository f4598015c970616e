/** The title rows above a table (layout/title.ts). */
import { gridFromRows } from "../../../src/core/grid/gridBuilder";
import { readTitle } from "../../../src/core/layout/title";
import { CellReader } from "../../../src/core/layout/readCells";

test("words right of the table are no part of its title (fmt42 D6: a stray `x` was glued into the office's name)", () => {
  const far: (string | null)[] = Array.from({ length: 40 }, () => null);
  far[39] = "x";
  const grid = gridFromRows("TW IV 2022", [
    ["PENGUKURAN KINERJA DINAS KESEHATAN", ...far.slice(1)],
    ["KOTA PROBOLINGGO", null, null, null, "S/D TRIWULAN IV TAHUN 2022"],
    [],
    ["NO", "SASARAN", "INDIKATOR", "TARGET", "REALISASI", "PAGU"],
  ]);
  const title = readTitle(new CellReader(grid), 3);
  expect(title.title).toEqual(["PENGUKURAN KINERJA DINAS KESEHATAN", "KOTA PROBOLINGGO S/D TRIWULAN IV TAHUN 2022"]);
  expect([title.triwulan, title.tahun]).toEqual([4, 2022]);
});
