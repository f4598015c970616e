import { CellReader } from "./readCells";
import { classifyHeader, normaliseHeader } from "./headerWords";

/** How far below the kinerja table's header a separate program table is looked for. */
const SCAN_ROWS = 500;

/**
 * The header row of a program table written under the kinerja table (`No | Program | Anggaran (Rp) | Realisasi (Rp)`,
 * as a Perjanjian Kinerja's lampiran lays it out), 0-based; null when there is none. Looked for only when the kinerja
 * header has no budget half: the engine reads each program beside the sasaran it serves, which such a sheet does not
 * say (esakip36 F6: the sheet was refused with words that named columns it has).
 */
export function programTableBelow(reader: CellReader, headerEnd: number): number | null {
  const grid = reader.grid;
  const last = Math.min(grid.rowCount - 1, headerEnd + SCAN_ROWS);
  for (let r = headerEnd + 1; r <= last; r++) {
    let program = false;
    let anggaran = false;
    for (let c = 0; c < grid.colCount; c++) {
      const v = reader.cell(r, c)?.value;
      if (typeof v !== "string" || v.length > 40) continue;
      const cls = classifyHeader(normaliseHeader(v));
      if (cls?.kind !== "key") continue;
      if (cls.key === "uraian") program = true;
      if (cls.key === "pagu" || cls.key === "realisasiAnggaran") anggaran = true;
    }
    if (program && anggaran) return r;
  }
  return null;
}
