/**
 * Figures typed in percent points under a format that only adds the sign (`0"%"`, `0.00"%"`: 95 shown as 95%), as
 * offices format a column when they do not want Excel's ×100: a percentage all the same, printed as one.
 */
import { GridCell } from "../../../src/core/grid/grid";
import { isPercentFormat, isPercentSignFormat } from "../../../src/core/numbers/parseNumber";
import { recognise } from "../../../src/core/layout/recognise";
import { generateLkjip } from "../../../src/core/pipeline";
import { pkModel } from "../layout/helpers/pkModel";
import { indikatorSheet } from "./indikatorSheet";
import { cellOf, evaluateCell } from "./formulaEval";
import { sheet, table } from "./specHelpers";

const points = (v: number, numFmt: string): GridCell => ({ value: v, numFmt });

describe("a % the format adds to percent points", () => {
  test("formats that add the sign without scaling", () => {
    for (const f of ['0"%"', '0.00"%"', "0.00\\%", '0" %"']) {
      expect(isPercentSignFormat(f)).toBe(true);
      expect(isPercentFormat(f)).toBe(false);
    }
    for (const f of ["0.00%", "#,##0", '"Rp"#,##0', "General", undefined]) expect(isPercentSignFormat(f)).toBe(false);
  });

  test("the indikator is a percentage: its points are its value, the tables print them with %", () => {
    const grid = indikatorSheet([
      [
        "Meningkatnya kesehatan ibu",
        "Persentase ibu hamil mendapat pelayanan sesuai standar",
        points(95, '0"%"'),
        points(95, '0"%"'),
        points(95, '0"%"'),
        points(95, '0"%"'),
        points(90.25, '0.00"%"'),
        points(95, '0.00"%"'),
      ],
      ["", "", "", "", "", "", "", "", "PROGRAM SATU", 1000, 800],
    ]);
    const ind = pkModel(recognise(grid)).tujuan[0].sasaran[0].indikator[0];
    expect(ind.persen).toBe(true);
    expect(ind.target[3]?.value.toNumber()).toBe(95);
    expect(ind.realisasi?.value.toNumber()).toBe(90.25);
    const result = generateLkjip([grid]);
    if (!result.source) throw new Error("no source");
    const ss = sheet(result.specs, "LKjIP SS I");
    const t = table(ss, "3.1");
    const r = t.firstData;
    expect(cellOf(ss, r, 2)).toMatchObject({ value: 0.95 });
    expect(cellOf(ss, r, 2)?.numFmt).toContain("%");
    expect(cellOf(ss, r, 3)).toMatchObject({ value: 0.9025 });
    expect(cellOf(ss, r, 3)?.numFmt).toContain("%");
    expect(evaluateCell(ss, r, 4)).toBeCloseTo(0.95, 10);
  });
});
