import { Polaritas } from "../formulas/polaritas";
import Decimal from "decimal.js";
import { Finding } from "./finding";
import { ColumnKey, ColumnMap, Layout } from "./columns";
import { NilaiSkala } from "../formulas/nilaiKualitatif";

/** A number read from a cell. Amounts are in Rupiah; percentages in percent points (0,39% → 0.39). */
export interface NumberCell {
  value: Decimal;
  /** Digits after the decimal separator as the cell shows them: the precision of any comparison. */
  decimals: number;
  /** A1 address of the source cell. */
  cell: string;
}

/**
 * `null` when the cell is empty (absent), and also when it holds text that is not a number: such a cell is listed
 * in its row's `unreadable`, which is what tells the two apart. A dash `-` is a zero, not null.
 */
export type MaybeNumber = NumberCell | null;

/**
 * The number columns of one row whose cell holds text that is not a number (`#####`, `Rp ?`, a stray word): each
 * has an unreadable-value finding, and every rule that needs the value stays silent (src/core/validation/README.md).
 */
export type UnreadableColumns = readonly ColumnKey[];

/** TW I..IV, always four entries. */
export type Quarterly = [MaybeNumber, MaybeNumber, MaybeNumber, MaybeNumber];

export interface Indikator {
  name: string;
  /** A1 of the name cell (or of the first formulasi cell when the name is missing). */
  cell: string;
  /** Formulasi lines in order: one line, or numerator then denominator. */
  formulasi: string[];
  target: Quarterly;
  realisasi: MaybeNumber;
  capaian: MaybeNumber;
  /**
   * The capaian the sheet states against the year's target beside the one against the report's triwulan
   * (`Capaian thd Target Tahunan` beside `Capaian thd Target TW III`); absent without such a column.
   */
  capaianTahunan?: MaybeNumber;
  /** True when target/realisasi were shown as percentages. */
  persen: boolean;
  /** 0-based source row of the indikator's first line. */
  row: number;
  /** Its line (1-based) in cells that hold several indikator one per line; absent when the cells are its own. */
  line?: number;
  /**
   * The polaritas the sheet's own POLARITAS column gives it (`Stabil`, `Negatif`), or its Keterangan in words
   * (`Semakin kecil semakin baik`); absent without either.
   */
  polaritas?: Polaritas;
  /** What the sheet's SATUAN column says (`%`, `dokumen`, `‰`); absent without one. */
  satuan?: string;
  /** Target, realisasiKinerja or capaianKinerja cells that hold text; absent when every cell could be read. */
  unreadable?: UnreadableColumns;
  /**
   * TW I..IV: a target written as a range (`90-95`) where `target` has none; absent when no target is one. A range
   * is measured as DOMAIN.md says: inside counts 100%, outside against the nearer end.
   */
  targetRentang?: [TargetRentang | null, TargetRentang | null, TargetRentang | null, TargetRentang | null];
  /**
   * TW I..IV: a target written as a bound (`≥ 80`, `maks. 5`); its number is the target in `target`, the bound says
   * how it was written and which way is better. Absent when no target is one.
   */
  targetBatas?: [TargetBatas | null, TargetBatas | null, TargetBatas | null, TargetBatas | null];
  /**
   * TW I..IV: true where the target cell holds a dash, a target deliberately not set (a yearly target written in TW IV
   * only, `-` in the quarters before): no target, and none missing. Absent when no target is a dash.
   */
  targetStrip?: [boolean, boolean, boolean, boolean];
  /**
   * The stated capaian written as a bound (`>100%`, `≥ 100`): its number is in `capaian`, the bound says the capaian
   * is at least (or at most) that. Absent when the capaian is a number.
   */
  capaianBatas?: TargetBatas;
  /**
   * Target, realisasi and capaian cells that hold a value on an ordered scale (`BB`, `WTP`, `Tercapai`), by column;
   * their number is null and they are not unreadable. Absent when there is none.
   */
  kualitatif?: Partial<
    Record<"target1" | "target2" | "target3" | "target4" | "realisasiKinerja" | "capaianKinerja", NilaiKualitatif>
  >;
}

/**
 * A K cell holding a word on an ordered scale (`BB`, `WTP`, `Baik`; formulas/nilaiKualitatif.ts) instead of a
 * number.
 */
export interface NilaiKualitatif extends NilaiSkala {
  /** The cell's text as written. */
  text: string;
  /** A1 of the cell. */
  cell: string;
}

/**
 * A target written as a bound: `min` for at least (`≥ 80`, `min. 75%`: more is better), `maks` for at most (`≤ 5`,
 * `maksimal 2`: less is better, polaritas negatif), as written, and its cell.
 */
export interface TargetBatas {
  arah: "min" | "maks";
  text: string;
  cell: string;
}

/** A target written as a range: its two ends (percent points when the indikator is a percentage) and its cell. */
export interface TargetRentang {
  lo: Decimal;
  hi: Decimal;
  /** Digits after the decimal separator as written: the precision the ends are shown with. */
  decimals: number;
  /** A1 of the target cell. */
  cell: string;
  /** The cell's text as written (`90-95`). */
  text: string;
}

/**
 * Levels of the budget tree: urusan → bidang urusan → program → kegiatan → sub kegiatan. The Pengukuran Kinerja
 * layout has only the last three (ProgramLevel); the Evaluasi Renja form also lists urusan and bidang rows.
 */
export type Level = "urusan" | "bidang" | "program" | "kegiatan" | "subKegiatan";
export type ProgramLevel = "program" | "kegiatan" | "subKegiatan";

/**
 * How the level of a budget row was decided, strongest first: its code, the word its name starts with, the
 * parent's SUM formula over it, its format (fill, bold, indent), arithmetic, its position.
 */
export type LevelEvidence = "kode" | "kata" | "rumus" | "format" | "aritmetika" | "posisi";

export interface BudgetNode {
  level: Level;
  /** Permendagri 90/2019 code when the sheet has one (`2.18.03.2.01`). */
  kode?: string;
  name: string;
  cell: string;
  row: number;
  pagu: MaybeNumber;
  anggaranKas: Quarterly;
  realisasi: MaybeNumber;
  /** Stated capaian anggaran in percent points. */
  capaian: MaybeNumber;
  levelEvidence: LevelEvidence;
  /** Pagu, kas, realisasiAnggaran or capaianAnggaran cells that hold text; absent when every cell could be read. */
  unreadable?: UnreadableColumns;
  /**
   * The formula of each money cell of the row that holds one (without `=`), by column; absent when none does. The
   * formula-range rule reads which rows a parent's SUM takes in.
   */
  formulas?: RowFormulas;
  /**
   * The realisasi anggaran as the row's parts beside its year's column say it (a month's or a quarter's own spending,
   * or the realisasi up to each quarter): their sum up to the report's triwulan, or the report's quarter's, and the
   * cells it comes from. Absent where the sheet has no such parts, or one of them cannot be read.
   */
  realisasiRincian?: RealisasiRincian;
}

/** See BudgetNode.realisasiRincian. */
export interface RealisasiRincian {
  value: NumberCell;
  cells: string[];
  per: "triwulan" | "bulan";
  kumulatif: boolean;
}

/** Formulas of a row's number cells by column key. */
export type RowFormulas = Partial<Record<ColumnKey, string>>;

export interface SubKegiatan extends BudgetNode {
  level: "subKegiatan";
}

export interface Kegiatan extends BudgetNode {
  level: "kegiatan";
  subKegiatan: SubKegiatan[];
}

export interface Program extends BudgetNode {
  level: "program";
  kegiatan: Kegiatan[];
}

export interface Sasaran {
  name: string;
  cell: string;
  row: number;
  indikator: Indikator[];
  program: Program[];
}

export interface Tujuan {
  /** The NO column as written (`1`, `4.`), if any. */
  no?: string;
  name: string;
  cell: string;
  row: number;
  indikatorTujuan?: string;
  sasaran: Sasaran[];
}

export type TriwulanFrom = "judul" | "lembar" | "realisasi" | "capaian";

/** What every recognised sheet holds, whatever its layout family. */
export interface SheetModelBase {
  layout: Layout;
  sheet: string;
  /** 1..4 from the title (`S/D TRIWULAN II`), null when the title does not say. */
  triwulan: number | null;
  /**
   * Where the triwulan was read: the title, the sheet's name, or, neither saying it, the sheet's own figures (the
   * last quarter holding realisasi, the targets its capaian are measured against); null or absent: not known.
   */
  triwulanFrom?: TriwulanFrom | null;
  /** The triwulan the sheet's name states where it differs from the title's (`TW 4` under `S/D TRIWULAN III`). */
  triwulanLembar?: number;
  /**
   * The title's triwulan where the sheet's name was read instead (`triwulanFrom` "lembar"): the sheet's stated capaian
   * follow the name's targets, not the title's (a sheet copied for the next quarter, renamed, its title left).
   */
  triwulanJudul?: number;
  tahun: number | null;
  /** Title lines above the header, as written. */
  title: string[];
  /** 0-based column index of every recognised column. */
  columns: ColumnMap;
  /** 0-based first and last header row. */
  headerRows: [number, number];
  /** 0-based first data row (after the optional row of column numbers) and last data row. */
  dataRows: [number, number];
  /** What recognition itself found: unreadable-value, missing-name, level-uncertain. */
  findings: Finding[];
  /**
   * The sheet writes its Rupiah in thousands or millions (`dalam ribuan rupiah`, `Rp (000)`): every Rupiah figure of
   * the model is already multiplied back to rupiah. Absent when the sheet writes rupiah.
   */
  rupiahUnit?: RupiahUnit;
  /**
   * The sheet says thousands or millions, but its amounts are written in full rupiah (a title line left from another
   * year's sheet): they are read as written, and the rupiah-unit warning says so. Absent otherwise.
   */
  rupiahUnitIgnored?: IgnoredRupiahUnit;
  /**
   * The sheet holds tables of several periods one below the other (`S/D TRIWULAN I`, then `S/D TRIWULAN II`…): every
   * table's rows and period, in sheet order; the one read (the latest) is `read`, the others are left out and said
   * (stacked-tables). Absent when the sheet holds one table.
   */
  stackedTables?: StackedTable[];
}

/** One of several tables stacked in a sheet. */
export interface StackedTable {
  /** 0-based first and last row. */
  rows: [number, number];
  triwulan: number | null;
  tahun: number | null;
  read: boolean;
  /** Another unit's table (`Unit Organisasi : RSUD …`), by the name its title gives; never the one read. */
  unit?: string;
}

/** Where a sheet says its Rupiah are in thousands or millions, and by how much its figures are multiplied. */
export interface RupiahUnit {
  factor: number;
  /** The cell that says so, and its text. */
  cell: string;
  text: string;
}

/** A unit the sheet states that its amounts contradict: the middle one of them, as written, and its cell. */
export interface IgnoredRupiahUnit extends RupiahUnit {
  median: number;
  medianCell: string;
}

/** The Pengukuran Kinerja table recognised in one worksheet. */
export interface PengukuranKinerjaModel extends SheetModelBase {
  layout: "pengukuran-kinerja";
  tujuan: Tujuan[];
  /** The table's JUMLAH / TOTAL rows (no program, kegiatan or sub kegiatan), in sheet order; absent when none. */
  totals?: PkTotalRow[];
  /**
   * The header says the anggaran kas columns are cumulative (`S/D TW II`, `ANGGARAN KAS (KUMULATIF)`): each holds the
   * kas planned up to and including its quarter, TW IV's the year's. Absent: each holds its own quarter.
   */
  kasKumulatif?: true;
}

/** A JUMLAH / TOTAL row of a Pengukuran Kinerja table. */
export interface PkTotalRow {
  row: number;
  /** A1 of its label. */
  cell: string;
  pagu: MaybeNumber;
  realisasi: MaybeNumber;
  /** Its pagu or realisasi holds something that is not a number (that finding is said; the total is not checked). */
  unreadable: boolean;
  /**
   * What a total that is not the table's adds up, by its label: `halaman` the rows of a printed page (`Jumlah
   * Halaman ini`, `Jumlah s/d Halaman ini`), `sebagian` a part it names (`Jumlah Sasaran 3`, `Jumlah Program …`).
   * Absent for a plain `JUMLAH` / `TOTAL`.
   */
  bagian?: "halaman" | "sebagian";
}
