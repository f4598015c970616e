/**
 * A small Evaluasi Renja table for recognition tests: the budget rows of a regional investment and licensing
 * office (names after the Permendagri 90/2019 nomenclature and the seed office's 2022 Pengukuran Kinerja; pagu of
 * the leaves from its Triwulan I report). Renstra figures and the split of realisasi over TW II–IV are made up.
 */
export type ErLevel = "urusan" | "bidang" | "program" | "kegiatan" | "subKegiatan";

export interface ErIndikatorData {
  name: string;
  satuan: string;
  /** K of (6) target Renstra, (7) realisasi Renstra, (8) target Renja, (9)–(12) realisasi per triwulan. */
  targetRenstra: number;
  realisasiRenstra: number;
  targetRenja: number;
  triwulan: [number, number, number, number];
}

export interface ErNodeData {
  level: ErLevel;
  kode: string;
  name: string;
  indikator: ErIndikatorData[];
  /** Rp of the leaves (sub kegiatan): pagu and realisasi per triwulan. Parents add up their children. */
  pagu?: number;
  triwulan?: [number, number, number, number];
  /** The Tujuan PD / Sasaran PD whose block starts at this row. */
  tujuan?: string;
  sasaran?: string;
}

const ind = (
  name: string,
  satuan: string,
  targetRenja: number,
  triwulan: [number, number, number, number],
): ErIndikatorData => ({
  name,
  satuan,
  targetRenstra: targetRenja * 5,
  realisasiRenstra: targetRenja * 3,
  targetRenja,
  triwulan,
});

export const TUJUAN = [
  "Meningkatnya Nilai Investasi Daerah",
  "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan",
  "Meningkatnya Kinerja Lembaga dan Aparatur",
];
export const SASARAN = [
  "Meningkatnya Nilai Penanaman Modal",
  "Meningkatnya Kualitas Pelayanan Perizinan",
  "Meningkatnya Kualitas Perencanaan dan Evaluasi Kinerja",
  "Meningkatnya Akuntabilitas Keuangan Perangkat Daerah",
];

export const ER_ROWS: ErNodeData[] = [
  {
    level: "urusan",
    kode: "2",
    name: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
    indikator: [],
    tujuan: TUJUAN[0],
    sasaran: SASARAN[0],
  },
  { level: "bidang", kode: "2.18", name: "URUSAN PEMERINTAHAN BIDANG PENANAMAN MODAL", indikator: [] },
  {
    level: "program",
    kode: "2.18.02",
    name: "PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL",
    indikator: [ind("Persentase pertumbuhan penanaman modal", "%", 0.39, [0.1, 0.1, 0.1, 0.08])],
  },
  {
    level: "kegiatan",
    kode: "2.18.02.2.01",
    name: "Pembuatan Peta Potensi Investasi Kabupaten/Kota",
    indikator: [ind("Jumlah dokumen peta potensi investasi", "dokumen", 1, [0, 0, 1, 0])],
  },
  {
    level: "subKegiatan",
    kode: "2.18.02.2.01.0001",
    name: "Penyediaan Peta Potensi dan Peluang Usaha Kabupaten/Kota",
    indikator: [ind("Jumlah dokumen peta potensi dan peluang usaha", "dokumen", 1, [0, 0, 1, 0])],
    pagu: 55599900,
    triwulan: [0, 0, 55511475, 0],
  },
  {
    level: "program",
    kode: "2.18.03",
    name: "PROGRAM PROMOSI PENANAMAN MODAL",
    indikator: [
      ind("Persentase peningkatan nilai investasi", "%", 5, [1, 1.5, 1.25, 1.25]),
      ind("Jumlah peminat investasi", "orang", 40, [5, 10, 15, 10]),
    ],
  },
  {
    level: "kegiatan",
    kode: "2.18.03.2.01",
    name: "Penyelenggaraan Promosi Penanaman Modal yang menjadi Kewenangan Daerah Kabupaten/Kota",
    indikator: [ind("Jumlah kegiatan promosi penanaman modal", "kegiatan", 2, [0, 1, 1, 0])],
  },
  {
    level: "subKegiatan",
    kode: "2.18.03.2.01.0001",
    name: "Pelaksanaan Kegiatan Promosi Penanaman Modal Daerah Kabupaten/Kota",
    indikator: [ind("Jumlah laporan pelaksanaan promosi", "laporan", 2, [0, 1, 1, 0])],
    pagu: 49421000,
    triwulan: [800000, 25000000, 21709789, 0],
  },
  {
    level: "program",
    kode: "2.18.04",
    name: "PROGRAM PELAYANAN PENANAMAN MODAL",
    indikator: [ind("Indeks Kepuasan Masyarakat", "indeks", 83, [83.37, 0, 0, 0])],
    tujuan: TUJUAN[1],
    sasaran: SASARAN[1],
  },
  {
    level: "kegiatan",
    kode: "2.18.04.2.01",
    name: "Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu dibidang Penanaman Modal",
    indikator: [ind("Persentase izin terbit tepat waktu", "%", 100, [100, 100, 100, 100])],
  },
  {
    level: "subKegiatan",
    kode: "2.18.04.2.01.0001",
    name: "Penyediaan Pelayanan Terpadu Perizinan dan Nonperizinan berbasis Sistem Elektronik",
    indikator: [ind("Jumlah izin yang diterbitkan", "dokumen", 1200, [300, 300, 300, 300])],
    pagu: 110765800,
    triwulan: [25651190, 30000000, 28000000, 26000000],
  },
  {
    level: "subKegiatan",
    kode: "2.18.04.2.01.0002",
    name: "Pemantauan pemenuhan Komitmen Perizinan dan Non Perizinan Penanaman Modal",
    indikator: [ind("Jumlah laporan pemantauan komitmen", "laporan", 4, [1, 1, 1, 1])],
    pagu: 71159800,
    triwulan: [10165860, 20000000, 20000000, 18000000],
  },
  {
    level: "subKegiatan",
    kode: "2.18.04.2.01.0003",
    name: "Penyediaan Layanan Konsultasi dan Pengelolaan Pengaduan Masyarakat",
    indikator: [ind("Jumlah pengaduan yang ditindaklanjuti", "pengaduan", 24, [6, 6, 6, 6])],
    pagu: 3249800,
    triwulan: [0, 800000, 800000, 800000],
  },
  {
    level: "subKegiatan",
    kode: "2.18.04.2.01.0004",
    name: "Koordinasi dan Sinkronisasi Penetapan pemberian Fasilitas/Insentif Daerah",
    indikator: [ind("Jumlah dokumen fasilitas insentif", "dokumen", 1, [0, 0, 0, 1])],
    pagu: 60999000,
    triwulan: [5575000, 15000000, 15000000, 20000000],
  },
  {
    level: "program",
    kode: "2.18.01",
    name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    indikator: [ind("Persentase capaian kinerja program", "%", 100, [14.28, 30, 30, 25.72])],
    tujuan: TUJUAN[2],
    sasaran: SASARAN[2],
  },
  {
    level: "kegiatan",
    kode: "2.18.01.2.01",
    name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    indikator: [ind("Jumlah dokumen perencanaan dan evaluasi", "dokumen", 6, [2, 1, 1, 2])],
  },
  {
    level: "subKegiatan",
    kode: "2.18.01.2.01.0001",
    name: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
    indikator: [ind("Jumlah dokumen perencanaan", "dokumen", 3, [1, 1, 0, 1])],
    pagu: 33935000,
    triwulan: [4632620, 9000000, 9000000, 9000000],
  },
  {
    level: "subKegiatan",
    kode: "2.18.01.2.01.0006",
    name: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
    indikator: [ind("Jumlah laporan capaian kinerja", "laporan", 3, [1, 0, 1, 1])],
    pagu: 16030000,
    triwulan: [1850000, 4000000, 4000000, 4000000],
  },
  {
    level: "kegiatan",
    kode: "2.18.01.2.02",
    name: "Administrasi Keuangan Perangkat Daerah",
    indikator: [ind("Jumlah laporan keuangan", "laporan", 12, [3, 3, 3, 3])],
    sasaran: SASARAN[3],
  },
  {
    level: "subKegiatan",
    kode: "2.18.01.2.02.0001",
    name: "Penyediaan Gaji dan Tunjangan ASN",
    indikator: [ind("Jumlah orang yang menerima gaji dan tunjangan", "orang", 98, [98, 98, 98, 98])],
    pagu: 8030725352,
    triwulan: [1649490529, 2100000000, 2100000000, 2000000000],
  },
  {
    level: "subKegiatan",
    kode: "2.18.01.2.02.0003",
    name: "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
    indikator: [ind("Jumlah dokumen penatausahaan keuangan", "dokumen", 12, [3, 3, 3, 3])],
    pagu: 126793900,
    triwulan: [4312620, 40000000, 40000000, 40000000],
  },
  {
    level: "subKegiatan",
    kode: "2.18.01.2.02.0007",
    name: "Koordinasi dan Penyusunan Laporan Keuangan",
    indikator: [ind("Jumlah laporan keuangan akhir tahun", "laporan", 1, [0, 0, 0, 1])],
    pagu: 7565800,
    triwulan: [2854000, 1500000, 1500000, 1600000],
  },
];

/** A kegiatan with its sub kegiatan as an office pasted it under the table once more (outside its total). */
export const PASTED_ROWS: ErNodeData[] = [
  {
    level: "kegiatan",
    kode: "2.18.03.2.02",
    name: "Penyelenggaraan Promosi Penanaman Modal Tambahan",
    indikator: [ind("Jumlah kegiatan promosi tambahan", "kegiatan", 1, [0, 0, 1, 0])],
  },
  {
    level: "subKegiatan",
    kode: "2.18.03.2.02.0001",
    name: "Pelaksanaan Pameran Investasi",
    indikator: [ind("Jumlah pameran yang diikuti", "kegiatan", 1, [0, 0, 1, 0])],
    pagu: 15000000,
    triwulan: [0, 0, 14500000, 0],
  },
];
