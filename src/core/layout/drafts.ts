import { MaybeNumber, Quarterly, Sasaran, Tujuan } from "../model/types";

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
}

export interface SasaranDraft {
  sasaran: Sasaran;
  budget: BudgetRowDraft[];
}

export interface TujuanDraft {
  tujuan: Tujuan;
  sasaran: SasaranDraft[];
}
