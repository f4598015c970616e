import { Polaritas } from "../formulas/polaritas";
import { Indikator } from "../model/types";

export interface OpsiValidasi {
  /**
   * The polaritas the officer gave an indikator (Data Pendukung). Undefined: the one the sheet's own capaian follows
   * (sheetPolaritas), else positif.
   */
  polaritas?: (indikator: Indikator) => Polaritas | undefined;
}
