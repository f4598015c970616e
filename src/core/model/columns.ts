/** The source layouts the engine reads: two sibling families of worksheet. */
export const LAYOUTS = ["pengukuran-kinerja", "evaluasi-renja"] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Every column the Pengukuran Kinerja layout may have. */
export const PK_COLUMN_KEYS = [
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
  "capaianTahunan",
  "satuan",
  "polaritas",
  "keterangan",
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

export type PkColumnKey = (typeof PK_COLUMN_KEYS)[number];

/** A Pengukuran Kinerja row's budget half: its code, its name and its Rupiah columns (the keys from `kode` on). */
export const PK_BUDGET_COLUMNS: readonly PkColumnKey[] = PK_COLUMN_KEYS.slice(PK_COLUMN_KEYS.indexOf("kode"));

/** A Pengukuran Kinerja row's kinerja half: the indikator sasaran with its targets, realisasi and capaian. */
export const PK_INDIKATOR_COLUMNS: readonly PkColumnKey[] = PK_COLUMN_KEYS.slice(
  PK_COLUMN_KEYS.indexOf("indikatorSasaran"),
  PK_COLUMN_KEYS.indexOf("kode"),
);

/** The target of each triwulan, TW I..IV. */
export const TARGET_COLUMN_KEYS = ["target1", "target2", "target3", "target4"] as const;

/** The Pengukuran Kinerja column keys under their first name. */
export const COLUMN_KEYS = PK_COLUMN_KEYS;

/**
 * The numbered column groups of the Evaluasi Renja form (Permendagri 86/2017), each with a K (kinerja) and an Rp
 * column: (6) target Renstra at its last year, (7) realisasi Renstra up to last year, (8) target Renja of the year
 * (its Rp is the pagu), (9)–(12) realisasi per triwulan, (13) realisasi of the year, (14) realisasi Renstra up to
 * this year, (15) tingkat capaian Renstra (%). The numbers vary between copies; the roles do not.
 */
export const ER_GROUPS = [
  "targetRenstra",
  "realisasiRenstra",
  "targetRenja",
  "realisasiTw1",
  "realisasiTw2",
  "realisasiTw3",
  "realisasiTw4",
  "realisasi",
  "realisasiSdTahun",
  "tingkatCapaian",
  "capaianRenja",
] as const;

export type ErGroup = (typeof ER_GROUPS)[number];

/** Every column the Evaluasi Renja layout may have: single columns, then K / % / Rp of each group. */
export const ER_COLUMN_KEYS = [
  "no",
  "visi",
  "misi",
  "sasaranRpjmd",
  "tujuan",
  "sasaran",
  "kode",
  "uraian",
  "indikator",
  "satuan",
  "targetRenstraK",
  "targetRenstraRp",
  "realisasiRenstraK",
  "realisasiRenstraRp",
  "targetRenjaK",
  "targetRenjaRp",
  "realisasiTw1K",
  "realisasiTw1Persen",
  "realisasiTw1Rp",
  "realisasiTw2K",
  "realisasiTw2Persen",
  "realisasiTw2Rp",
  "realisasiTw3K",
  "realisasiTw3Persen",
  "realisasiTw3Rp",
  "realisasiTw4K",
  "realisasiTw4Persen",
  "realisasiTw4Rp",
  "realisasiK",
  "realisasiRp",
  "realisasiSdTahunK",
  "realisasiSdTahunRp",
  "tingkatCapaianK",
  "tingkatCapaianRp",
  "capaianRenjaK",
  "capaianRenjaRp",
  "unitPd",
  "keterangan",
] as const;

export type ErColumnKey = (typeof ER_COLUMN_KEYS)[number];

/** The Evaluasi Renja K of each triwulan (9)–(12). */
export const ER_TRIWULAN_K_KEYS = ["realisasiTw1K", "realisasiTw2K", "realisasiTw3K", "realisasiTw4K"] as const;

/** A column of either family (some, such as `uraian` and `kode`, belong to both). */
export type ColumnKey = PkColumnKey | ErColumnKey;

/** 0-based column index per recognised column; a missing key is a column that was not found. */
export type ColumnMap = Partial<Record<ColumnKey, number>>;

/** The column keys of one family, in the order a correction form lists them. */
export function columnKeysOf(layout: Layout): readonly ColumnKey[] {
  return layout === "evaluasi-renja" ? ER_COLUMN_KEYS : PK_COLUMN_KEYS;
}

export function isColumnKeyOf(layout: Layout, key: string): key is ColumnKey {
  return (columnKeysOf(layout) as readonly string[]).includes(key);
}

/** Families whose column keys include every key of the map (both for a map of shared keys only). */
export function layoutsOfColumnMap(map: ColumnMap): Layout[] {
  const keys = Object.keys(map);
  return LAYOUTS.filter((layout) => keys.every((k) => isColumnKeyOf(layout, k)));
}

/** The unit of an Evaluasi Renja group column: kinerja, a cumulative progress percentage, or Rupiah. */
export type ErUnit = "K" | "Persen" | "Rp";

/** The column key of a group's unit, when the form has such a column (`targetRenja` + `Rp` → `targetRenjaRp`). */
export function erGroupKey(group: ErGroup, unit: ErUnit): ErColumnKey | null {
  const key = `${group}${unit}`;
  return (ER_COLUMN_KEYS as readonly string[]).includes(key) ? (key as ErColumnKey) : null;
}
