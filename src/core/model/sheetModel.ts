import type { EvaluasiRenjaModel } from "./evaluasiRenja";
import type { PengukuranKinerjaModel } from "./types";

/** A recognised sheet of either layout family; narrow by `layout`. */
export type SheetModel = PengukuranKinerjaModel | EvaluasiRenjaModel;

export function isPengukuranKinerja(model: SheetModel): model is PengukuranKinerjaModel {
  return model.layout !== "evaluasi-renja";
}
