import { Polaritas } from "../formulas/polaritas";

export interface OpsiValidasi {
  /** Polaritas per indikator name (from Data Pendukung); positif when it returns undefined. */
  polaritas?: (indikatorName: string) => Polaritas | undefined;
}
