import { buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { cellOf } from "./formulaEval";
import { IND4B, seedDataPendukung, seedModel } from "./factory";
import { notesOf, sheet, table } from "./specHelpers";

const MISSING_N1 = "Kolom Target dan Realisasi 2020 kosong: isi lembar Data Pendukung, lalu buat ulang tabel.";

describe("notes under the tables", () => {
  const without = buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: null });
  const withDp = buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: seedDataPendukung() });

  it("without Data Pendukung: empty n−1, Renstra and narrative cells, each with a note saying what to fill", () => {
    const ss1 = sheet(without, "LKjIP SS I");
    const t2 = table(ss1, "3.2");
    expect(notesOf(ss1, t2)).toEqual([MISSING_N1]);
    expect(cellOf(ss1, t2.firstData, 2)?.value ?? null).toBeNull();
    expect(cellOf(ss1, t2.firstData, 3)?.value ?? null).toBeNull();
    expect(cellOf(ss1, t2.firstData, 4)?.value).toBe(0.0037);

    const t3 = table(ss1, "3.3");
    expect(notesOf(ss1, t3)).toContain("Kolom Target Akhir Renstra kosong: isi lembar Data Pendukung, lalu buat ulang tabel.");
    expect(cellOf(ss1, t3.firstData, 4)?.formula).toBeUndefined();
    expect(cellOf(ss1, t3.firstData, 4)?.result).toBeUndefined();

    expect(notesOf(ss1, table(ss1, "3.7"))).toEqual([
      "Kolom Analisis Penyebab kosong: isi lembar Data Pendukung, lalu buat ulang tabel.",
    ]);
    expect(notesOf(ss1, table(ss1, "3.8"))).toEqual([
      "Kolom Program/Kegiatan yang Menunjang kosong: isi lembar Data Pendukung, lalu buat ulang tabel.",
    ]);
    expect(notesOf(ss1, table(ss1, "3.1"))).toContain("Polaritas belum tercantum di lembar Data Pendukung: dianggap positif.");
    const alokasi = notesOf(ss1, table(ss1, "3.4"));
    expect(alokasi.some((n) => n.startsWith("Total Anggaran Perangkat Daerah belum diisi di lembar Data Pendukung"))).toBe(true);
  });

  it("notes are in italics and span the table", () => {
    const ss1 = sheet(without, "LKjIP SS I");
    const t2 = table(ss1, "3.2");
    const noteRow = t2.bottom;
    expect(cellOf(ss1, noteRow, 0)).toMatchObject({ value: MISSING_N1, italic: true, wrap: true });
    expect(ss1.merges).toContainEqual({ top: noteRow, left: 0, bottom: noteRow, right: 4 });
  });

  it("with complete Data Pendukung: the missing-data notes are gone and the cells are filled", () => {
    const ss1 = sheet(withDp, "LKjIP SS I");
    const all = ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8"].flatMap((n) => notesOf(ss1, table(ss1, n)));
    expect(all.filter((n) => n.includes("Data Pendukung, lalu buat ulang"))).toEqual([]);
    expect(all.filter((n) => n.includes("dianggap positif"))).toEqual([]);
    const t2 = table(ss1, "3.2");
    expect(cellOf(ss1, t2.firstData, 2)).toMatchObject({ value: 0.0037, numFmt: "0.00%" });
    expect(cellOf(ss1, t2.firstData, 3)?.value).toBe(0.02);
    expect(cellOf(ss1, table(ss1, "3.7").firstData, 4)?.value).toMatch(/^Analisis /);
    expect(notesOf(ss1, table(ss1, "3.4"))).toContain("Total anggaran Perangkat Daerah (Rp 13.255.734.286) dari lembar Data Pendukung.");
  });

  it("always names the formula variants used", () => {
    for (const specs of [without, withDp]) {
      const ss1 = sheet(specs, "LKjIP SS I");
      expect(notesOf(ss1, table(ss1, "3.1"))).toContain("Capaian kinerja: R/T × 100% (polaritas positif).");
      expect(notesOf(ss1, table(ss1, "3.6"))).toContain("Tingkat efisiensi: rasio capaian kinerja / capaian anggaran.");
    }
    const pmk = buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: null, options: { efisiensi: "pmk" } });
    const ss1 = sheet(pmk, "LKjIP SS I");
    expect(notesOf(ss1, table(ss1, "3.6")).some((n) => n.startsWith("Tingkat efisiensi: PMK 22/2021"))).toBe(true);
  });

  it("names only the indikator that lack data when others have it, and lists each polaritas formula", () => {
    const dp = seedDataPendukung();
    dp.indikator = dp.indikator.map((d) =>
      d.indikator === IND4B ? { ...d, polaritas: "negatif" as const, targetTahunLalu: null } : d,
    );
    const ss4 = sheet(buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: dp }), "LKjIP SS IV");
    expect(notesOf(ss4, table(ss4, "3.26"))).toEqual([
      `Kolom Target dan Realisasi 2020 kosong untuk indikator "${IND4B}": isi lembar Data Pendukung, lalu buat ulang tabel.`,
    ]);
    expect(notesOf(ss4, table(ss4, "3.25"))).toContain(
      "Capaian kinerja: R/T × 100% (polaritas positif); (2T − R)/T × 100% (polaritas negatif, varian A).",
    );
  });

  it("a target missing from the source sheet leaves capaian empty and says so", () => {
    const m = seedModel();
    m.tujuan[0].sasaran[0].indikator[0].realisasi = null;
    const ss1 = sheet(buildLkjipSheets({ model: m, findings: [], dataPendukung: null }), "LKjIP SS I");
    const t = table(ss1, "3.1");
    expect(cellOf(ss1, t.firstData, 4)?.formula).toBeUndefined();
    expect(notesOf(ss1, t).some((n) => n.startsWith("Target atau realisasi kosong di lembar sumber"))).toBe(true);
  });
});
