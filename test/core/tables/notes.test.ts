import { buildLkjip, buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { cellOf } from "./formulaEval";
import { IND1, IND4B, seedDataPendukung, seedModel } from "./factory";
import { notesOf, printedTexts, sheet, sideNotes, table } from "./specHelpers";

/** Workbook-internal wording that must never print in an LKjIP table. */
const INTERNAL = [
  /lembar Data Pendukung/i,
  /Data Pendukung/,
  /lembar sumber/i,
  /Sumber: lembar/,
  /buat ulang/i,
  /tanpa nama \(sel/i,
  /belum diisi/i,
  /dianggap positif/i,
  /belum tercantum/i,
];

describe("what the tables print, and what they tell the officer beside them", () => {
  const without = buildLkjip({ model: seedModel(), findings: [], dataPendukung: null });
  const withDp = buildLkjip({ model: seedModel(), findings: [], dataPendukung: seedDataPendukung() });

  it("without Data Pendukung: empty n−1, Renstra and narrative cells; the reasons go beside the rows and to Hasil Pemeriksaan", () => {
    const ss1 = sheet(without.specs, "LKjIP SS I");
    const t2 = table(ss1, "3.2");
    expect(notesOf(ss1, t2)).toEqual([]);
    expect(cellOf(ss1, t2.firstData, 2)?.value ?? null).toBeNull();
    expect(cellOf(ss1, t2.firstData, 3)?.value ?? null).toBeNull();
    expect(cellOf(ss1, t2.firstData, 4)?.value).toBe(0.0037);
    const t3 = table(ss1, "3.3");
    expect(cellOf(ss1, t3.firstData, 4)?.formula).toBeUndefined();

    const beside = sideNotes(ss1).join("\n");
    expect(beside).toContain("Tabel 3.2: Target 2020 kosong");
    expect(beside).toContain("Tabel 3.3: Target Akhir Renstra kosong");
    expect(beside).toContain("Tabel 3.7: Analisis Penyebab kosong");
    expect(beside).toContain("Tabel 3.4: Total Anggaran Perangkat Daerah belum diisi");

    const rules = without.findings.map((f) => f.rule);
    expect(new Set(rules)).toEqual(new Set(["table-cell-empty"]));
    const byText = (s: string) => without.findings.find((f) => f.message.includes(s));
    // One finding per Data Pendukung column, naming the tables and pointing at the cell to fill.
    const target = byText('"Target Tahun Lalu (2020)"')!;
    expect(target.message).toContain("Tabel 3.2, 3.10, 3.18, 3.26");
    expect(target.sheet).toBe("Data Pendukung");
    expect(target.severity).toBe("info");
    expect(byText("Analisis Penyebab")).toBeDefined();
    expect(byText("Total Anggaran Perangkat Daerah belum diisi")).toBeDefined();
  });

  it("prints no workbook-internal text: no source sheet, no instructions, no placeholder names", () => {
    const offending: string[] = [];
    for (const result of [without, withDp]) {
      for (const spec of result.specs.filter((s) => s.kind === "lkjip-table")) {
        for (const text of printedTexts(spec))
          if (INTERNAL.some((re) => re.test(text))) offending.push(`${spec.name}: ${text}`);
      }
    }
    expect(offending).toEqual([]);
    // The check sees the notes beside the tables (outside the print area) as not printed, and they do say such things.
    const ss1 = sheet(without.specs, "LKjIP SS I");
    expect(sideNotes(ss1).some((t) => INTERNAL.some((re) => re.test(t)))).toBe(true);
  });

  it("side notes sit outside the print area, which holds every table", () => {
    const ss1 = sheet(without.specs, "LKjIP SS I");
    const area = ss1.print.area!;
    expect(area).toMatchObject({ top: 0, left: 0, right: 7 });
    const tableCells = ss1.cells.filter((c) => c.col <= 7);
    expect(Math.max(...tableCells.map((c) => c.row))).toBe(area.bottom);
    expect(ss1.columnWidths.length).toBeGreaterThan(area.right + 2);
  });

  it("with complete Data Pendukung the cells are filled and nothing is said about them", () => {
    const ss1 = sheet(withDp.specs, "LKjIP SS I");
    const t2 = table(ss1, "3.2");
    expect(cellOf(ss1, t2.firstData, 2)).toMatchObject({ value: 0.0037, numFmt: "0.00%" });
    expect(cellOf(ss1, t2.firstData, 3)?.value).toBe(0.02);
    expect(cellOf(ss1, table(ss1, "3.7").firstData, 4)?.value).toMatch(/^Analisis /);
    const beside = sideNotes(ss1).join("\n");
    expect(beside).not.toContain("Tabel 3.2");
    expect(beside).not.toContain("Tabel 3.3");
    expect(withDp.findings.filter((f) => /Target Tahun Lalu|Analisis Penyebab|Total Anggaran/.test(f.message))).toEqual(
      [],
    );
  });

  it("always names the formula variants used, under the tables", () => {
    for (const specs of [without.specs, withDp.specs]) {
      const ss1 = sheet(specs, "LKjIP SS I");
      expect(notesOf(ss1, table(ss1, "3.1"))).toContain("Capaian kinerja: R/T × 100% (polaritas positif).");
      expect(notesOf(ss1, table(ss1, "3.6"))).toContain("Tingkat efisiensi: rasio capaian kinerja / capaian anggaran.");
    }
    const pmk = buildLkjipSheets({
      model: seedModel(),
      findings: [],
      dataPendukung: null,
      options: { efisiensi: "pmk" },
    });
    const ss1 = sheet(pmk, "LKjIP SS I");
    expect(notesOf(ss1, table(ss1, "3.6")).some((n) => n.startsWith("Tingkat efisiensi: PMK 22/2021"))).toBe(true);
  });

  it("the first run does not claim the polaritas is missing: the template already says positif", () => {
    const ss1 = sheet(without.specs, "LKjIP SS I");
    expect(sideNotes(ss1).join("\n")).not.toContain("polaritas");
    // An officer who empties the polaritas cell is told beside the row that positif was used.
    const dp = seedDataPendukung();
    dp.indikator = dp.indikator.map((d) =>
      d.indikator === IND1 ? { ...d, polaritasTertulis: false, cells: { polaritas: "E9" } } : d,
    );
    const ss1b = sheet(buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: dp }), "LKjIP SS I");
    expect(sideNotes(ss1b).join("\n")).toContain("polaritas kosong di Data Pendukung!E9; dipakai positif");
  });

  it("names only the indikator that lack data when others have it, and lists each polaritas formula", () => {
    const dp = seedDataPendukung();
    dp.indikator = dp.indikator.map((d) =>
      d.indikator === IND4B ? { ...d, polaritas: "negatif" as const, targetTahunLalu: null } : d,
    );
    const result = buildLkjip({ model: seedModel(), findings: [], dataPendukung: dp });
    const ss4 = sheet(result.specs, "LKjIP SS IV");
    const gap = result.findings.filter((f) => f.message.includes("Target Tahun Lalu"));
    expect(gap).toHaveLength(1);
    expect(gap[0].message).toContain(`"${IND4B}"`);
    expect(gap[0].message).not.toContain("Persentase Perusahaan");
    expect(notesOf(ss4, table(ss4, "3.25"))).toContain(
      "Capaian kinerja: R/T × 100% (polaritas positif); (2T − R)/T × 100% (polaritas negatif, varian A).",
    );
  });

  it("a realisasi missing from the source sheet leaves capaian and efisiensi empty and says why", () => {
    const m = seedModel();
    m.tujuan[0].sasaran[0].indikator[0].realisasi = null;
    const result = buildLkjip({ model: m, findings: [], dataPendukung: null });
    const ss1 = sheet(result.specs, "LKjIP SS I");
    const t = table(ss1, "3.1");
    expect(cellOf(ss1, t.firstData, 4)?.formula).toBeUndefined();
    expect(cellOf(ss1, table(ss1, "3.6").firstData, 4)?.value ?? null).toBeNull();
    expect(sideNotes(ss1).join("\n")).toContain("Capaian tidak dihitung: realisasi kosong di lembar sumber");
    const f = result.findings.find((x) => x.message.includes("realisasi indikator kosong"))!;
    expect(f.message).toContain("Tabel 3.1");
    expect(f.message).toContain("3.6");
    expect(f.sheet).toBe("PK TW IV");
  });
});
