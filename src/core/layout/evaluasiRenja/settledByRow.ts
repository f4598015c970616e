import { sumCells } from "../../model/numberCells";
import { ColumnMap, ErColumnKey } from "../../model/columns";
import { AmbiguousColumn, ErIndikator } from "../../model/evaluasiRenja";
import { MaybeNumber } from "../../model/types";

/** K columns of the form's sum (13) = (9) + (10) + (11) + (12). */
const YEAR_SUM: readonly ErColumnKey[] = [
  "realisasiTw1K",
  "realisasiTw2K",
  "realisasiTw3K",
  "realisasiTw4K",
  "realisasiK",
];
/** K columns of (14) = (7) + (13). */
const RENSTRA_SUM: readonly ErColumnKey[] = ["realisasiRenstraK", "realisasiK", "realisasiSdTahunK"];
/** K columns of (15) = (14) / (6) × 100. */
const RENSTRA_RATIO: readonly ErColumnKey[] = ["targetRenstraK", "realisasiSdTahunK"];

/**
 * The ambiguous columns whose doubt the rows' own arithmetic does not settle. A count written `'1.020` in a column of
 * numbers reads as a thousand; where the row's (13) = (9) + … + (12), or (14) = (7) + (13), holds with it read so, the
 * row says which it is, and no warning is due (it was one on a correct form).
 */
export function unsettledColumns(
  ambiguous: readonly AmbiguousColumn[],
  doubtfulRows: ReadonlyMap<number, readonly number[]>,
  columns: ColumnMap,
  indikatorAt: (row: number) => ErIndikator | null,
  cumulativeQuarters: boolean,
): AmbiguousColumn[] {
  const keyOf = (col: number) =>
    (Object.keys(columns) as ErColumnKey[]).find((k) => columns[k] === col && k.endsWith("K")) ?? null;
  return ambiguous.filter((column) => {
    const key = keyOf(column.col);
    const rows = doubtfulRows.get(column.col) ?? [];
    if (key === null || rows.length === 0) return true;
    return !rows.every((row) => {
      const ind = indikatorAt(row);
      if (ind === null) return false;
      if (!cumulativeQuarters && YEAR_SUM.includes(key) && adds(ind.realisasi, ind.realisasiTriwulan)) return true;
      if (RENSTRA_SUM.includes(key) && adds(ind.realisasiSdTahun, [ind.realisasiRenstra, ind.realisasi])) return true;
      return RENSTRA_RATIO.includes(key) && shownRatio(ind.tingkatCapaian, ind.realisasiSdTahun, ind.targetRenstra);
    });
  });
}

/** `shown` is numerator / denominator × 100 at the decimals it is written with. */
function shownRatio(shown: MaybeNumber, numerator: MaybeNumber, denominator: MaybeNumber): boolean {
  if (shown === null || numerator === null || denominator === null || denominator.value.isZero()) return false;
  const ratio = numerator.value.div(denominator.value).times(100);
  return ratio.toDecimalPlaces(shown.decimals).equals(shown.value.toDecimalPlaces(shown.decimals));
}

/** `total` is the exact sum of the `parts` written (a quarter not reached yet is empty). */
function adds(total: MaybeNumber, parts: readonly MaybeNumber[]): boolean {
  const sum = sumCells(parts);
  return total !== null && sum !== null && sum.value.equals(total.value);
}
