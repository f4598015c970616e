import { classifyHeader, normaliseHeader, quarterOf } from "../../../src/core/layout/headerWords";
import { isSignatureText } from "../../../src/core/layout/dataEnd";
import { periodOf } from "../../../src/core/layout/title";
import { codeLevel, splitCode, wordLevel } from "../../../src/core/layout/levelWords";

const cls = (label: string) => {
  const c = classifyHeader(normaliseHeader(label));
  if (!c) return null;
  if (c.kind === "key") return c.key + (c.weak ? " (weak)" : "");
  if (c.kind === "group") return `group ${c.group}`;
  if (c.kind === "ambiguous") return `? ${c.what}`;
  if (c.kind === "quarterOnly") return "quarter only";
  if (c.kind === "month") return `month ${c.month}`;
  return `? TW ${c.quarter}`;
};

describe("header words", () => {
  test.each([
    ["NO", "no"],
    ["No.", "no"],
    ["TUJUAN", "tujuan"],
    ["Indikator\nTujuan", "indikatorTujuan"],
    ["SASARAN STRATEGIS", "sasaran"],
    ["Sasaran", "sasaran"],
    ["INDIKATOR SASARAN", "indikatorSasaran"],
    ["Indikator Kinerja Sasaran", "indikatorSasaran"],
    ["INDIKATOR KINERJA", "indikatorSasaran"],
    ["FORMULASI PERHITUNGAN INDIKATOR KINERJA", "formulasi"],
    ["Formulasi  Perhitungan", "formulasi"],
    ["TARGET TW I", "target1"],
    ["Target Triwulan-III", "target3"],
    ["TARGET TRW IV", "target4"],
    ["TARGET", "group target"],
    ["ANGGARAN KAS", "group kas"],
    ["KAS TW II", "kas2"],
    ["ANGGARAN KAS TRIWULAN 4", "kas4"],
    ["TW III", "? TW 3"],
    ["TRIWULAN I", "? TW 1"],
    ["REALISASI %", "? realisasi"],
    ["REALISASI (Rp)", "realisasiAnggaran"],
    ["Realisasi Anggaran", "realisasiAnggaran"],
    ["Realisasi Kinerja", "realisasiKinerja"],
    ["CAPAIAN %", "? capaian"],
    ["CAPAIAN (%)", "? capaian"],
    ["Capaian Kinerja", "capaianKinerja"],
    ["Serapan (%)", "capaianAnggaran"],
    ["%", "? capaian"],
    ["(%)", "? capaian"],
    ["PROGRAM / KEGIATAN / SUB KEGIATAN", "uraian"],
    ["Program/Kegiatan/\nSub Kegiatan", "uraian"],
    ["URAIAN", "uraian"],
    ["KODE", "kode"],
    ["Kode Rekening", "kode"],
    ["PAGU", "pagu"],
    ["Pagu Anggaran (Rp)", "pagu"],
    ["ANGGARAN", "pagu (weak)"],
    ["KETERANGAN", "keterangan"],
    ["REALISASI TW I", null],
    ["CAPAIAN TRIWULAN II", null],
    ["REALISASI ANGGARAN S/D TW III (Rp)", "realisasiAnggaran"],
    ["Realisasi s.d. Triwulan III", "? realisasi"],
    ["REALISASI KINERJA SAMPAI DENGAN TW II", "realisasiKinerja"],
    ["Capaian Kumulatif TW IV (%)", "? capaian"],
    ["Realisasi Keuangan sd TW 3", "realisasiAnggaran"],
    ["INDIKATOR PROGRAM", null],
    ["", null],
  ])("%j → %s", (label, expected) => {
    expect(cls(label)).toBe(expected);
  });

  test("quarters in every spelling", () => {
    expect(["TRW I", "TW 2", "TRIWULAN III", "TWIV", "TW.1"].map((s) => quarterOf(normaliseHeader(s)))).toEqual([
      1, 2, 3, 4, 1,
    ]);
    expect(quarterOf(normaliseHeader("TARGET"))).toBeNull();
  });
});

describe("title period", () => {
  test.each([
    ["S/D TRIWULAN II TAHUN 2022", 2, 2022],
    ["s.d. Triwulan 4 Tahun 2022", 4, 2022],
    ["TW III 2022", 3, 2022],
    ["Sampai dengan Triwulan I Tahun Anggaran 2023", 1, 2023],
    ["LAPORAN SEMESTER I 2024", 2, 2024],
    ["PENGUKURAN KINERJA TAHUN 2022", null, 2022],
    ["PEMERINTAH KOTA PROBOLINGGO", null, null],
    // A range runs to its last quarter.
    ["EVALUASI RENJA TRIWULAN III - IV TAHUN 2023", 4, 2023],
    ["Realisasi TW I s.d. TW III 2024", 3, 2024],
    ["TW I 2022", 1, 2022],
  ])("%s", (text, triwulan, tahun) => {
    expect(periodOf(text)).toEqual({ triwulan, tahun });
  });
});

describe("signature lines", () => {
  test.each([
    ["Probolinggo, 30 Desember 2022", true],
    ["Probolinggo,      Desember 2022", true],
    ["KEPALA DINAS PENANAMAN MODAL,", true],
    ["NIP. 19740407 199311 1 001", true],
    ["Pembina Utama Muda", true],
    ["Plt. KEPALA DINAS", true],
    ["Pembinaan Usaha Kecil", false],
    ["Penyediaan Jasa Surat Menyurat", false],
    ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", false],
    // The whole block in one cell (Alt+Enter, or an export's <br>).
    ["Probolinggo, 15 Januari 2023\nKepala Dinas\n\n\nNAMA KEPALA\nNIP. 19700101 199503 1 001", true],
    ["Mengetahui,\nKepala Bappeda", true],
    ["\nNAMA KEPALA\nNIP. 19700101 199503 1 001", true],
    ["Peningkatan Kapasitas\nKepala Sekolah", false],
    ["Penyediaan Jasa\nSurat Menyurat", false],
  ])("%s", (text, expected) => {
    expect(isSignatureText(text)).toBe(expected);
  });
});

describe("level words and codes", () => {
  test("codes: 3 segments program, 5 kegiatan, 6 sub kegiatan", () => {
    expect(["2.18.03", "2.18.03.2.01", "2.18.03.2.01.0001", "X.XX.01", "2.18"].map(codeLevel)).toEqual([
      "program",
      "kegiatan",
      "subKegiatan",
      "program",
      null,
    ]);
  });

  test("a code prefix is split from the name; amounts and plain names are not codes", () => {
    expect(splitCode("2.18.03 PROGRAM PELAYANAN")).toEqual({ kode: "2.18.03", name: "PROGRAM PELAYANAN" });
    expect(splitCode("2.18.03.2.01 - Pelayanan Perizinan")).toEqual({
      kode: "2.18.03.2.01",
      name: "Pelayanan Perizinan",
    });
    expect(splitCode("412.786.800")).toEqual({ name: "412.786.800" });
    expect(splitCode("Pengesahan di 1 (satu) Daerah")).toEqual({ name: "Pengesahan di 1 (satu) Daerah" });
  });

  test("words", () => {
    expect(wordLevel("PROGRAM PENUNJANG urusan")).toBe("program");
    expect(wordLevel("Program Pelayanan")).toBe("program");
    expect(wordLevel("1. PROGRAM SATU")).toBe("program");
    expect(wordLevel("Kegiatan: Penyusunan")).toBe("kegiatan");
    expect(wordLevel("Sub Kegiatan - Penyediaan")).toBe("subKegiatan");
    expect(wordLevel("Kegiatan Promosi Penanaman Modal")).toBeNull();
    expect(wordLevel("Pelaksanaan Kegiatan Promosi")).toBeNull();
  });
});
