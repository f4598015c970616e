import { BudgetRowDraft } from "../../../src/core/layout/drafts";
import { sumExtents, withSumExtents } from "../../../src/core/layout/sumExtents";

/** Rows 4… of a sheet (0-based 3…), each with its money formulas by column key. */
function block(formulas: (Record<string, string> | undefined)[]): BudgetRowDraft[] {
  return formulas.map(
    (f, i) => ({ row: 3 + i, name: `Baris ${i}`, ...(f ? { formulas: f } : {}) }) as unknown as BudgetRowDraft,
  );
}

describe("sumExtents: how many rows right under a row its SUMs take in", () => {
  test("the majority of its formulas, at least two, decides; one short range is outvoted", () => {
    const rows = block([
      { pagu: "SUM(H5:H6)", kas1: "SUM(I5:I7)", kas2: "SUM(J5:J7)", realisasiAnggaran: "SUM(K5:K7)" },
      undefined,
      undefined,
      undefined,
    ]);
    expect(sumExtents(rows)).toEqual([3, null, null, null]);
  });

  test("one formula alone, a tie, or a range taking in the row itself decide nothing", () => {
    expect(sumExtents(block([{ pagu: "SUM(H5:H6)" }, undefined, undefined]))[0]).toBeNull();
    expect(
      sumExtents(block([{ pagu: "SUM(H5:H6)", kas1: "SUM(I5:I7)" }, undefined, undefined, undefined]))[0],
    ).toBeNull();
    // Row 4 (0-based 3) itself taken in: not a sum over the rows under it.
    expect(sumExtents(block([{ pagu: "SUM(H4:H6)", kas1: "SUM(I4:I6)" }, undefined, undefined]))[0]).toBeNull();
    // References joined by + add up as a SUM does, and say as much.
    expect(sumExtents(block([{ pagu: "H5+H6", kas1: "I5+I6" }, undefined, undefined]))[0]).toBe(2);
  });

  test("the constraints: the head heads, its rows do not, the next row does; a coded kegiatan inside wins", () => {
    const canStart = [true, true, true, true, true];
    const mustStart = [false, false, false, false, false];
    withSumExtents([2, null, null, null, null], canStart, mustStart);
    expect([canStart, mustStart]).toEqual([
      [true, false, false, true, true],
      [true, false, false, true, false],
    ]);
    const coded = [false, false, true, false];
    const may = [true, true, true, true];
    withSumExtents([3, null, null, null], may, coded);
    expect([may, coded]).toEqual([
      [true, true, true, true],
      [false, false, true, false],
    ]);
  });
});
