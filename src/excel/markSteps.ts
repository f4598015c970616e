import { MARK_NAME, markFormula, SheetMark } from "../core/workbook/marks";
import { STATEMENT_BYTES } from "./requestBudget";
import { jsonBytes, WriteStep } from "./writeSteps";

/**
 * Give a sheet our mark: a sheet-scoped, invisible name holding a text constant (`="lkjip-excel|2|…"`). A sheet that
 * already has a name of that spelling loses it first, so the sheet never holds two.
 */
export function markStep(ws: () => Excel.Worksheet, sheet: string, mark: SheetMark, replace: boolean): WriteStep {
  const formula = `=${markFormula(mark)}`;
  return {
    sheet,
    bytes: (replace ? 6 : 4) * STATEMENT_BYTES + jsonBytes(formula),
    cells: 0,
    apply: () => {
      const names = ws().names;
      if (replace) names.getItem(MARK_NAME).delete();
      names.add(MARK_NAME, formula).visible = false;
    },
  };
}
