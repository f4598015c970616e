/**
 * A capaian the tables cannot make because the source sheet lacks a target or realisasi: the finding says whether
 * the cell is empty or holds something that is no number (the unreadable-value finding says what), and names that
 * cell, so the officer is not sent looking for an empty cell that is not there.
 */
import { indikatorSheet, pct } from "./indikatorSheet";
import { generateLkjip } from "../../../src/core/pipeline";

function gapsOf(realisasi: string | null) {
  const grid = indikatorSheet([
    [
      "Meningkatnya layanan",
      "Persentase A",
      pct(0.8),
      pct(0.8),
      pct(0.8),
      pct(0.8),
      realisasi,
      null,
      "PROGRAM SATU",
      1000,
      800,
    ],
    ["", "Persentase B", pct(0.9), pct(0.9), pct(0.9), pct(0.9), pct(0.9), pct(1), "Kegiatan Satu", 1000, 800],
  ]);
  const result = generateLkjip([grid]);
  if (!result.source) throw new Error("no source");
  return result.tableFindings.filter((f) => f.rule === "table-cell-empty" && f.messageKey.includes("source"));
}

describe("a capaian left empty for want of a realisasi", () => {
  test("written but no number: said so, at the realisasi cell", () => {
    const gaps = gapsOf("tujuh puluh persen");
    expect(gaps.length).toBeGreaterThan(0);
    expect(new Set(gaps.map((f) => f.messageKey))).toEqual(new Set(["table-cell-empty.source-unreadable-realisasi"]));
    expect(new Set(gaps.map((f) => f.cell))).toEqual(new Set(["G5"]));
    expect(gaps[0].message).toContain("tidak terbaca sebagai angka");
    expect(gaps[0].message).not.toContain("kosong di lembar");
  });

  test("an empty cell is still said to be empty", () => {
    const gaps = gapsOf(null);
    expect(gaps.length).toBeGreaterThan(0);
    expect(new Set(gaps.map((f) => f.messageKey))).toEqual(new Set(["table-cell-empty.source-realisasi"]));
    expect(gaps[0].message).toContain("realisasi indikator kosong");
    // Where the officer types it, not the target beside it.
    expect(new Set(gaps.map((f) => f.cell))).toEqual(new Set(["G5"]));
  });
});
