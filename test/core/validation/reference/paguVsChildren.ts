// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match.
import { LegacyFinding } from "./helpers";
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { parentVsChildren } from "./parentVsChildren";

/** pagu-vs-children: a program's pagu is the sum of its kegiatan's, a kegiatan's the sum of its sub kegiatan's. */
export function paguVsChildren(model: SheetModel): LegacyFinding[] {
  return parentVsChildren(model, "pagu-vs-children", "pagu");
}
