import {
  MaybeNumber,
  Quarterly,
  RealisasiRincian,
  RowFormulas,
  Sasaran,
  Tujuan,
  UnreadableColumns,
} from "../model/types";

/** One row of the budget half as read, before its level is known. */
export interface BudgetRowDraft {
  row: number;
  /** The name without a code prefix; "" when the row has numbers but no name. */
  name: string;
  kode?: string;
  /** A1 of the uraian cell. */
  cell: string;
  pagu: MaybeNumber;
  anggaranKas: Quarterly;
  realisasi: MaybeNumber;
  capaian: MaybeNumber;
  bold: boolean;
  indent: number;
  /** Number cells of the row that hold text; absent when every cell could be read. */
  unreadable?: UnreadableColumns;
  /** Formulas of the row's money cells; absent when none holds one. */
  formulas?: RowFormulas;
  /** The realisasi as its parts beside the year's column say it (BudgetNode.realisasiRincian). */
  realisasiRincian?: RealisasiRincian;
  /**
   * A heading: the name merged across the pagu column, so the row holds no figures (see headingRows.ts); the A1
   * of the merge's right end, or "" for a name alone in a row whose money cells are all empty.
   */
  headingTo?: string;
}

/** A row with a name and no figures (a heading, merged or not). */
export function isNameOnly(row: BudgetRowDraft): boolean {
  return row.headingTo !== undefined;
}

export interface SasaranDraft {
  sasaran: Sasaran;
  budget: BudgetRowDraft[];
}

export interface TujuanDraft {
  tujuan: Tujuan;
  sasaran: SasaranDraft[];
}
