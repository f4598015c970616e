import { ColumnMap } from "../model/columns";
import { MaybeNumber, NumberCell, PkTotalRow } from "../model/types";
import { TotalRowRead } from "./budgetRow";
import { CellReader, UNREADABLE } from "./readCells";
import { inRupiah } from "./rupiahUnit";

/**
 * The JUMLAH / TOTAL rows of a Pengukuran Kinerja table, which the budget reader leaves out (they are no program,
 * kegiatan or sub kegiatan) and hands over as read, for the total-row-mismatch rule. A row without either figure
 * is no total to check.
 */
export function pkTotalRows(
  reader: CellReader,
  columns: ColumnMap,
  rows: readonly TotalRowRead[],
  rpFactor: number,
): PkTotalRow[] {
  const out: PkTotalRow[] = [];
  for (const { row, pagu, realisasi } of rows) {
    if (pagu === null && realisasi === null) continue;
    out.push({
      row,
      cell: reader.a1(row, columns.uraian as number),
      pagu: figure(pagu, rpFactor),
      realisasi: figure(realisasi, rpFactor),
      unreadable: pagu === UNREADABLE || realisasi === UNREADABLE,
    });
  }
  return out;
}

function figure(read: NumberCell | null | typeof UNREADABLE, factor: number): MaybeNumber {
  if (read === null || read === UNREADABLE) return null;
  return factor === 1 ? (read as NumberCell) : inRupiah(read as NumberCell, factor);
}
