import { Polaritas } from "./polaritas";

/**
 * What an indikator's own words say of its polaritas, for a sheet that states no capaian to tell it by: measures
 * where less is better (`Angka Kematian Ibu`, `Prevalensi stunting`, `Tingkat Pengangguran Terbuka`, `Persentase
 * penduduk miskin`) are negatif; a measure of reducing or handling them (`Persentase penurunan angka kematian`,
 * `Cakupan penanganan kasus gizi buruk`) is not. A Keterangan that says it (`semakin kecil semakin baik`) decides.
 * A target written as a bound says it too, after the Keterangan: `≤ 5` / `maksimal 5` (at most) is negatif, `≥ 80`
 * (at least) positif. Null when the words say nothing: positif then, as before. It prefills Data Pendukung, where
 * the officer sees it and changes it; it never overrides what the officer wrote there.
 */
export function polaritasFromWords(name: string, keterangan = "", batas?: "min" | "maks"): Polaritas | null {
  const said = polaritasInNote(keterangan);
  if (said !== null) return said;
  if (batas) return batas === "maks" ? "negatif" : "positif";
  const words = name.toLowerCase();
  if (REDUCING.test(words) || MORE_IS_BETTER.test(words)) return null;
  return LESS_IS_BETTER.test(words) ? "negatif" : null;
}

/** What a Keterangan says of the polaritas (`semakin kecil semakin baik`, `polaritas negatif`); null when nothing. */
export function polaritasInNote(keterangan: string): Polaritas | null {
  const note = keterangan.toLowerCase();
  if (/semakin\s+(kecil|rendah|sedikit)\s+semakin\s+baik|polaritas\s+negatif/.test(note)) return "negatif";
  if (/semakin\s+(besar|tinggi|banyak)\s+semakin\s+baik|polaritas\s+positif/.test(note)) return "positif";
  return null;
}

/** Measures where a smaller figure is the better one (health, poverty, labour, education, order). */
const LESS_IS_BETTER = new RegExp(
  "\\b(" +
    [
      "angka kematian",
      "kematian (ibu|bayi|balita|neonatal)",
      "prevalensi",
      "stunting",
      "gizi buruk",
      "angka kesakitan",
      "pengangguran",
      "kemiskinan",
      "penduduk miskin",
      "(rasio|indeks) gini",
      "inflasi",
      "putus sekolah",
      "buta aksara",
      "angka kecelakaan",
      "kriminalitas",
    ].join("|") +
    ")\\b",
);

/**
 * Measures a word above would take for negatif, where more is better: the prevalence of contraception (`Angka
 * Prevalensi Kontrasepsi Modern (mCPR)`, `prevalensi pemakaian kontrasepsi`, `peserta KB aktif`).
 */
const MORE_IS_BETTER = /\b(kontrasepsi|mcpr|cpr|ber-?kb|peserta kb|keluarga berencana)\b/;

/** Words of a measure of reducing, handling or covering such a figure: more of it is better. */
const REDUCING =
  /\b(penurunan|menurun(nya)?|turunnya|pengurangan|berkurangnya|penanganan|ditangani|tertangani|penanggulangan|cakupan|pencegahan|terselesaikan|diselesaikan|bebas)\b/;
