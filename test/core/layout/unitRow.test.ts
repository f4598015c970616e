/**
 * A row of units under the header (`%/satuan | % | (Rp)`), with or without the row of column numbers, before or
 * after it: header, never a data row (it was read as a row with numbers and no name, and its `%` as unreadable).
 */
import { Grid, GridCell } from "../../../src/core/grid/grid";
import { recognise } from "../../../src/core/layout/recognise";
import { validate } from "../../../src/core/validation/validate";
import { pkModel } from "./helpers/pkModel";

type Value = string | number | null;
const HEADER: Value[][] = [
  ["PENGUKURAN KINERJA S/D TRIWULAN IV TAHUN 2023 (dalam ribuan rupiah)"],
  [],
  ["SASARAN", "INDIKATOR", "TARGET", "REALISASI", "CAPAIAN", "URAIAN", "PAGU", "REALISASI"],
];
const UNITS: Value[] = ["", "", "%/satuan", "%/satuan", "%", "", "(Rp)", "(Rp)"];
const NUMBERS: Value[] = [1, 2, 3, 4, 5, 6, 7, 8];
const DATA: Value[][] = [
  ["Sasaran satu", "Indikator satu", 80, 80, 100, "PROGRAM SATU", 1000, 800],
  ["", "", "", "", "", "Kegiatan Satu", 1000, 800],
  ["", "", "", "", "", "Sub Kegiatan Satu", 1000, 800],
];

function gridOf(rows: Value[][]): Grid {
  const cells = rows.map((r) =>
    r.map((v): GridCell | undefined => (v === null || v === "" ? undefined : { value: v })),
  );
  return { name: "TW IV 2023", rowCount: rows.length, colCount: 8, cells, merges: [] };
}

describe("a row of units under the header", () => {
  test.each([
    ["alone", [UNITS]],
    ["above the column numbers", [UNITS, NUMBERS]],
    ["under the column numbers", [NUMBERS, UNITS]],
  ])("%s: the data start after it, and nothing is found on a correct sheet", (_what, under) => {
    const m = pkModel(recognise(gridOf([...HEADER, ...(under as Value[][]), ...DATA])));
    expect(m.dataRows[0]).toBe(HEADER.length + under.length);
    expect(m.tujuan[0].sasaran[0].program.map((p) => p.name)).toEqual(["PROGRAM SATU"]);
    expect(validate([m]).filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("the Rupiah unit a title states is still read (×1000)", () => {
    const m = pkModel(recognise(gridOf([...HEADER, UNITS, ...DATA])));
    expect(m.rupiahUnit?.factor).toBe(1000);
    expect(m.tujuan[0].sasaran[0].program[0].pagu?.value.toNumber()).toBe(1_000_000);
  });
});
