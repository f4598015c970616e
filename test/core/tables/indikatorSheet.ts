import { Grid, GridCell } from "../../../src/core/grid/grid";

/** A cell of indikatorSheet: a plain value, or a cell with its format. */
export type Value = string | number | GridCell | null;

/** A fraction shown as a percentage, as Excel holds `85,00%`. */
export const pct = (v: number): GridCell => ({ value: v, numFmt: "0.00%" });

/**
 * A small Pengukuran Kinerja sheet of TW IV 2023: title, the two header rows (Sasaran, Indikator, Target TW I–IV,
 * Realisasi, Capaian, Uraian, Pagu, Realisasi (Rp)) and the given data rows under them (row 5 on).
 */
export function indikatorSheet(data: Value[][]): Grid {
  const rows: Value[][] = [
    ["PENGUKURAN KINERJA S/D TRIWULAN IV TAHUN 2023"],
    [],
    ["SASARAN", "INDIKATOR", "TARGET", "", "", "", "REALISASI", "CAPAIAN", "URAIAN", "PAGU", "REALISASI (Rp)"],
    ["", "", "TW I", "TW II", "TW III", "TW IV", "", "", "", "", ""],
    ...data,
  ];
  const cells = rows.map((r) =>
    r.map((v): GridCell | undefined => (v === null || v === "" ? undefined : typeof v === "object" ? v : { value: v })),
  );
  return { name: "TW IV 2023", rowCount: rows.length, colCount: 11, cells, merges: [] };
}
