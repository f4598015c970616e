import { buildHasilPemeriksaan } from "../../../src/core/tables/hasilPemeriksaan";
import { buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { makeFinding } from "../../../src/core/model/makeFinding";
import { Finding } from "../../../src/core/model/finding";
import { D } from "../../../src/core/numbers/decimal";
import { cellOf } from "./formulaEval";
import { seedModel } from "./factory";
import { sheet } from "./specHelpers";
import { INDONESIAN_WORDS, wordsOf } from "../validation/leakWords";

const findings: Finding[] = [
  makeFinding({
    rule: "kas-vs-pagu",
    sheet: "PK TW IV",
    cell: "N21",
    expected: 246174400,
    actual: 250634400,
    key: "kas-vs-pagu",
    params: { cell: "N21", pagu: 250634400, kas: 246174400, selisih: 4460000 },
    level: "program",
    name: "PROGRAM PELAYANAN PENANAMAN MODAL",
  }),
  makeFinding({
    rule: "capaian-kinerja-mismatch",
    sheet: "PK TW IV",
    cell: "L12",
    expected: new D("97.37"),
    actual: 97,
    key: "capaian-kinerja-mismatch",
    params: {
      cell: "L12",
      tertulis: 97,
      hitung: new D("97.37"),
      desimal: 2,
      realisasi: new D("0.38"),
      desimalRealisasi: 2,
      target: new D("0.39"),
      desimalTarget: 2,
      persen: true,
      triwulan: 4,
      polaritas: "positif",
    },
    level: "indikator",
    name: "Persentase Pertumbuhan penanaman modal",
  }),
  makeFinding({
    rule: "level-uncertain",
    sheet: "PK TW IV",
    cell: "M55",
    key: "level-uncertain.program-by-position",
    params: { cell: "M55", nama: "Koordinasi", baris: 55 },
  }),
  makeFinding({
    rule: "unreadable-value",
    sheet: "Data Pendukung",
    cell: "F9",
    actual: "abc",
    key: "unreadable-value.data-pendukung",
    params: { cell: "F9", kolom: "targetAkhirRenstra", sheet: "Data Pendukung", teks: "abc" },
  }),
];

function rowOf(spec: ReturnType<typeof buildHasilPemeriksaan>, text: string): number {
  const hit = spec.cells.find((c) => c.cell.value === text);
  if (!hit) throw new Error(`${text} not found`);
  return hit.row;
}

const HEADER_ID = [
  "No",
  "Tingkat",
  "Temuan",
  "Aturan",
  "Lembar",
  "Sel",
  "Yang tertulis",
  "Nilai tertulis",
  "Pembanding",
  "Nilai pembanding",
  "Keterangan",
];

describe("Hasil Pemeriksaan", () => {
  const spec = buildHasilPemeriksaan(findings, "PK TW IV");
  const header = rowOf(spec, "Keterangan");

  it("is its own kind with a frozen header row", () => {
    expect(spec.name).toBe("Hasil Pemeriksaan");
    expect(spec.kind).toBe("hasil-pemeriksaan");
    expect(spec.freeze).toEqual({ rows: header + 1, cols: 0 });
    expect(HEADER_ID.map((_, c) => cellOf(spec, header, c)?.value)).toEqual(HEADER_ID);
  });

  it("filters the table from its header row to its last finding, over every column", () => {
    expect(spec.autoFilter).toEqual({ top: header, left: 0, bottom: header + findings.length, right: 10 });
    expect(buildHasilPemeriksaan([], null).autoFilter).toBeUndefined();
  });

  it("counts findings per severity, with the one severity word used everywhere", () => {
    const count = (label: string) => cellOf(spec, rowOf(spec, label), 2)?.value;
    expect(count("Kesalahan")).toBe(2);
    expect(count("Peringatan")).toBe(1);
    expect(count("Info")).toBe(1);
    expect(spec.cells.some((c) => c.cell.value === "Galat")).toBe(false);
  });

  it("writes one row per finding: label and stable id, a linked cell, each amount with what it is", () => {
    findings.forEach((f, i) => {
      const r = header + 1 + i;
      expect(cellOf(spec, r, 0)?.value).toBe(i + 1);
      expect(cellOf(spec, r, 1)?.value).toBe({ error: "Kesalahan", warning: "Peringatan", info: "Info" }[f.severity]);
      expect(cellOf(spec, r, 3)?.value).toBe(f.rule);
      expect(cellOf(spec, r, 4)?.value).toBe(f.sheet);
      expect(cellOf(spec, r, 5)).toMatchObject({ value: f.cell, link: { sheet: f.sheet, cell: f.cell } });
      expect(cellOf(spec, r, 7)?.value ?? null).toBe(f.actual);
      expect(cellOf(spec, r, 9)?.value ?? null).toBe(f.expected);
      expect(cellOf(spec, r, 10)?.value).toBe(f.message);
    });
    const kas = header + 1;
    expect([2, 6, 7, 8, 9].map((c) => cellOf(spec, kas, c)?.value)).toEqual([
      "Jumlah anggaran kas ≠ pagu",
      "Pagu",
      250634400,
      "Anggaran kas setahun",
      246174400,
    ]);
    expect(cellOf(spec, kas, 7)?.numFmt).toBe("#,##0");
    expect(cellOf(spec, kas + 1, 9)?.numFmt).toBe("#,##0.00##");
    // No amount, no label: a level-uncertain row leaves both pairs empty.
    expect([6, 7, 8, 9].map((c) => cellOf(spec, kas + 2, c)?.value ?? null)).toEqual([null, null, null, null]);
    expect(cellOf(spec, kas + 3, 6)?.value).toBe("Isi sel");
  });

  it("says so when there is nothing to report", () => {
    const empty = buildHasilPemeriksaan([], "PK TW IV");
    expect(cellOf(empty, rowOf(empty, "Keterangan") + 1, 0)?.value).toBe("Tidak ada temuan.");
    expect(cellOf(empty, rowOf(empty, "Kesalahan"), 2)?.value).toBe(0);
  });

  it("is written in English when asked, numbers in English style, the sheet's name unchanged", () => {
    const en = buildHasilPemeriksaan(findings, "PK TW IV", "en");
    expect(en.name).toBe("Hasil Pemeriksaan");
    const h = rowOf(en, "Message");
    expect(cellOf(en, h, 1)?.value).toBe("Severity");
    expect(cellOf(en, rowOf(en, "Error"), 2)?.value).toBe(2);
    const kas = h + 1;
    expect([1, 2, 3, 6, 8].map((c) => cellOf(en, kas, c)?.value)).toEqual([
      "Error",
      "Cash plan total ≠ pagu",
      "kas-vs-pagu",
      "Pagu",
      "Cash plan for the year",
    ]);
    expect(cellOf(en, kas, 10)?.value).toBe(
      "Pagu at N21 (Rp 250,634,400) differs from the total cash plan Q1–Q4 (Rp 246,174,400); difference Rp 4,460,000.",
    );
    expect(cellOf(en, kas + 1, 10)?.value).toContain("(97.00%) does not match 97.37%");
    // The stable rule ids (column D) and sheet names (column E) are the same in every language.
    const words = en.cells
      .filter((c) => c.row <= h || (c.col !== 3 && c.col !== 4))
      .flatMap((c) => (typeof c.cell.value === "string" ? wordsOf(c.cell.value) : []));
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter((w) => INDONESIAN_WORDS.includes(w))).toEqual([]);
  });

  it("is the last sheet buildLkjipSheets returns, with the findings it was given", () => {
    const specs = buildLkjipSheets({ model: seedModel(), findings, dataPendukung: null });
    const hp = sheet(specs, "Hasil Pemeriksaan");
    expect(specs[specs.length - 1]).toBe(hp);
    // The findings it was given come first; what building the tables found follows them.
    expect(
      hp.cells
        .filter((c) => c.cell.link)
        .map((c) => c.cell.link)
        .slice(0, findings.length),
    ).toEqual(findings.map((f) => ({ sheet: f.sheet, cell: f.cell })));
    const en = buildLkjipSheets({ model: seedModel(), findings, dataPendukung: null, lang: "en" });
    expect(en[en.length - 1].cells.some((c) => c.cell.value === "CHECK RESULTS")).toBe(true);
  });
});
