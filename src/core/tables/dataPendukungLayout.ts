/** Labels and column headers the Data Pendukung template writes and the reader looks for by their words. */
export const LABEL_NAMA = "Nama Perangkat Daerah";
export const LABEL_TOTAL = "Total Anggaran Perangkat Daerah (Rp)";
export const LABEL_TAHUN = "Tahun";
export const LABEL_OPERASI_ANGGARAN = "Belanja Operasi: Anggaran (Rp)";
export const LABEL_OPERASI_REALISASI = "Belanja Operasi: Realisasi (Rp)";
export const LABEL_PEGAWAI_ANGGARAN = "Belanja Pegawai: Anggaran (Rp)";
export const LABEL_PEGAWAI_REALISASI = "Belanja Pegawai: Realisasi (Rp)";

/** Every label, in the template's order. */
export const LABELS = [
  LABEL_NAMA,
  LABEL_TOTAL,
  LABEL_TAHUN,
  LABEL_OPERASI_ANGGARAN,
  LABEL_OPERASI_REALISASI,
  LABEL_PEGAWAI_ANGGARAN,
  LABEL_PEGAWAI_REALISASI,
];

export type LabelKey =
  | "namaPerangkatDaerah"
  | "totalAnggaran"
  | "tahun"
  | "operasiAnggaran"
  | "operasiRealisasi"
  | "pegawaiAnggaran"
  | "pegawaiRealisasi";

/** Which label a cell's normalised words are, or null. */
export function classifyLabel(words: string): LabelKey | null {
  if (words.startsWith("nama perangkat daerah") || words === "nama opd" || words === "nama skpd") {
    return "namaPerangkatDaerah";
  }
  if (words.startsWith("total anggaran")) return "totalAnggaran";
  if (words === "tahun" || words === "tahun anggaran" || words === "tahun laporan") return "tahun";
  const belanja = /^belanja (operasi|pegawai)\b.*\b(anggaran|realisasi)\b/.exec(words);
  if (belanja) {
    const jenis = belanja[1] === "operasi" ? "operasi" : "pegawai";
    return `${jenis}${belanja[2] === "anggaran" ? "Anggaran" : "Realisasi"}` as LabelKey;
  }
  return null;
}

export const LABEL_TEXT: Record<LabelKey, string> = {
  namaPerangkatDaerah: LABEL_NAMA,
  totalAnggaran: LABEL_TOTAL,
  tahun: LABEL_TAHUN,
  operasiAnggaran: LABEL_OPERASI_ANGGARAN,
  operasiRealisasi: LABEL_OPERASI_REALISASI,
  pegawaiAnggaran: LABEL_PEGAWAI_ANGGARAN,
  pegawaiRealisasi: LABEL_PEGAWAI_REALISASI,
};

/** The three tables of Data Pendukung: per indikator, per sasaran (Rencana Tindak Lanjut), per program. */
export type SectionKind = "indikator" | "sasaran" | "program";

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

export type SasaranColumn = "no" | "sasaran" | "rencanaTindakLanjut";
export type ProgramColumn = "no" | "program" | "sumberDana" | "kode";

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

export const SASARAN_HEADERS: Record<SasaranColumn, string> = {
  no: "No",
  sasaran: "Sasaran Strategis",
  rencanaTindakLanjut: "Rencana Tindak Lanjut",
};

export const PROGRAM_HEADERS: Record<ProgramColumn, string> = {
  no: "No",
  program: "Program",
  sumberDana: "Sumber Dana (KET. Tabel 2.2: DAU, DAK, DID …)",
  kode: "Kode",
};

/** Which column of the indikator table a header names, from its normalised words; null for one the reader skips. */
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

/** A column of the sasaran table (Rencana Tindak Lanjut), or null. */
export function classifySasaranHeader(words: string): SasaranColumn | null {
  if (words.includes("tindak lanjut")) return "rencanaTindakLanjut";
  if (words.includes("sasaran")) return "sasaran";
  if (words === "no" || words === "nomor") return "no";
  return null;
}

/** A column of the program table (sumber dana), or null. */
export function classifyProgramHeader(words: string): ProgramColumn | null {
  if (words.includes("sumber dana") || words === "ket" || words === "keterangan") return "sumberDana";
  if (words === "kode" || words.startsWith("kode ")) return "kode";
  if (words.startsWith("program") && !words.includes("menunjang")) return "program";
  if (words === "no" || words === "nomor") return "no";
  return null;
}
