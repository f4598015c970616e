import { MaybeNumber } from "../../core/model/types";
import { formatAngka, formatPersen, formatRupiah } from "../../core/numbers/format";

/** `-` for an empty cell; the rest is written the Indonesian way at the precision the cell showed. */
export function rupiahOf(n: MaybeNumber): string {
  return n ? formatRupiah(n.value) : "-";
}

export function persenOf(n: MaybeNumber): string {
  return n ? formatPersen(n.value, n.decimals) : "-";
}

/** A value that is a percentage or a plain count. */
export function nilaiOf(n: MaybeNumber, persen: boolean): string {
  if (!n) return "-";
  return persen ? formatPersen(n.value, n.decimals) : formatAngka(n.value, n.decimals);
}
