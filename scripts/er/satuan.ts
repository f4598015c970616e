/**
 * Count or rate: for a count (dokumen, laporan, orang, unit, …) the triwulan realisasi add up to the year's; for a
 * rate or score (%, persen, indeks, nilai, rasio, skor, predikat, opini) the year's is the latest value.
 */
const RATE = /%|\bpersen|\bindeks|\bindex\b|\bnilai\b|\brasio\b|\bskor\b|\bpredikat\b|\bopini\b/i;

export function isRateSatuan(satuan: string): boolean {
  return RATE.test(satuan);
}
