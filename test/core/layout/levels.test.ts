import { ColumnKey } from "../../../src/core/model/columns";
import { recognise } from "../../../src/core/layout/recognise";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { budgetNodes, outlineData, outlineModel } from "./helpers/outline";
import { seedTw1 } from "./helpers/seedData";
import { buildSheet, LayoutOptions, SEED_COLUMNS, TujuanData } from "./helpers/seedLayout";
import { b, oneSasaran } from "./helpers/smallSheet";
import { pkModel } from "./helpers/pkModel";

function model(tujuan: TujuanData[], opts: LayoutOptions = {}): PengukuranKinerjaModel {
  return pkModel(recognise(buildSheet(tujuan, opts).grid));
}

const levelsOf = (m: PengukuranKinerjaModel) => budgetNodes(m).map((n) => `${n.level}:${n.name}:${n.levelEvidence}`);
const uncertainCells = (m: PengukuranKinerjaModel) =>
  m.findings.filter((f) => f.rule === "level-uncertain").map((f) => f.cell);
const WITH_KODE: ColumnKey[] = [...SEED_COLUMNS.slice(0, 12), "kode", ...SEED_COLUMNS.slice(12)];

// Sums that do not close (60 + 60 ≠ 100), so arithmetic alone cannot tell the levels.
const UNBALANCED = [
  b("program", "Pengembangan Iklim", "300"),
  b("kegiatan", "Keg satu", "100"),
  b("subKegiatan", "Sub satu a", "60"),
  b("subKegiatan", "Sub satu b", "60"),
  b("kegiatan", "Keg dua", "200"),
  b("subKegiatan", "Sub dua a", "200"),
];
const KODE = ["2.18.03", "2.18.03.2.01", "2.18.03.2.01.0001", "2.18.03.2.01.0002", "2.18.03.2.02", "2.18.03.2.02.0001"];
const EXPECTED_UNBALANCED = [
  "program:Pengembangan Iklim",
  "kegiatan:Keg satu",
  "subKegiatan:Sub satu a",
  "subKegiatan:Sub satu b",
  "kegiatan:Keg dua",
  "subKegiatan:Sub dua a",
];

describe("levels of budget rows", () => {
  test("a KODE column decides the levels, whatever the sums", () => {
    const rows = UNBALANCED.map((r, i) => ({ ...r, kode: KODE[i] }));
    const m = model(oneSasaran(rows), { columns: WITH_KODE, columnNumbers: "none" });
    expect(m.columns.kode).toBe(12);
    expect(levelsOf(m)).toEqual(EXPECTED_UNBALANCED.map((l) => `${l}:kode`));
    expect(budgetNodes(m).map((n) => n.kode)).toEqual(KODE);
    expect(uncertainCells(m)).toEqual([]);
  });

  test("a code written in front of the name decides too, and is split off the name", () => {
    const rows = UNBALANCED.map((r, i) => ({ ...r, uraian: `${KODE[i]} ${r.uraian}` }));
    const m = model(oneSasaran(rows), { columnNumbers: "none" });
    expect(levelsOf(m)).toEqual(EXPECTED_UNBALANCED.map((l) => `${l}:kode`));
    expect(budgetNodes(m)[1]).toMatchObject({ kode: "2.18.03.2.01", name: "Keg satu" });
  });

  test("without code, word or format, the same unbalanced rows get guessed levels with findings", () => {
    const m = model(oneSasaran(UNBALANCED), { columnNumbers: "none" });
    expect(uncertainCells(m).length).toBeGreaterThan(0);
    expect(m.findings.every((f) => f.severity === "info")).toBe(true);
  });

  test("indent levels decide (three classes)", () => {
    const indents = [0, 1, 2, 2, 1, 2];
    const rows = UNBALANCED.map((r, i) => ({ ...r, indent: indents[i] }));
    const m = model(oneSasaran(rows), { columnNumbers: "none" });
    expect(levelsOf(m)).toEqual(EXPECTED_UNBALANCED.map((l) => `${l}:format`));
    expect(uncertainCells(m)).toEqual([]);
  });

  test("bold kegiatan under PROGRAM rows decide kegiatan against sub kegiatan (two classes)", () => {
    const rows = UNBALANCED.map((r) => ({
      ...r,
      uraian: r.level === "program" ? `PROGRAM ${r.uraian}` : r.uraian,
      bold: r.level !== "subKegiatan",
    }));
    const m = model(oneSasaran(rows), { columnNumbers: "none" });
    expect(levelsOf(m)).toEqual([
      "program:PROGRAM Pengembangan Iklim:kata",
      ...EXPECTED_UNBALANCED.slice(1).map((l) => `${l}:format`),
    ]);
    expect(uncertainCells(m)).toEqual([]);
  });

  test("bold programs without the word PROGRAM: format finds the programs, arithmetic the rest", () => {
    const data = seedTw1().tujuan.slice(0, 1);
    for (const r of data[0].sasaran[0].budget) {
      if (r.level === "program") {
        r.uraian = r.uraian.replace(/^PROGRAM /, "");
        r.bold = true;
      }
    }
    const m = model(data);
    expect(outlineModel(m)).toEqual(outlineData(data));
    const nodes = budgetNodes(m);
    expect(nodes.filter((n) => n.level === "program").every((n) => n.levelEvidence === "format")).toBe(true);
    expect(nodes.filter((n) => n.level !== "program").every((n) => n.levelEvidence === "aritmetika")).toBe(true);
    expect(uncertainCells(m)).toEqual([]);
  });

  test("format that contradicts the sums (a stray bold sub kegiatan) is dropped for arithmetic", () => {
    const data = seedTw1().tujuan.slice(0, 1);
    const budget = data[0].sasaran[0].budget;
    for (const r of budget) if (r.level === "program") r.bold = true;
    budget[9].bold = true; // a sub kegiatan of PROGRAM PENGENDALIAN
    const m = model(data);
    expect(outlineModel(m)).toEqual(outlineData(data));
    expect(
      budgetNodes(m)
        .filter((n) => n.level !== "program")
        .every((n) => n.levelEvidence === "aritmetika"),
    ).toBe(true);
  });

  test("no PROGRAM word, code or format anywhere: programs found by arithmetic (pagu = half the block), all flagged", () => {
    const data = seedTw1().tujuan.slice(0, 2);
    for (const t of data)
      for (const s of t.sasaran) for (const r of s.budget) r.uraian = r.uraian.replace(/^PROGRAM /, "");
    const m = model(data);
    expect(outlineModel(m)).toEqual(outlineData(data));
    const programs = budgetNodes(m).filter((n) => n.level === "program");
    expect(programs).toHaveLength(6);
    expect(programs.every((p) => p.levelEvidence === "aritmetika")).toBe(true);
    expect(uncertainCells(m)).toEqual(
      budgetNodes(m)
        .filter((n) => n.name !== "")
        .map((n) => n.cell),
    );
  });

  test("budget rows before the first PROGRAM row of a sasaran are level-uncertain", () => {
    const rows = [
      b("program", "Keg lepas", "50"),
      b("kegiatan", "Sub lepas", "50"),
      b("program", "PROGRAM DUA", "80"),
      b("kegiatan", "Keg dua", "80"),
      b("subKegiatan", "Sub dua", "80"),
    ];
    const m = model(oneSasaran(rows), { columnNumbers: "none" });
    expect(levelsOf(m)).toEqual([
      "program:Keg lepas:posisi",
      "kegiatan:Sub lepas:posisi",
      "program:PROGRAM DUA:kata",
      "kegiatan:Keg dua:aritmetika",
      "subKegiatan:Sub dua:aritmetika",
    ]);
    expect(uncertainCells(m)).toEqual(["M7", "M8"]);
    expect(m.findings[0].message).toMatch(/^Sel M7: "Keg lepas" dianggap program/);
  });

  test("a code that says kegiatan wins over the word PROGRAM, with a finding", () => {
    const rows = [
      b("program", "PROGRAM SATU", "100", { kode: "2.18.03" }),
      b("kegiatan", "PROGRAM yang sebenarnya kegiatan", "100", { kode: "2.18.03.2.01" }),
      b("subKegiatan", "Sub", "100", { kode: "2.18.03.2.01.0001" }),
    ];
    const m = model(oneSasaran(rows), { columns: WITH_KODE, columnNumbers: "none" });
    expect(levelsOf(m)[1]).toBe("kegiatan:PROGRAM yang sebenarnya kegiatan:kode");
    const f = m.findings.find((x) => x.cell === "N8");
    expect(f?.rule).toBe("level-uncertain");
    expect(f?.message).toContain("dipakai kode");
  });

  test("Kegiatan: and Sub Kegiatan: prefixes are words that decide", () => {
    const rows = [
      b("program", "PROGRAM SATU", "300"),
      b("kegiatan", "Kegiatan: Satu", "100"),
      b("subKegiatan", "Sub Kegiatan: Satu a", "70"),
      b("kegiatan", "Kegiatan: Dua", "200"),
      b("subKegiatan", "Sub Kegiatan: Dua a", "190"),
    ];
    const m = model(oneSasaran(rows), { columnNumbers: "none" });
    expect(levelsOf(m)).toEqual([
      "program:PROGRAM SATU:kata",
      "kegiatan:Kegiatan: Satu:kata",
      "subKegiatan:Sub Kegiatan: Satu a:kata",
      "kegiatan:Kegiatan: Dua:kata",
      "subKegiatan:Sub Kegiatan: Dua a:kata",
    ]);
  });

  test("several kegiatan with single sub kegiatan of identical numbers, and zero-pagu rows", () => {
    const rows = [
      b("program", "PROGRAM SATU", "150"),
      b("kegiatan", "K1", "100"),
      b("subKegiatan", "S1", "100"),
      b("subKegiatan", "S1 nol", "0"),
      b("kegiatan", "K2", "50"),
      b("subKegiatan", "S2", "50"),
      b("kegiatan", "K3", "0"),
      b("subKegiatan", "S3", "0"),
    ];
    const m = model(oneSasaran(rows), { columnNumbers: "none" });
    expect(levelsOf(m).map((l) => l.split(":").slice(0, 2).join(":"))).toEqual(
      rows.map((r) => `${r.level}:${r.uraian}`),
    );
    expect(uncertainCells(m)).toEqual([]);
  });
});
