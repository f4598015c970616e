import { ErRow } from "./rows";
import { officeInTitle } from "../officeName";

const PERANGKAT_DAERAH = /^(?:nama\s+)?(?:perangkat\s+daerah|opd|skpd|unit\s+kerja)\s*:\s*(.+)$/i;

/**
 * The office named by a title line `Perangkat Daerah : Dinas …` (also `OPD :`, `SKPD :`), else by the title itself
 * (`EVALUASI … DINAS KETAHANAN PANGAN KABUPATEN TEMANGGUNG`), or null.
 */
export function perangkatDaerahOf(title: readonly string[]): string | null {
  for (const line of title) {
    const m = PERANGKAT_DAERAH.exec(line.trim());
    if (m && m[1].trim() !== "") return m[1].trim();
  }
  return officeInTitle(title) ?? null;
}

/**
 * The report's triwulan when the title does not say: the last quarter in which some node (Rp) or indikator (K)
 * holds a realisasi other than zero. Null when no quarter does.
 */
export function triwulanFromRealisasi(nodes: readonly ErRow[], rows: readonly ErRow[]): number | null {
  for (let q = 3; q >= 0; q--) {
    const held = (v: { value: { isZero(): boolean } } | null | undefined) => v != null && !v.value.isZero();
    const tw = (["realisasiTw1", "realisasiTw2", "realisasiTw3", "realisasiTw4"] as const)[q];
    if (nodes.some((n) => held(n.rp.byGroup[tw]))) return q + 1;
    if (rows.some((r) => held(r.indikator?.realisasiTriwulan[q]))) return q + 1;
  }
  return null;
}
