import Decimal from "decimal.js";
import { Polaritas } from "../formulas/polaritas";

/** Name of the sheet where the user keeps what the Pengukuran Kinerja sheet does not hold. */
export const DATA_PENDUKUNG_SHEET = "Data Pendukung";

/** Per indikator, what the LKjIP needs beyond the Pengukuran Kinerja sheet. Percentages in percent points. */
export interface DataIndikator {
  sasaran: string;
  indikator: string;
  polaritas: Polaritas;
  targetTahunLalu: Decimal | null;
  realisasiTahunLalu: Decimal | null;
  targetAkhirRenstra: Decimal | null;
  analisis: string;
  programPenunjang: string;
  /** A1 of the row's indikator cell in Data Pendukung, for messages. */
  cell: string;
}

export interface DataPendukung {
  namaPerangkatDaerah: string;
  /** Total anggaran Perangkat Daerah in Rupiah; when null, the sum of all program pagu is used and said. */
  totalAnggaran: Decimal | null;
  indikator: DataIndikator[];
}
