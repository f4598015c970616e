import { ErColumnKey, ErGroup } from "./columns";
import {
  BudgetNode,
  MaybeNumber,
  NilaiKualitatif,
  Quarterly,
  SheetModelBase,
  TargetBatas,
  TargetRentang,
  UnreadableColumns,
} from "./types";

/*
 * The Evaluasi Renja form (Permendagri 86/2017, "Evaluasi terhadap Hasil Renja Perangkat Daerah") as recognised
 * in one worksheet. Numbers are NumberCells with their source cell; amounts in Rupiah, percentages in percent points.
 */

/**
 * The figures of one numbered group column pair, by role. In an indikator they are K (kinerja) values; on a
 * budget node the Rp values. Null where the cell is empty or the sheet has no such column.
 */
export interface ErFigures {
  /** (6) Target Renstra PD at its last year. */
  targetRenstra: MaybeNumber;
  /** (7) Realisasi Renstra up to last year's Renja. */
  realisasiRenstra: MaybeNumber;
  /** (9)–(12) Realisasi per triwulan: that quarter's, not cumulative. */
  realisasiTriwulan: Quarterly;
  /** (14 = 7 + 13) Realisasi Renstra up to this year. */
  realisasiSdTahun: MaybeNumber;
  /** (15 = 14 / 6 × 100) Tingkat capaian Renstra, in percent points. */
  tingkatCapaian: MaybeNumber;
  /**
   * Tingkat capaian of the year's Renja (13 / 8 × 100), in percent points: a column some copies add beside (15)
   * (`Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)`). Absent without that column.
   */
  capaianRenja?: MaybeNumber;
}

export interface ErIndikator extends ErFigures {
  /** Indikator kinerja program (outcome) / kegiatan (output), as written. */
  name: string;
  /** A1 of the name cell. */
  cell: string;
  /** 0-based row. */
  row: number;
  satuan: string;
  /** (8) Target kinerja of the Renja of the year. */
  targetRenja: MaybeNumber;
  /** A cumulative progress percentage per triwulan, where the form has a % column beside K. */
  persenTriwulan: Quarterly;
  /** (13 = 9 + 10 + 11 + 12) Realisasi of the year. */
  realisasi: MaybeNumber;
  /** True when the satuan or the cells say the K values are percentages. */
  persen: boolean;
  /** K or % cells that hold text that is not a number; absent when every cell could be read. */
  unreadable?: UnreadableColumns;
  /** The Keterangan cell of the indikator's row, when it holds text (`Semakin kecil semakin baik`). */
  keterangan?: string;
  /** Its line (1-based) in cells that hold several indikator one per line; absent when the cells are its own. */
  line?: number;
  /** (8) target Renja K written as a range (`90-95`), where `targetRenja` is then null. */
  targetRentang?: TargetRentang;
  /** (8) target Renja K written as a bound (`≥ 80`, `maks. 5`); `targetRenja` holds its number. */
  targetBatas?: TargetBatas;
  /** K cells holding a value on an ordered scale (`BB`, `WTP`), by column; their number is null. */
  kualitatif?: Partial<Record<ErColumnKey, NilaiKualitatif>>;
}

/**
 * One urusan, bidang urusan, program, kegiatan or sub kegiatan row block: its name row, its indikator (one per row
 * of the block) and, once, its Rp figures. As a BudgetNode, `pagu` is the Rp of (8) target Renja and `realisasi`
 * the Rp of (13); the form has no anggaran kas and no capaian anggaran, so those stay empty as in a Pengukuran
 * Kinerja sheet without such columns. `unreadable` lists the Rp columns whose cell holds text.
 */
export interface ErNodeBase extends BudgetNode, ErFigures {
  /** A1 of the Sasaran PD whose block the row lies in; null before any Sasaran PD. */
  sasaranCell: string | null;
  indikator: ErIndikator[];
  /** The row lies in a block pasted below the table's total row (see EvaluasiRenjaModel.outsideTotals). */
  outsideTotals?: true;
}

export interface ErSubKegiatan extends ErNodeBase {
  level: "subKegiatan";
}

export interface ErKegiatan extends ErNodeBase {
  level: "kegiatan";
  subKegiatan: ErSubKegiatan[];
}

export interface ErProgram extends ErNodeBase {
  level: "program";
  kegiatan: ErKegiatan[];
}

export interface ErBidang extends ErNodeBase {
  level: "bidang";
  program: ErProgram[];
}

export interface ErUrusan extends ErNodeBase {
  level: "urusan";
  bidang: ErBidang[];
  /** Programs listed under the urusan without a bidang urusan row between. */
  program: ErProgram[];
}

export type ErNode = ErUrusan | ErBidang | ErProgram | ErKegiatan | ErSubKegiatan;

export interface SasaranPd {
  name: string;
  cell: string;
  row: number;
  /** Indikator written on the Sasaran PD's own rows, before any program row of its block. */
  indikator: ErIndikator[];
}

export interface TujuanPd {
  name: string;
  cell: string;
  row: number;
  /** Context columns as they stood at the tujuan's first row: not sasaran of the office. */
  visi?: string;
  misi?: string;
  sasaranRpjmd?: string;
  sasaran: SasaranPd[];
}

/** `15 = 14 / 6 x 100` as a tree: column numbers, constants and the four operations. */
export type EquationExpr =
  | { kind: "column"; number: number }
  | { kind: "constant"; value: number }
  | { kind: "op"; op: "+" | "-" | "*" | "/"; left: EquationExpr; right: EquationExpr };

/** An equation the row of column numbers states (`13 = 9 + 10 + 11 + 12`): what the sheet claims to add up. */
export interface ColumnEquation {
  /** The number of the group the equation defines (13). */
  number: number;
  /** As written. */
  text: string;
  /** A1 of the cell holding it. */
  cell: string;
  expr: EquationExpr;
  /** The group numbers when the right side only adds columns (`9 + 10 + 11 + 12`), else null. */
  sum: number[] | null;
  /** `14 / 6 x 100` as numerator, denominator and factor, else null. */
  ratio: { numerator: number; denominator: number; factor: number } | null;
}

/** One numbered group of columns: its number in the row of column numbers, its role, its K / % / Rp columns. */
export interface ColumnGroup {
  number: number;
  /** Null for a numbered column that is not one of the figure groups (No, Uraian, Satuan, …). */
  role: ErGroup | null;
  /** A1 of the number cell. */
  cell: string;
  /** 0-based columns under the number. */
  columns: number[];
}

/** A total row: labelled JUMLAH/TOTAL, or a footer row of numbers without a name. */
export interface TotalRow {
  row: number;
  /** A1 of its first number cell (the uraian cell when labelled). */
  cell: string;
  labelled: boolean;
  /** The Rp of target Renja (8) on that row. */
  pagu: MaybeNumber;
  /** The Rp of the year's realisasi (13) on that row. */
  realisasi: MaybeNumber;
  /** The realisasi Rp of each triwulan (9)–(12) on that row. */
  realisasiTriwulan: Quarterly;
  /**
   * The total of one unit's part of the table (the Dinas's JUMLAH, then `II. UPTD …` and its own JUMLAH): it adds up
   * the rows since the total before it, and is never the table's grand total.
   */
  unit?: true;
}

/** Rows pasted below the table's total: recognised, but outside what the total adds up. */
export interface OutsideTotalsBlock {
  /** 0-based first and last row of the block. */
  rows: [number, number];
  /** A1 of the first name cell of the block. */
  cell: string;
  /** A1 of the total the block lies below. */
  totalCell: string;
}

/** A column of text numbers whose dots (or commas) can be read both as thousands and as decimals. */
export interface AmbiguousColumn {
  /** 0-based column. */
  col: number;
  /** A1 of the first cell whose reading is in doubt. */
  cell: string;
  /** How the doubtful cells were read: dots (or commas) as thousands separators, or as a decimal point. */
  reading: "ribuan" | "desimal";
  /** Up to three of the doubtful texts, as written, each once. */
  examples: string[];
}

/** The Evaluasi Renja form recognised in one worksheet. */
export interface EvaluasiRenjaModel extends SheetModelBase {
  layout: "evaluasi-renja";
  /** Where the triwulan came from: the title, the sheet's name, or the last quarter holding realisasi. */
  triwulanFrom: "judul" | "lembar" | "realisasi" | null;
  /** The "Perangkat Daerah : …" line above the table, when there is one. */
  perangkatDaerah: string | null;
  tujuan: TujuanPd[];
  /** Sasaran PD outside any Tujuan PD: the sheet has no Tujuan PD column, or they stand before the first. */
  sasaran: SasaranPd[];
  /** The budget tree. Roots below urusan level (no urusan or bidang row above them) are listed at their level. */
  urusan: ErUrusan[];
  bidang: ErBidang[];
  program: ErProgram[];
  /** The numbered groups and the equations of the row of column numbers, when the header has one. */
  columnGroups: ColumnGroup[];
  equations: ColumnEquation[];
  totals: TotalRow[];
  outsideTotals: OutsideTotalsBlock[];
  ambiguousColumns: AmbiguousColumn[];
  /**
   * The triwulan columns hold realisasi up to each quarter (`s.d. TW I … s.d. TW IV`), not each quarter's own: the
   * year is the latest of them, not their sum. Absent on the standard form.
   */
  triwulanKumulatif?: true;
  /**
   * A semester form (Realisasi Kinerja Pada Semester I / II): Semester I is held in the place of TW II and
   * Semester II in that of TW IV, TW I and TW III are absent; the year is still the sum (or the latest) of what it
   * holds. Absent on the triwulan form.
   */
  semester?: true;
}
