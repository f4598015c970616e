/** Every column the Pengukuran Kinerja layout may have. */
export const COLUMN_KEYS = [
  "no",
  "tujuan",
  "indikatorTujuan",
  "sasaran",
  "indikatorSasaran",
  "formulasi",
  "target1",
  "target2",
  "target3",
  "target4",
  "realisasiKinerja",
  "capaianKinerja",
  "kode",
  "uraian",
  "pagu",
  "kas1",
  "kas2",
  "kas3",
  "kas4",
  "realisasiAnggaran",
  "capaianAnggaran",
] as const;

export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** 0-based column index per recognised column; a missing key is a column that was not found. */
export type ColumnMap = Partial<Record<ColumnKey, number>>;
