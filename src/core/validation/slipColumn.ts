import Decimal from "decimal.js";
import { sumOf } from "./modelAccess";

/**
 * Where a row's slip most likely is, by its parent: the parent's own columns add up to its total, and the rows under
 * it add up to the parent in every column but one, off there by exactly `off` (what the row itself is off by). The
 * index of that column; -1 when the parent does not add up, or no single column says so. kas-vs-pagu.kolom (the four
 * anggaran kas) and realisasi-total-mismatch.kolom (the four quarters' realisasi) ask it.
 *
 * @param own The parent's figure in each column (an empty cell is null, and adds 0).
 * @param below The sum of the rows under it in each column.
 */
export function slipColumn(
  total: Decimal,
  own: readonly (Decimal | null)[],
  below: readonly Decimal[],
  off: Decimal,
): number {
  if (!sumOf([...own]).equals(total)) return -1;
  let found = -1;
  for (let q = 0; q < own.length; q++) {
    const d = below[q].minus(own[q] ?? 0);
    if (d.isZero()) continue;
    if (!d.equals(off) || found !== -1) return -1;
    found = q;
  }
  return found;
}
