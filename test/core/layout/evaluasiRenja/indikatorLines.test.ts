import { gridFromRows } from "../../../../src/core/grid/gridBuilder";
import { CellReader } from "../../../../src/core/layout/readCells";
import { indikatorLineCount, lineOfRow } from "../../../../src/core/layout/evaluasiRenja/indikatorLines";

/** Indikator in column 1, satuan in 2, K figures in 3 and 4, Rp in 5. */
const FIGURES = [3, 4];
function count(row: (string | number | null)[]): number {
  return indikatorLineCount(new CellReader(gridFromRows("Renja", [row])), 0, 1, FIGURES);
}

describe("how many indikator a row writes one per line", () => {
  test("as many as the name's lines when every K cell with content has as many", () => {
    expect(count(["1.01.02", "APM SD\nAPM SMP\nAPM SMA", "%\n%\n%", "90\n75\n85", "59,61\n72,30\n58,76", 1000])).toBe(
      3,
    );
    // An empty K cell says nothing either way; a satuan written once is for all of them.
    expect(count(["1.01.02", "APM SD\nAPM SMP", "%", "90\n75", null, 1000])).toBe(2);
  });

  test("one when the name is one indikator wrapped by hand beside figures of one line", () => {
    expect(count(["1.01.02", "Persentase sekolah\nyang terakreditasi", "%", 90, "85,5", 1000])).toBe(1);
    expect(count(["1.01.02", "Persentase sekolah\nyang terakreditasi", "%", "90", "85,5", 1000])).toBe(1);
  });

  test("one when the K cells hold another number of lines than the name (no guess which goes with which)", () => {
    expect(count(["1.01.02", "APM SD\nAPM SMP\nAPM SMA", "%", "90\n75", "59,61\n72,30", 1000])).toBe(1);
    expect(count(["1.01.02", "APM SD\nAPM SMP", "%", "90\n75", 72.3, 1000])).toBe(1);
  });

  test("a line of the row shows that line of every cell of as many lines, the rest as it is, at the same address", () => {
    const grid = gridFromRows("Renja", [["1.01.02", "APM SD\nAPM SMP\n", "%", "90\n75", "59,61\n72,30", 1000]]);
    const second = lineOfRow(grid, 0, 1, 2);
    expect(second.cells[0].map((c) => c?.value)).toEqual(["1.01.02", "APM SMP", "%", "75", "72,30", 1000]);
    expect(grid.cells[0][1]?.value).toBe("APM SD\nAPM SMP\n");
  });
});
