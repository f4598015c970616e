/**
 * Whether an indikator's K values add up over the triwulan: a count (dokumen, laporan, unit, paket, kegiatan,
 * orang, …) does, so its year is the sum of its quarters and its Renstra realisasi grows by it; a rate or score
 * (%, persen, indeks, nilai, rasio, skor, predikat, opini, or an average such as a number of days) does not. Only
 * a satuan known to be a count is checked: an unknown unit says nothing, and the checks stay silent.
 */

/** Words that make a K value a rate, a score or an average, wherever they stand in the satuan or the name. */
const RATE =
  /%|\b(persen|prosen|persentase|indeks|index|nilai|rasio|skor|score|poin|predikat|opini|level|tingkat|kategori|peringkat|rata|rerata|prevalensi)\b/i;

/** An indikator name that says it is a rate or an average, whatever its satuan. */
const RATE_NAME =
  /^\s*(persentase|prosentase|rasio|indeks|nilai|rata|rerata|tingkat|angka|prevalensi|skor|opini|predikat)\b/i;

/** First words of a satuan that count things (Permendagri 90/2019 nomenclature and SIPD satuan lists). */
const COUNT_WORDS = new Set([
  "dokumen",
  "laporan",
  "unit",
  "paket",
  "kegiatan",
  "orang",
  "buah",
  "lembaga",
  "instansi",
  "desa",
  "kelurahan",
  "kecamatan",
  "sekolah",
  "kali",
  "event",
  "jenis",
  "berkas",
  "izin",
  "ijin",
  "kelompok",
  "keluarga",
  "kk",
  "rumah",
  "siswa",
  "peserta",
  "titik",
  "lokasi",
  "ruas",
  "km",
  "meter",
  "m",
  "m2",
  "m3",
  "ha",
  "hektar",
  "ton",
  "kg",
  "liter",
  "eksemplar",
  "set",
  "sistem",
  "aplikasi",
  "perda",
  "perkada",
  "perbup",
  "perwali",
  "regulasi",
  "kasus",
  "sampel",
  "naskah",
  "perkara",
  "pasien",
  "balita",
  "bayi",
  "anak",
  "ekor",
  "usaha",
  "perusahaan",
  "koperasi",
  "umkm",
  "surat",
  "sk",
  "rekomendasi",
  "usulan",
  "proposal",
  "kontrak",
  "pertemuan",
  "rapat",
  "sosialisasi",
  "pelatihan",
  "dokumentasi",
  "publikasi",
  "bulan",
  "objek",
  "obyek",
  "berita",
  "tim",
  "pos",
  "kendaraan",
  "judul",
  "produk",
  "pelaku",
  "jiwa",
  "puskesmas",
  "gedung",
  "ruang",
  "lembar",
  "buku",
  "modul",
  "kawasan",
  "komunitas",
  "forum",
  "organisasi",
  "pegawai",
  "asn",
  "guru",
  "petani",
  "nelayan",
  "pohon",
  "bibit",
  "sertifikat",
  "akta",
  "kartu",
]);

/** True when the indikator's K values are a count: its quarters add up. */
export function isCountIndikator(ind: { satuan?: unknown; name?: unknown; persen?: unknown }): boolean {
  const satuan = typeof ind.satuan === "string" ? ind.satuan.trim().toLowerCase() : "";
  const name = typeof ind.name === "string" ? ind.name : "";
  if (satuan === "" || ind.persen === true || RATE.test(satuan) || RATE_NAME.test(name)) return false;
  const first = /^[a-z0-9]+/.exec(satuan)?.[0] ?? "";
  return COUNT_WORDS.has(first);
}
