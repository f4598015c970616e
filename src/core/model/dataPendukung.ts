import Decimal from "decimal.js";
import { Polaritas } from "../formulas/polaritas";
import { NilaiKualitatif } from "./types";

/** Name of the sheet where the user keeps what the Pengukuran Kinerja sheet does not hold. */
export const DATA_PENDUKUNG_SHEET = "Data Pendukung";

/** Per indikator, what the LKjIP needs beyond the Pengukuran Kinerja sheet. Percentages in percent points. */
export interface DataIndikator {
  sasaran: string;
  /** As typed in Data Pendukung: may name an indikator the source sheet leaves unnamed. */
  indikator: string;
  /**
   * Whether the name stands in the template's input cell (yellow: the officer named an indikator the source leaves
   * unnamed) or in its read-only one (grey: the source's name, written by the template); absent when the cell's fill
   * says neither.
   */
  nameTyped?: boolean;
  polaritas: Polaritas;
  /** False when the polaritas cell is empty (positif is then assumed). */
  polaritasTertulis?: boolean;
  satuan?: string;
  targetTahunLalu: Decimal | null;
  realisasiTahunLalu: Decimal | null;
  targetAkhirRenstra: Decimal | null;
  /**
   * Those three written as a value on an ordered scale (`WTP`, `BB`) for an indikator measured so; its number is
   * null and the cell is no unreadable value. Absent when none is.
   */
  kualitatif?: Partial<Record<"targetTahunLalu" | "realisasiTahunLalu" | "targetAkhirRenstra", NilaiKualitatif>>;
  analisis: string;
  programPenunjang: string;
  /** A1 of the row's indikator cell in Data Pendukung, for messages. */
  cell: string;
  /** A1 of this row's cell in each column the sheet has, by column key (`targetTahunLalu` → `F12`). */
  cells?: Partial<Record<string, string>>;
  /** 0-based row in Data Pendukung. */
  row?: number;
  /**
   * The whole number in its No column, when it has one: the template numbers the rows in the source's order, and the
   * number travels with its row when the officer sorts the table.
   */
  no?: number;
}

/** Per program: its sumber dana (the KET. column of Tabel 2.2). */
export interface DataProgram {
  kode: string;
  program: string;
  sumberDana: string;
  cell: string;
  cells?: Partial<Record<string, string>>;
  row?: number;
}

/** Per sasaran: the Rencana Tindak Lanjut printed after its Keberhasilan/Kegagalan table. */
export interface DataSasaran {
  sasaran: string;
  rencanaTindakLanjut: string;
  cell: string;
  cells?: Partial<Record<string, string>>;
  row?: number;
  /** As DataIndikator.no. */
  no?: number;
}

/** Anggaran and realisasi of one belanja line of Realisasi Anggaran (BELANJA OPERASI, BELANJA PEGAWAI). */
export interface DataBelanja {
  anggaran: Decimal | null;
  realisasi: Decimal | null;
  /** A1 of the two cells in Data Pendukung. */
  cells: { anggaran?: string; realisasi?: string };
}

export interface DataPendukung {
  namaPerangkatDaerah: string;
  /** Total anggaran Perangkat Daerah in Rupiah; when null, the sum of all program pagu is used and said. */
  totalAnggaran: Decimal | null;
  indikator: DataIndikator[];
  program?: DataProgram[];
  sasaran?: DataSasaran[];
  belanjaOperasi?: DataBelanja;
  belanjaPegawai?: DataBelanja;
  /** A1 of the value cell of each label the sheet has (`totalAnggaran` → `C5`). */
  labelCells?: Partial<Record<"namaPerangkatDaerah" | "totalAnggaran" | "tahun", string>>;
}
