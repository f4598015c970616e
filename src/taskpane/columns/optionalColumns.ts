import { ColumnKey } from "../../core/model/columns";

/**
 * Columns a Pengukuran Kinerja table may simply not have: the Permendagri code (many offices leave it out) and the
 * running number. The pane says "opsional" for them instead of "tidak ditemukan", which reads as a fault.
 */
export const OPTIONAL_COLUMNS: ReadonlySet<ColumnKey> = new Set<ColumnKey>(["kode", "no"]);
