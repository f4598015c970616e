import { Polaritas } from "../formulas/polaritas";
import { SheetModel } from "../model/sheetModel";
import { Indikator } from "../model/types";

export interface OpsiValidasi {
  /**
   * The polaritas the officer gave an indikator (Data Pendukung). Undefined: the one the sheet's own capaian follows
   * (sheetPolaritas), else positif.
   */
  polaritas?: (indikator: Indikator) => Polaritas | undefined;
  /**
   * What the workbook's other sheets tell of the indikator's polaritas (polaritasLembarLain.ts), weighed where this
   * sheet's stated capaian alone says less is better.
   */
  polaritasLembarLain?: (model: SheetModel, indikator: Indikator) => PolaritasLembarLain | undefined;
}

/** The one polaritas the other sheets that tell one tell, and those sheets, in workbook order. */
export interface PolaritasLembarLain {
  polaritas: Polaritas;
  lembar: readonly string[];
}
