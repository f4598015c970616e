/**
 * `1,234` typed in a Rupiah column: a fraction of a sen as a decimal, 1.234 as thousands written the English way.
 * Neither is guessed (angka42 D2: read as Rp 1,234, it made a realisasi-vs-children and a capaian-anggaran-mismatch
 * in other cells).
 */
import { analyseWorkbook } from "../../../src/core/pipeline";
import { indikatorSheet, Value } from "../tables/indikatorSheet";

const KINERJA: Value[] = ["Meningkatnya akuntabilitas", "Persentase layanan", 20, 40, 60, 80, 82, 102.5];
const blank: Value[] = ["", "", "", "", "", "", "", ""];

function findings(realisasi: Value) {
  const rows: Value[][] = [
    [...KINERJA, "5.01.01 PROGRAM PENUNJANG", 3000, 2800],
    [...blank, "5.01.01.2.01 Perencanaan, Penganggaran, dan Evaluasi", 3000, 2800],
    [...blank, "5.01.01.2.01.0001 Penyusunan Dokumen Perencanaan", 1700, 1566],
    [...blank, "5.01.01.2.01.0002 Koordinasi dan Penyusunan RKA-SKPD", 1300, realisasi],
  ];
  return analyseWorkbook([indikatorSheet(rows)]).findings.map((f) => [f.cell, f.messageKey]);
}

test("is said at its cell and not read, so that nothing is built on it", () => {
  for (const text of ["1,234", "Rp 1,234", " 1,234 "])
    expect(findings(text)).toEqual([["K8", "unreadable-value.koma-ribuan"]]);
});

test("an amount with its sen after a comma, or grouped with points, is read as before", () => {
  expect(findings("1.234")).toEqual([]);
  expect(findings("1.234,00")).toEqual([]);
  expect(findings("1234")).toEqual([]);
  // 1,23 is an amount (one rupiah twenty-three sen): read, and its parents' sums said short of it.
  expect(findings("1,23").map(([, key]) => key)).not.toContain("unreadable-value.koma-ribuan");
});
