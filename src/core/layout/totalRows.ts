import { ColumnMap } from "../model/columns";
import { PkTotalRow } from "../model/types";
import { MaybeNumber, NumberCell } from "../model/types";
import { CellReader, UNREADABLE } from "./readCells";
import { inRupiah } from "./rupiahUnit";

const TOTAL_LABEL = /^(jumlah|total)\b/i;

/**
 * The JUMLAH / TOTAL rows of a Pengukuran Kinerja table (the budget reader leaves them out: they are no program,
 * kegiatan or sub kegiatan), with their pagu and realisasi, for the total-row-mismatch rule. The label is looked for
 * in the uraian column and in the first two columns (`JUMLAH` under NO, merged across), where it is written.
 */
export function pkTotalRows(
  reader: CellReader,
  columns: ColumnMap,
  rows: [number, number],
  skip: ReadonlySet<number>,
  rpFactor: number,
): PkTotalRow[] {
  const out: PkTotalRow[] = [];
  const labelColumns = [...new Set([columns.uraian, 0, 1].filter((c): c is number => c !== undefined))];
  for (let row = rows[0]; row <= rows[1]; row++) {
    if (skip.has(row)) continue;
    // Every row of a large sheet passes here: the cell's own text first, the merge only for a label.
    const at = labelColumns.find((c) => {
      const v = reader.cell(row, c)?.value;
      return typeof v === "string" && TOTAL_LABEL.test(v.trimStart()) && reader.text(row, c) !== "";
    });
    if (at === undefined) continue;
    const pagu = reader.amountCell(row, columns.pagu);
    const realisasi = reader.amountCell(row, columns.realisasiAnggaran);
    if (pagu === null && realisasi === null) continue;
    out.push({
      row,
      cell: reader.a1(row, at),
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
