// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match.
import { LegacyFinding } from "./helpers";
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { parentVsChildren } from "./parentVsChildren";

/** realisasi-vs-children: a parent's realisasi (Rp) is the sum of its children's. */
export function realisasiVsChildren(model: SheetModel): LegacyFinding[] {
  return parentVsChildren(model, "realisasi-vs-children", "realisasiAnggaran");
}
