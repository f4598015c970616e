/**
 * Tabel 2.2 prints in two parts, the targets and under them the program budget list, as the seed has it. Print
 * titles are one row range per sheet: when both parts run over a page, each gets a sheet of its own whose header
 * rows repeat on every page; when they fit, the table stays as it was.
 */
import { generateLkjip } from "../../../src/core/pipeline";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { buildSheet, SasaranData, TujuanData } from "../layout/helpers/seedLayout";
import { b, INDIKATOR } from "../layout/helpers/smallSheet";

const LONG = "Meningkatnya kualitas layanan publik yang terukur, terpadu dan berkelanjutan di seluruh wilayah";

/** `sasaran` sasaran with two indikator each, and `programs` programs (one kegiatan and sub kegiatan each). */
function office(sasaranCount: number, programs: number): TujuanData[] {
  const sasaran: SasaranData[] = Array.from({ length: sasaranCount }, (_, s) => ({
    name: `${LONG} ${s + 1}`,
    indikator: [
      { ...INDIKATOR, name: `Persentase layanan tuntas sesuai standar pelayanan minimal bidang ${s + 1}` },
      { ...INDIKATOR, name: `Indeks kepuasan masyarakat terhadap layanan bidang ${s + 1}` },
    ],
    budget: [],
  }));
  for (let p = 0; p < programs; p++) {
    sasaran[p % sasaranCount].budget.push(
      b("program", `PROGRAM PENINGKATAN LAYANAN URUSAN NOMOR ${p + 1} DAN PENDUKUNGNYA`, "1.000.000"),
      b("kegiatan", `Pengelolaan Layanan ${p + 1}`, "1.000.000"),
      b("subKegiatan", `Penyediaan Layanan ${p + 1}`, "1.000.000"),
    );
  }
  return [{ no: "1", name: "Tujuan satu", indikatorTujuan: "Indeks tujuan", sasaran }];
}

function specsOf(tujuan: TujuanData[]): SheetSpec[] {
  const result = generateLkjip([buildSheet(tujuan).grid]);
  if (!result.source) throw new Error("not recognised");
  return result.specs;
}

const texts = (s: SheetSpec) => s.cells.map((c) => c.cell.value).filter((v): v is string => typeof v === "string");

describe("Tabel 2.2 over several pages", () => {
  it("both parts over a page: two sheets, each repeating its own header rows on every page", () => {
    const specs = specsOf(office(24, 60));
    const targets = specs.find((s) => s.name === "LKjIP Tabel 2.2")!;
    const list = specs.find((s) => s.name === "LKjIP Tabel 2.2 Program")!;
    expect(targets).toBeDefined();
    expect(list).toBeDefined();
    for (const s of [targets, list]) {
      expect(s.rowBreaks?.length).toBeGreaterThan(0);
      expect(s.print.repeatRows).toBeDefined();
    }
    const [top, bottom] = list.print.repeatRows!;
    const header = list.cells.filter((c) => c.row >= top && c.row <= bottom).map((c) => c.cell.value);
    expect(header).toEqual(expect.arrayContaining(["NO.", "PROGRAM", "ANGGARAN", "KET."]));
    expect(texts(list)).toContain("Tabel 2.2 (lanjutan)");
    // The targets' sheet holds no program, the list holds all sixty and its total.
    expect(texts(targets).some((t) => t.startsWith("PROGRAM PENINGKATAN"))).toBe(false);
    expect(texts(list).filter((t) => t.startsWith("PROGRAM PENINGKATAN"))).toHaveLength(60);
    expect(list.cells.some((c) => c.cell.formula?.startsWith("SUM("))).toBe(true);
  });

  it("a Tabel 2.2 that fits one part's repeated header keeps its two parts together, as the seed has them", () => {
    const specs = specsOf(office(3, 6));
    expect(specs.map((s) => s.name)).not.toContain("LKjIP Tabel 2.2 Program");
    const withTable = specs.filter((s) => texts(s).includes("Tabel 2.2"));
    expect(withTable).toHaveLength(1);
    expect(texts(withTable[0])).not.toContain("Tabel 2.2 (lanjutan)");
    expect(texts(withTable[0])).toEqual(expect.arrayContaining(["NO.", "PROGRAM", "ANGGARAN", "KET."]));
  });
});
