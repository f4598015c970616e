/**
 * Rekening belanja rows (`5.1.02.01.01.0024 Belanja Alat Tulis Kantor`) that SIPD-fed sheets list under each sub
 * kegiatan: details of that sub kegiatan, not sub kegiatan of their own that double every kegiatan's sums.
 */
import { analyseWorkbook } from "../../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { countModel } from "../../../src/core/model/counts";
import { isRekeningBelanja } from "../../../src/core/layout/levelWords";
import { indikatorSheet } from "../tables/indikatorSheet";

const sheet = indikatorSheet([
  [
    "Meningkatnya akuntabilitas",
    "Persentase layanan",
    20,
    40,
    60,
    80,
    82,
    102.5,
    "5.01.01 PROGRAM PENUNJANG",
    3000,
    2800,
  ],
  ["", "", "", "", "", "", "", "", "5.01.01.2.01 Perencanaan, Penganggaran, dan Evaluasi", 3000, 2800],
  ["", "", "", "", "", "", "", "", "5.01.01.2.01.0001 Penyusunan Dokumen Perencanaan", 2000, 1900],
  ["", "", "", "", "", "", "", "", "5.1 BELANJA OPERASI", 2000, 1900],
  ["", "", "", "", "", "", "", "", "5.1.02 Belanja Barang dan Jasa", 2000, 1900],
  ["", "", "", "", "", "", "", "", "5.1.02.01.01.0024 Belanja Alat/Bahan-Alat Tulis Kantor", 1200, 1100],
  ["", "", "", "", "", "", "", "", "5.1.02.01.01.0026 Belanja Alat/Bahan-Bahan Cetak", 800, 800],
  ["", "", "", "", "", "", "", "", "5.01.01.2.01.0002 Koordinasi dan Penyusunan RKA-SKPD", 1000, 900],
  ["", "", "", "", "", "", "", "", "5.1.02.02.01.0003 Belanja Jasa Tenaga Administrasi", 1000, 900],
]);

describe("rekening belanja rows under a sub kegiatan", () => {
  test("are not budget rows: two sub kegiatan, sums that close, one info finding naming them", () => {
    const analysis = analyseWorkbook([sheet]);
    const model = analysis.models[0] as PengukuranKinerjaModel;
    expect(countModel(model)).toMatchObject({ program: 1, kegiatan: 1, subKegiatan: 2 });
    expect(analysis.findings.map((f) => [f.severity, f.messageKey, f.cell])).toEqual([
      ["info", "level-uncertain.rekening", "I8"],
    ]);
    expect(analysis.findings[0].message).toContain("5 baris");
  });

  test("are told from program, kegiatan and sub kegiatan codes by their kelompok of one digit", () => {
    const rekening = (kode: string, name = "Penyediaan Jasa") => isRekeningBelanja(kode, name);
    expect(["5.1.02.01.01.0024", "5.2.02.01", "5.1.01.01.01"].every((k) => rekening(k))).toBe(true);
    expect(["5.01.01", "5.01.01.2.01.0001", "1.02.02.2.01", "5.1", "5.1.02"].some((k) => rekening(k))).toBe(false);
    // A short code is a rekening with a name of belanja only: `5.1` may be a kegiatan's outline number.
    expect(rekening("5.1", "BELANJA OPERASI")).toBe(true);
    expect(rekening("5.1.02", "Belanja Barang dan Jasa")).toBe(true);
    expect(rekening("5", "BELANJA DAERAH")).toBe(true);
    expect(isRekeningBelanja(undefined, "5.1 BELANJA OPERASI")).toBe(true);
    expect(isRekeningBelanja(undefined, "5.1 Penyusunan Dokumen")).toBe(false);
    // Without any code, a jenis belanja by its name; a sub kegiatan about spending is not one.
    for (const name of ["Belanja Pegawai", "BELANJA BARANG DAN JASA", "Belanja Modal Peralatan dan Mesin"])
      expect(isRekeningBelanja(undefined, name)).toBe(true);
    for (const name of ["Penyediaan Gaji dan Tunjangan ASN", "Belanja", "Pengelolaan Belanja Daerah"])
      expect(isRekeningBelanja(undefined, name)).toBe(false);
  });
});

describe("rekening rows without any code (`Belanja Pegawai` under a sub kegiatan named in words)", () => {
  test("are details of the sub kegiatan above them, not sub kegiatan of their own", () => {
    const uncoded = indikatorSheet([
      ["Meningkatnya akuntabilitas", "Persentase layanan", 20, 40, 60, 80, 82, 102.5, "PROGRAM PENUNJANG", 3000, 2800],
      ["", "", "", "", "", "", "", "", "Kegiatan: Perencanaan, Penganggaran, dan Evaluasi", 3000, 2800],
      ["", "", "", "", "", "", "", "", "Sub Kegiatan: Penyusunan Dokumen Perencanaan", 2000, 1900],
      ["", "", "", "", "", "", "", "", "Belanja Pegawai", 500, 500],
      ["", "", "", "", "", "", "", "", "Belanja Barang dan Jasa", 1500, 1400],
      ["", "", "", "", "", "", "", "", "Sub Kegiatan: Koordinasi dan Penyusunan RKA-SKPD", 1000, 900],
      ["", "", "", "", "", "", "", "", "Belanja Barang dan Jasa", 1000, 900],
    ]);
    const analysis = analyseWorkbook([uncoded]);
    const model = analysis.models[0] as PengukuranKinerjaModel;
    expect(countModel(model)).toMatchObject({ program: 1, kegiatan: 1, subKegiatan: 2 });
    expect(analysis.findings.map((f) => [f.severity, f.messageKey])).toEqual([["info", "level-uncertain.rekening"]]);
    expect(analysis.findings[0].message).toContain("3 baris");
  });
});
