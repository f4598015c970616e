/**
 * Rows placed by position where the sums do not close: said once per kegiatan, at it or at the first of its rows
 * (msg40 D5: the same sentence came once per sub kegiatan).
 */
import { analyseWorkbook } from "../../../src/core/pipeline";
import { indikatorSheet, Value } from "../tables/indikatorSheet";

const KINERJA: Value[] = ["Meningkatnya akuntabilitas", "Persentase layanan", 20, 40, 60, 80, 82, 102.5];
const blank: Value[] = ["", "", "", "", "", "", "", ""];

function uncertain(budget: Value[][]) {
  const rows = budget.map((b, i) => [...(i === 0 ? KINERJA : blank), ...b]);
  return analyseWorkbook([indikatorSheet(rows)])
    .findings.filter((f) => f.rule === "level-uncertain")
    .map((f) => [f.cell, f.messageKey, f.params.lainnya ?? f.params.barisSub ?? null]);
}

test("sub kegiatan under a kegiatan known by its code: one note at the first of them, counting the others", () => {
  expect(
    uncertain([
      ["5.01.01 PROGRAM PENUNJANG", 3000, 2500],
      ["5.01.01.2.01 Perencanaan, Penganggaran, dan Evaluasi", 3000, 2500],
      ["Penyusunan Dokumen Perencanaan", 1000, 900],
      ["Koordinasi dan Penyusunan RKA-SKPD", 1500, 1400],
      ["Evaluasi Kinerja Perangkat Daerah", 200, 200],
    ]),
  ).toEqual([["I7", "level-uncertain.sub-sum-differs", 2]]);
});
