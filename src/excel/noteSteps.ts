import { toA1 } from "../core/grid/address";
import { SheetSpec } from "../core/tables/sheetSpec";
import { STATEMENT_BYTES } from "./requestBudget";
import { jsonBytes, WriteStep } from "./writeSteps";

/**
 * Cell notes came with ExcelApi 1.18; the manifest's floor stays 1.9, so a note is an extra beside the printed mark
 * (the `*` format and the footnote), never the only one.
 */
export function notesSupported(): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.18") === true;
}

/**
 * A cell note for every marked figure of the spec (`CellSpec.note`, which names the finding). The sheet is new or
 * was cleared with `clear("All")`, which takes its earlier notes with it, so each cell gets exactly one.
 */
export function noteSteps(
  ws: () => Excel.Worksheet,
  sheet: string,
  spec: SheetSpec,
  supported: boolean = notesSupported(),
): WriteStep[] {
  if (!supported) return [];
  return spec.cells.flatMap(({ row, col, cell }) => {
    const text = cell.note;
    if (!text) return [];
    const address = toA1(row, col);
    return [
      {
        sheet,
        bytes: 2 * STATEMENT_BYTES + jsonBytes(address) + jsonBytes(text),
        cells: 0,
        apply: () => void ws().notes.add(address, text),
      },
    ];
  });
}
