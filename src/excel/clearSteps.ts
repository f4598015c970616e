import { STATEMENT_BYTES } from "./requestBudget";
import { WriteStep } from "./writeSteps";

/**
 * Empty a generated sheet for its new version while the worksheet object stays (so formulas pointing at it keep
 * working): merges, contents, hyperlinks, formats, data validation, row heights and column widths, frozen panes,
 * the filter buttons (`autoFilterOn`, read beforehand: there is nothing to remove otherwise), manual page breaks
 * and the notes of the earlier version's marked figures (`figureNotes`, readFigureNotes).
 *
 * Not `clear("All")`: that takes the conditional formats the officer put on the sheet (and their own notes) with
 * it. Contents and hyperlinks are cleared, and the Normal style (ExcelApi 1.7) takes every cell's own formatting
 * away, as a new sheet starts; conditional formats are not part of a style and stay (the file writer keeps them too,
 * src/file/package/carriedElements.ts). A table sheet (`officersOnly`) has no drop-down list, link or frozen pane of
 * ours: any it has are the officer's, and stay as the file writer keeps them.
 */
export function clearSheetSteps(
  ws: () => Excel.Worksheet,
  sheet: string,
  autoFilterOn: boolean,
  figureNotes: readonly Excel.Note[] = [],
  officersOnly = false,
): WriteStep[] {
  return [
    {
      sheet,
      bytes: (13 + figureNotes.length) * STATEMENT_BYTES,
      cells: 0,
      apply: () => {
        const all = ws().getRange();
        all.unmerge();
        all.clear("Contents");
        if (!officersOnly) all.clear("Hyperlinks");
        all.style = "Normal";
        if (!officersOnly) all.dataValidation.clear();
        all.format.useStandardHeight = true;
        all.format.useStandardWidth = true;
        if (!officersOnly) ws().freezePanes.unfreeze();
        if (autoFilterOn) ws().autoFilter.remove();
        ws().horizontalPageBreaks.removePageBreaks();
        for (const note of figureNotes) note.delete();
      },
    },
  ];
}
