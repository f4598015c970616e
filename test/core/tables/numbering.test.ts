import { buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { MAX_SHEET_NAME } from "../../../src/core/workbook/sheetNames";
import { seedDataPendukung, seedModel, SS1, SS4 } from "./factory";
import { captions, sheet, table, valueAt } from "./specHelpers";

describe("LKjIP sheets and table numbering", () => {
  const specs = buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: seedDataPendukung() });

  it("produces Bab II, one sheet per sasaran in sheet order, Realisasi Anggaran and Hasil Pemeriksaan", () => {
    expect(specs.map((s) => s.name)).toEqual([
      "LKjIP Bab II",
      "LKjIP SS I",
      "LKjIP SS II",
      "LKjIP SS III",
      "LKjIP SS IV",
      "LKjIP Realisasi Anggaran",
      "Hasil Pemeriksaan",
    ]);
    expect(specs.map((s) => s.kind)).toEqual([...Array(6).fill("lkjip-table"), "hasil-pemeriksaan"]);
    for (const s of specs) expect(s.name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it("numbers the Bab III tables 3.1, 3.2, … across sasaran, 8 per sasaran, then Realisasi Anggaran", () => {
    const perSheet = ["I", "II", "III", "IV"].map((r) => captions(sheet(specs, `LKjIP SS ${r}`)).map((c) => c.nomor));
    perSheet.forEach((nomors, i) => {
      expect(nomors).toEqual(Array.from({ length: 8 }, (_, k) => `3.${i * 8 + k + 1}`));
    });
    expect(captions(sheet(specs, "LKjIP Realisasi Anggaran")).map((c) => c.nomor)).toEqual(["3.33"]);
    expect(captions(sheet(specs, "LKjIP Bab II")).map((c) => c.nomor)).toEqual(["2.1", "2.2"]);
  });

  it("captions each table with its number, title and sasaran strategis", () => {
    const ss4 = sheet(specs, "LKjIP SS IV");
    const t = table(ss4, "3.29");
    expect(valueAt(ss4, t.top + 1, 0)).toBe("Pencapaian Kinerja dan Anggaran");
    expect(valueAt(ss4, t.top + 2, 0)).toBe("Sasaran Strategis IV");
    const t25 = table(ss4, "3.25");
    expect(valueAt(ss4, t25.top + 1, 0)).toBe("Capaian Kinerja Tahun 2021");
    expect(valueAt(ss4, t25.firstData, 0)).toBe(SS4);
  });

  it("writes the column numbers 1..n under every header and leaves a blank row between tables", () => {
    const ss1 = sheet(specs, "LKjIP SS I");
    const nomors = captions(ss1).map((c) => c.nomor);
    const widths: number[] = [];
    for (const n of nomors) {
      const t = table(ss1, n);
      let k = 0;
      while (valueAt(ss1, t.numbersRow, k) === k + 1) k++;
      widths.push(k);
    }
    expect(widths).toEqual([6, 5, 5, 5, 8, 5, 5, 5]);
    const regions = nomors.map((n) => table(ss1, n));
    // A blank row between tables; after 3.7 the sasaran's Rencana Tindak Lanjut (heading, text) and a blank row.
    const rtl = ss1.cells.find((c) => c.cell.value === "Rencana Tindak Lanjut")!.row;
    for (let i = 1; i < regions.length; i++) {
      const gap = nomors[i - 1] === "3.7" ? 6 : 2;
      expect(regions[i].top).toBe(regions[i - 1].bottom + gap);
    }
    expect(rtl).toBe(regions[6].bottom + 3);
    expect(valueAt(ss1, table(ss1, "3.1").firstData, 0)).toBe(SS1);
  });

  it("uses a two-row header where the seed groups columns (Kinerja / Anggaran)", () => {
    const ss1 = sheet(specs, "LKjIP SS I");
    const t = table(ss1, "3.5");
    expect(t.numbersRow - t.top).toBe(5);
    expect(valueAt(ss1, t.top + 3, 2)).toBe("Kinerja");
    expect(valueAt(ss1, t.top + 3, 5)).toBe("Anggaran");
    expect(valueAt(ss1, t.top + 4, 5)).toBe("Pagu (Rp)");
    expect(ss1.merges).toContainEqual({ top: t.top + 3, left: 2, bottom: t.top + 3, right: 4 });
    expect(ss1.merges).toContainEqual({ top: t.top + 3, left: 0, bottom: t.top + 4, right: 0 });
  });

  it("merges the sasaran cell over its indikator rows", () => {
    const ss4 = sheet(specs, "LKjIP SS IV");
    const t = table(ss4, "3.25");
    expect(ss4.merges).toContainEqual({ top: t.firstData, left: 0, bottom: t.firstData + 1, right: 0 });
  });

  it("sets landscape A4, one page wide, and a title block with the office name and the year", () => {
    for (const s of specs) {
      expect(s.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true });
    }
    const ss1 = sheet(specs, "LKjIP SS I");
    expect(valueAt(ss1, 0, 0)).toBe("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2021");
    expect(valueAt(ss1, 1, 0)).toBe("DINAS PENANAMAN MODAL, PTSP DAN TENAGA KERJA KOTA PROBOLINGGO");
    const without = buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: null });
    expect(valueAt(sheet(without, "LKjIP SS I"), 1, 0) ?? null).toBeNull();
  });

  it("takes the year from Data Pendukung when the sheet does not say it, else writes n", () => {
    const noYear = buildLkjipSheets({ model: seedModel(null), findings: [], dataPendukung: null });
    expect(valueAt(sheet(noYear, "LKjIP SS I"), 0, 0)).toBe("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN n");
    const dp = { ...seedDataPendukung(), tahun: 2022 };
    const fromDp = buildLkjipSheets({ model: seedModel(null), findings: [], dataPendukung: dp });
    expect(valueAt(sheet(fromDp, "LKjIP SS I"), 0, 0)).toBe("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2022");
  });

  it("rejects an unknown option with a plain message", () => {
    expect(() =>
      buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: null, options: { efisiensi: "x" as "pmk" } }),
    ).toThrow("Pilihan efisiensi tidak dikenal: x (pilih rasio atau pmk).");
  });
});
