import { toA1 } from "../core/grid/address";
import { SheetSpec } from "../core/tables/sheetSpec";
import { isFigureNote } from "../core/tables/figureMarks";
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
 * The notes an earlier run put on the marked figures of sheets about to be updated (one request; none below
 * ExcelApi 1.18). Clearing a sheet keeps its notes, so these go before the new ones are written; a note the officer
 * wrote stays.
 */
export async function readFigureNotes(
  context: Excel.RequestContext,
  sheets: readonly string[],
  supported: boolean = notesSupported(),
): Promise<Map<string, Excel.Note[]>> {
  const out = new Map<string, Excel.Note[]>();
  if (!supported || sheets.length === 0) return out;
  const loaded = sheets.map((name) => ({
    name,
    notes: context.workbook.worksheets.getItem(name).notes.load("items/content"),
  }));
  await context.sync();
  for (const { name, notes } of loaded)
    out.set(
      name,
      notes.items.filter((n) => isFigureNote(n.content)),
    );
  return out;
}

/**
 * A cell note for every marked figure of the spec (`CellSpec.note`, which names the finding). The sheet is new or
 * was cleared, its earlier figure notes deleted (readFigureNotes), so each cell gets exactly one.
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
