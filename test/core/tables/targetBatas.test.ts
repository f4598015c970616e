/**
 * A target written as a bound (`≥ 80`, `maks. 5`), as Renstra and IKU documents set many: its number is the target,
 * not text that could not be read; `≤` says less is better (polaritas negatif) where nothing else says it; a bound
 * met stated at 100% is a reading offices use and no mismatch; the tables print the target as written.
 */
import { Grid } from "../../../src/core/grid/grid";
import { indikatorSheet, pct, Value } from "./indikatorSheet";
import { analyseWorkbook, generateLkjip } from "../../../src/core/pipeline";
import { recognise } from "../../../src/core/layout/recognise";
import { modelToJson, PengukuranKinerjaJson } from "../../../src/core/model/toJson";
import { pkModel } from "../layout/helpers/pkModel";
import { cellOf, evaluateCell } from "./formulaEval";
import { sheet, table } from "./specHelpers";

/** `≥ 80%` met by 85%, and `≤ 5` (kasus) met by 4, with their stated capaian. */
function boundSheet(capaianMin: number, capaianMaks: number | null): Grid {
  return indikatorSheet([
    ["Meningkatnya layanan", "Persentase layanan tepat waktu", "", "", "", "≥ 80%", pct(0.85), pct(capaianMin)],
    [
      "",
      "Jumlah pengaduan yang terlambat ditangani",
      "",
      "",
      "",
      "≤ 5",
      4,
      capaianMaks === null ? null : pct(capaianMaks),
    ],
    ["", "", "", "", "", "", "", "", "PROGRAM SATU", 1000, 800],
  ]);
}

const serious = (grid: Grid) =>
  analyseWorkbook([grid])
    .findings.filter((f) => f.severity !== "info")
    .map((f) => [f.messageKey, f.cell, f.expected, f.actual]);

describe("a target written as a bound", () => {
  test("its number is the target; inspect shows it as written", () => {
    const m = pkModel(recognise(boundSheet(1.0625, 1.2)));
    const [min, maks] = m.tujuan[0].sasaran[0].indikator;
    expect(min.target[3]?.value.toNumber()).toBe(80);
    expect(maks.target[3]?.value.toNumber()).toBe(5);
    expect(min.unreadable).toBeUndefined();
    const json = modelToJson(m) as PengukuranKinerjaJson;
    expect(json.tujuan[0].sasaran[0].indikator.map((i) => i.targetBatas?.[3])).toEqual(["≥ 80%", "≤ 5"]);
  });

  test("85% against ≥ 80% is 106,25% or, as a bound met, 100%; 4 against ≤ 5 is measured negatif (120%)", () => {
    expect(serious(boundSheet(1.0625, 1.2))).toEqual([]);
    expect(serious(boundSheet(1, 1.2))).toEqual([]);
    // 95% for 85% against ≥ 80%: neither reading.
    expect(serious(boundSheet(0.95, 1.2))).toEqual([["capaian-kinerja-mismatch", "H5", 106.25, 95]]);
  });

  test("the tables print the bound as written and measure against its number, negatif for `≤`", () => {
    // No stated capaian for `≤ 5`: the bound alone says less is better.
    const result = generateLkjip([boundSheet(1.0625, null)]);
    if (!result.source) throw new Error("no source");
    const ss = sheet(result.specs, "LKjIP SS I");
    const t = table(ss, "3.1");
    const rows = [t.firstData, t.firstData + 1];
    expect(rows.map((r) => cellOf(ss, r, 2)?.value)).toEqual(["≥ 80%", "≤ 5"]);
    expect(rows.map((r) => cellOf(ss, r, 4)?.result)).toEqual([1.0625, 1.2]);
    rows.forEach((r) => expect(evaluateCell(ss, r, 4)).toBeCloseTo(cellOf(ss, r, 4)?.result as number, 10));
    const dp = result.specs.find((s) => s.kind === "data-pendukung")!;
    const row = dp.cells.find((c) => c.cell.value === "Jumlah pengaduan yang terlambat ditangani")!.row;
    expect(dp.cells.filter((c) => c.row === row).map((c) => c.cell.value)).toContain("negatif");
  });
});
