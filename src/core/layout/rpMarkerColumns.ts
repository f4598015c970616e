import { ColumnMap, PkColumnKey } from "../model/columns";
import { CellReader } from "./readCells";

const MONEY_KEYS: readonly PkColumnKey[] = ["pagu", "kas1", "kas2", "kas3", "kas4", "realisasiAnggaran"];
/** A currency written alone in its cell. */
const MARKER = /^(?:rp\.?|idr)$/i;
/** Filled rows looked at per column: the marker is on every row or on none. */
const SAMPLE = 40;

/**
 * Money written as `Rp | 1.920.363.900`: the currency in a cell of its own under a header merged over both columns,
 * which names the left one. A money column whose filled cells hold `Rp` alone on most of the rows looked at, with a
 * number in the cell to the right, is read from that cell instead; a column the officer chose, or one to the right
 * that another key already reads, stays as it is.
 */
export function pastRpMarkers(
  reader: CellReader,
  columns: ColumnMap,
  [first, last]: [number, number],
  chosen: ColumnMap = {},
): ColumnMap {
  const taken = new Set(Object.values(columns));
  let out: ColumnMap | null = null;
  for (const key of MONEY_KEYS) {
    const col = columns[key];
    if (col === undefined || chosen[key] !== undefined || taken.has(col + 1)) continue;
    let filled = 0;
    let markers = 0;
    for (let r = first; r <= last && filled < SAMPLE; r++) {
      const v = reader.cell(r, col)?.value;
      if (v === null || v === undefined || v === "") continue;
      filled++;
      const beside = reader.cell(r, col + 1)?.value;
      if (typeof v === "string" && MARKER.test(v.trim()) && (typeof beside === "number" || typeof beside === "string"))
        markers++;
    }
    if (markers > 0 && markers * 2 > filled) (out ??= { ...columns })[key] = col + 1;
  }
  return out ?? columns;
}
