import { ColumnMap } from "../model/columns";
import { MaybeNumber, NumberCell, PkTotalRow } from "../model/types";
import { afterTotalWord, TotalRowRead } from "./budgetRow";
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
  for (const { row, pagu, realisasi, label } of rows) {
    if (pagu === null && realisasi === null) continue;
    const bagian = bagianOf(label);
    out.push({
      row,
      cell: reader.a1(row, columns.uraian as number),
      pagu: figure(pagu, rpFactor),
      realisasi: figure(realisasi, rpFactor),
      unreadable: pagu === UNREADABLE || realisasi === UNREADABLE,
      ...(bagian ? { bagian } : {}),
    });
  }
  return out;
}

/** After `JUMLAH` / `TOTAL`, words that still mean the whole table. */
const WHOLE =
  /^(?:total|keseluruhan|seluruh(?:nya)?|semua|umum|akhir|belanja(?:\s+daerah|\s+langsung)?|anggaran|pagu|program(?:\s+dan\s+kegiatan)?|\(?rp\.?\)?)?\s*:?$/i;

/** Which part of the table a total's label says it adds up (PkTotalRow.bagian); undefined for the whole table. */
export function bagianOf(label: string): PkTotalRow["bagian"] {
  if (/\b(?:halaman|hal\.|hlm\.)/i.test(label)) return "halaman";
  const rest = afterTotalWord(label);
  return WHOLE.test(rest) ? undefined : "sebagian";
}

function figure(read: NumberCell | null | typeof UNREADABLE, factor: number): MaybeNumber {
  if (read === null || read === UNREADABLE) return null;
  return factor === 1 ? (read as NumberCell) : inRupiah(read as NumberCell, factor);
}
