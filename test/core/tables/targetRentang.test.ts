/**
 * A target written as a range (`90-95` in the target cells), as some offices set it: read as a range, not as text
 * that could not be read; capaian measured as DOMAIN.md says (inside 100%, outside against the nearer end) by
 * validate and in the tables alike, where the target prints as the range.
 */
import { Grid } from "../../../src/core/grid/grid";
import { indikatorSheet, pct, Value } from "./indikatorSheet";
import { analyseWorkbook, generateLkjip } from "../../../src/core/pipeline";
import { recognise } from "../../../src/core/layout/recognise";
import { modelToJson } from "../../../src/core/model/toJson";
import { pkModel } from "../layout/helpers/pkModel";
import { cellOf, evaluateCell } from "./formulaEval";
import { sheet, table } from "./specHelpers";

/** Three indikator under one sasaran: targets as ranges, realisasi inside, below and above them. */
function rangeSheet(capaianAbove: number): Grid {
  return indikatorSheet([
    [
      "Meningkatnya layanan",
      "Persentase A",
      "90-95",
      "90-95",
      "90-95",
      "90-95",
      pct(0.925),
      pct(1),
      "PROGRAM SATU",
      1000,
      800,
    ],
    [
      "",
      "Persentase B",
      "80 - 90%",
      "80 - 90%",
      "80 - 90%",
      "80 - 90%",
      pct(0.768),
      pct(0.96),
      "Kegiatan Satu",
      1000,
      800,
    ],
    [
      "",
      "Persentase C",
      "80 s/d 90",
      "80 s/d 90",
      "80 s/d 90",
      "80 s/d 90",
      pct(0.95),
      pct(capaianAbove),
      "Sub Kegiatan Satu",
      1000,
      800,
    ],
  ]);
}

describe("a target written as a range", () => {
  test("is read as its two ends, with no unreadable-value and no missing target", () => {
    const m = pkModel(recognise(rangeSheet(1.0556)));
    const ind = m.tujuan[0].sasaran[0].indikator;
    expect(ind.map((i) => i.target)).toEqual([Array(4).fill(null), Array(4).fill(null), Array(4).fill(null)]);
    expect(
      ind.map((i) => i.targetRentang?.[3] && [i.targetRentang[3].lo.toNumber(), i.targetRentang[3].hi.toNumber()]),
    ).toEqual([
      [90, 95],
      [80, 90],
      [80, 90],
    ]);
    expect(ind[0].unreadable).toBeUndefined();
    expect(modelToJson(m)).toMatchObject({
      tujuan: [
        {
          sasaran: [
            {
              indikator: [
                {
                  targetRentang: [
                    [90, 95],
                    [90, 95],
                    [90, 95],
                    [90, 95],
                  ],
                },
                {},
                {},
              ],
            },
          ],
        },
      ],
    });
    const rules = analyseWorkbook([rangeSheet(1.0556)]).findings.map((f) => `${f.rule} ${f.cell}`);
    expect(rules.filter((r) => /unreadable-value|missing-value|capaian-kinerja/.test(r))).toEqual([]);
  });

  test("a capaian that ignores the range (realisasi ÷ upper end) is a mismatch that names the range", () => {
    // 95% against 80–90: measured against 90, 105,56%; the sheet states 100%.
    const found = analyseWorkbook([rangeSheet(1)]).findings.filter((f) => f.rule === "capaian-kinerja-mismatch");
    expect(found.map((f) => [f.cell, f.messageKey, f.expected, f.actual])).toEqual([
      ["H7", "capaian-kinerja-mismatch.rentang", 105.56, 100],
    ]);
    expect(found[0].message).toBe(
      "Capaian kinerja di H7 (100,00%) tidak sama dengan hasil hitung ulang 105,56% dari realisasi 95,00% dan " +
        "target TW IV berupa rentang 80 s/d 90 (di dalam rentang 100%, di luar diukur terhadap batas terdekat; " +
        "polaritas positif).",
    );
  });

  test("prints as the range, and its capaian is a formula that gives the engine's figure", () => {
    const result = generateLkjip([rangeSheet(1.0556)]);
    if (!result.source) throw new Error("no source");
    const ss = sheet(result.specs, "LKjIP SS I");
    const t = table(ss, "3.1");
    const rows = [t.firstData, t.firstData + 1, t.firstData + 2];
    expect(rows.map((r) => cellOf(ss, r, 2)?.value)).toEqual(["90–95%", "80–90%", "80–90%"]);
    expect(cellOf(ss, t.firstData, 2)?.sources).toEqual(["F5"]);
    // Inside: 100%; below (76,8 against 80): 96%; above (95 against 90): 105,56%.
    const capaian = rows.map((r) => cellOf(ss, r, 4)!);
    expect(capaian.map((c) => c.result)).toEqual([1, 0.96, expect.closeTo(1.05556, 5)]);
    rows.forEach((r, i) => expect(evaluateCell(ss, r, 4)).toBeCloseTo(capaian[i].result as number, 10));
    expect(capaian[2].sources).toEqual(["F7", "G7"]);
    // Predikat follows the capaian, and no note says the target is empty.
    expect(rows.map((r) => cellOf(ss, r, 5)?.result)).toEqual(["Sangat Tinggi", "Sangat Tinggi", "Sangat Tinggi"]);
    const notes = ss.cells.map((c) => c.cell.value).filter((v): v is string => typeof v === "string");
    expect(notes.filter((n) => /lembar sumber|tidak dihitung/i.test(n))).toEqual([]);
    const babII = sheet(result.specs, "LKjIP Bab II");
    expect(babII.cells.map((c) => c.cell.value)).toContain("90–95%");
  });
});
