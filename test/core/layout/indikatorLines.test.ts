import { gridFromRows } from "../../../src/core/grid/gridBuilder";
import { CellReader } from "../../../src/core/layout/readCells";
import { indikatorLineCount, lineOfRow } from "../../../src/core/layout/indikatorLines";
import { analyseWorkbook } from "../../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { indikatorSheet } from "../tables/indikatorSheet";

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

describe("a Pengukuran Kinerja sheet with two indikator of a sasaran in one row, one per line", () => {
  function analysed(capaian: string) {
    const grid = indikatorSheet([
      [
        "Meningkatnya layanan",
        "Persentase A\nPersentase B",
        "80\n90",
        "80\n90",
        "80\n90",
        "80\n90",
        "72\n90",
        capaian,
        "PROGRAM SATU",
        1000,
        800,
      ],
      ["", "Persentase C", 70, 70, 70, 70, 70, 100, "Kegiatan Satu", 1000, 800],
    ]);
    const analysis = analyseWorkbook([grid]);
    return { analysis, model: analysis.models[0] as PengukuranKinerjaModel };
  }

  test("reads each line as an indikator with its own figures, at the row's cells (six unreadable-value before)", () => {
    const { analysis, model } = analysed("90\n100");
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const indikator = model.tujuan[0].sasaran[0].indikator;
    expect(indikator.map((i) => [i.name, i.cell, i.line, i.target[3]?.value.toNumber(), i.realisasi?.cell])).toEqual([
      ["Persentase A", "B5", 1, 80, "G5"],
      ["Persentase B", "B5", 2, 90, "G5"],
      ["Persentase C", "B6", undefined, 70, "G6"],
    ]);
  });

  test("finds a wrong capaian on one line", () => {
    const { analysis } = analysed("90\n95");
    const serious = analysis.findings.filter((f) => f.severity !== "info");
    expect(serious.map((f) => [f.rule, f.cell])).toEqual([["capaian-kinerja-mismatch", "H5"]]);
    expect(serious[0].message).toContain("95");
  });
});
