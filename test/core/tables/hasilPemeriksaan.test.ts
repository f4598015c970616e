import { buildHasilPemeriksaan } from "../../../src/core/tables/hasilPemeriksaan";
import { buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { makeFinding } from "../../../src/core/validation/makeFinding";
import { Finding } from "../../../src/core/validation/finding";
import { cellOf } from "./formulaEval";
import { seedModel } from "./factory";
import { sheet } from "./specHelpers";

const findings: Finding[] = [
  makeFinding(
    "pagu-vs-children",
    "PK TW IV",
    "N40",
    250634400,
    246174400,
    "Sel N40: pagu kegiatan 246.174.400 tidak sama dengan jumlah sub kegiatan 250.634.400.",
  ),
  makeFinding(
    "capaian-kinerja-mismatch",
    "PK TW IV",
    "L12",
    97.37,
    97,
    "Sel L12: capaian tertulis 97% sedangkan hitungan 97,37%.",
  ),
  makeFinding("level-uncertain", "PK TW IV", "M55", null, null, "Sel M55: tingkat baris ditebak dari posisi."),
  makeFinding("unreadable-value", "Data Pendukung", "F9", null, "abc", "Sel F9 tidak terbaca sebagai angka."),
];

function rowOf(spec: ReturnType<typeof buildHasilPemeriksaan>, text: string): number {
  const hit = spec.cells.find((c) => c.cell.value === text);
  if (!hit) throw new Error(`${text} not found`);
  return hit.row;
}

describe("Hasil Pemeriksaan", () => {
  const spec = buildHasilPemeriksaan(findings, "PK TW IV");

  it("is its own kind with a frozen header row", () => {
    expect(spec.name).toBe("Hasil Pemeriksaan");
    expect(spec.kind).toBe("hasil-pemeriksaan");
    const header = rowOf(spec, "Keterangan");
    expect(spec.freeze).toEqual({ rows: header + 1, cols: 0 });
    expect(["No", "Tingkat", "Aturan", "Lembar", "Sel", "Seharusnya", "Tertulis", "Keterangan"]).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((c) => cellOf(spec, header, c)?.value),
    );
  });

  it("counts findings per severity", () => {
    const count = (label: string) => cellOf(spec, rowOf(spec, label), 2)?.value;
    expect(count("Galat")).toBe(2);
    expect(count("Peringatan")).toBe(1);
    expect(count("Info")).toBe(1);
  });

  it("writes one row per finding whose Sel links to the finding's cell", () => {
    const header = rowOf(spec, "Keterangan");
    findings.forEach((f, i) => {
      const r = header + 1 + i;
      expect(cellOf(spec, r, 0)?.value).toBe(i + 1);
      expect(cellOf(spec, r, 1)?.value).toBe({ error: "Galat", warning: "Peringatan", info: "Info" }[f.severity]);
      expect(cellOf(spec, r, 2)?.value).toBe(f.rule);
      expect(cellOf(spec, r, 3)?.value).toBe(f.sheet);
      expect(cellOf(spec, r, 4)).toMatchObject({ value: f.cell, link: { sheet: f.sheet, cell: f.cell } });
      expect(cellOf(spec, r, 5)?.value ?? null).toBe(f.expected);
      expect(cellOf(spec, r, 6)?.value ?? null).toBe(f.actual);
      expect(cellOf(spec, r, 7)?.value).toBe(f.message);
    });
    expect(cellOf(spec, header + 1, 5)?.numFmt).toBe("#,##0");
    expect(cellOf(spec, header + 2, 5)?.numFmt).toBe("#,##0.00##");
  });

  it("says so when there is nothing to report", () => {
    const empty = buildHasilPemeriksaan([], "PK TW IV");
    const header = rowOf(empty, "Keterangan");
    expect(cellOf(empty, header + 1, 0)?.value).toBe("Tidak ada temuan.");
    expect(cellOf(empty, rowOf(empty, "Galat"), 2)?.value).toBe(0);
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
  });
});
