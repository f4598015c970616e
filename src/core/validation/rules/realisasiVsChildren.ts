import { Finding } from "../finding";
import { SheetModel } from "../../model/types";
import { parentVsChildren } from "./parentVsChildren";

/** realisasi-vs-children: a parent's realisasi (Rp) is the sum of its children's. */
export function realisasiVsChildren(model: SheetModel): Finding[] {
  return parentVsChildren(model, "realisasi-vs-children", "realisasiAnggaran");
}
