import Decimal from "decimal.js";
import { formatAngka, formatPersen } from "../numbers/format";

/** An indikator value as the sheet shows it: `0,39%` for percentages, `12` for counts. */
export function nilaiIndikator(v: Decimal, decimals: number, persen: boolean): string {
  return persen ? formatPersen(v, decimals) : formatAngka(v, decimals);
}
