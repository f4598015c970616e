// The rule as it was before the exact fast paths (commit 94941f0), kept as the reference they must match.
import { LegacyFinding } from "./helpers";
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { parentVsChildren } from "./parentVsChildren";

const KAS_COLUMNS = ["kas1", "kas2", "kas3", "kas4"] as const;

/** kas-vs-children: each anggaran kas column of a parent is the sum of its children's. */
export function kasVsChildren(model: SheetModel): LegacyFinding[] {
  return KAS_COLUMNS.flatMap((column) => parentVsChildren(model, "kas-vs-children", column));
}
