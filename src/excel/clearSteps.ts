import { STATEMENT_BYTES } from "./requestBudget";
import { WriteStep } from "./writeSteps";

/**
 * Empty a generated sheet for its new version while the worksheet object stays (so formulas pointing at it keep
 * working): merges, contents, formats, hyperlinks, data validation, row heights and column widths, frozen panes,
 * the filter buttons (`autoFilterOn`, read beforehand: there is nothing to remove otherwise) and manual page breaks.
 */
export function clearSheetSteps(ws: () => Excel.Worksheet, sheet: string, autoFilterOn: boolean): WriteStep[] {
  return [
    {
      sheet,
      bytes: 12 * STATEMENT_BYTES,
      cells: 0,
      apply: () => {
        const all = ws().getRange();
        all.unmerge();
        all.clear("All");
        all.dataValidation.clear();
        all.format.useStandardHeight = true;
        all.format.useStandardWidth = true;
        ws().freezePanes.unfreeze();
        if (autoFilterOn) ws().autoFilter.remove();
        ws().horizontalPageBreaks.removePageBreaks();
      },
    },
  ];
}
