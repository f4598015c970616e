import { Grid } from "../grid/grid";
import { DATA_PENDUKUNG_SHEET } from "../model/dataPendukung";
import { PengukuranKinerjaModel } from "../model/types";
import { readDataPendukung } from "./dataPendukungReader";
import { findDataPendukungHeader } from "./dataPendukungReader";
import { DataColumn } from "./dataPendukungLayout";
import { indikatorRowCells, indikatorRows } from "./dataPendukungTemplate";
import { matchDataIndikator } from "./lkjipContext";
import { SheetSpec } from "./sheetSpec";
import { indikatorLabel } from "./text";
import type { DataPendukungPrefill } from "./fromEvaluasiRenja";

/**
 * Rows for the indikator that the officer's Data Pendukung does not have yet, below its last row and in its own
 * columns (found by their header words, wherever the officer moved them). Null when nothing is missing or the sheet
 * has no header to place them under. Nothing already in the sheet is written again.
 */
export function buildDataPendukungAdditions(
  model: PengukuranKinerjaModel,
  grid: Grid,
  prefill?: DataPendukungPrefill,
): SheetSpec | null {
  const header = findDataPendukungHeader(grid);
  if (!header) return null;
  const { data } = readDataPendukung(grid);
  const missing = indikatorRows(model).filter(
    ({ sasaran, indikator }) => matchDataIndikator(data, sasaran.name, indikatorLabel(indikator)) === null,
  );
  if (missing.length === 0) return null;
  const cells: SheetSpec["cells"] = [];
  let row = Math.max(grid.rowCount, header.row + 1);
  let no = data.indikator.length;
  for (const { sasaran, indikator } of missing) {
    const values = indikatorRowCells(sasaran, indikator, ++no, prefill?.indikator?.get(indikator));
    for (const [key, col] of Object.entries(header.columns) as [DataColumn, number][]) {
      cells.push({ row, col, cell: values[key] });
    }
    row++;
  }
  return {
    name: DATA_PENDUKUNG_SHEET,
    kind: "data-pendukung",
    append: true,
    cells,
    merges: [],
    columnWidths: [],
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  };
}
