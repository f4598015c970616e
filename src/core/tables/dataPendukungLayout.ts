/** Labels and column headers the Data Pendukung template writes and the reader looks for by their words. */
export const LABEL_NAMA = "Nama Perangkat Daerah";
export const LABEL_TOTAL = "Total Anggaran Perangkat Daerah (Rp)";
export const LABEL_TAHUN = "Tahun";

export type DataColumn =
  | "no"
  | "sasaran"
  | "indikator"
  | "satuan"
  | "polaritas"
  | "targetTahunLalu"
  | "realisasiTahunLalu"
  | "targetAkhirRenstra"
  | "analisis"
  | "programPenunjang";

/** Header text per column; `tahunLalu` is the year before the report's (or `n-1`). */
export function columnHeaders(tahunLalu: string): Record<DataColumn, string> {
  return {
    no: "No",
    sasaran: "Sasaran",
    indikator: "Indikator Kinerja",
    satuan: "Satuan",
    polaritas: "Polaritas",
    targetTahunLalu: `Target Tahun Lalu (${tahunLalu})`,
    realisasiTahunLalu: `Realisasi Tahun Lalu (${tahunLalu})`,
    targetAkhirRenstra: "Target Akhir Renstra",
    analisis: "Analisis Penyebab Keberhasilan/Kegagalan",
    programPenunjang: "Program/Kegiatan yang Menunjang",
  };
}

/** Which column a header names, from its normalised words; null for a column the reader does not use. */
export function classifyHeader(words: string): DataColumn | null {
  if (words === "") return null;
  if (words.includes("polaritas")) return "polaritas";
  if (words.includes("analisis") || words.includes("penyebab")) return "analisis";
  if (words.includes("menunjang") || words.includes("penunjang")) return "programPenunjang";
  if (words.includes("target") && (words.includes("akhir") || words.includes("renstra"))) return "targetAkhirRenstra";
  if (words.includes("target")) return "targetTahunLalu";
  if (words.includes("realisasi")) return "realisasiTahunLalu";
  if (words.includes("indikator")) return "indikator";
  if (words.includes("sasaran")) return "sasaran";
  if (words.includes("program") || words.includes("kegiatan")) return "programPenunjang";
  if (words.includes("satuan")) return "satuan";
  if (words === "no" || words === "nomor") return "no";
  return null;
}
