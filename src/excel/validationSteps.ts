import { SheetSpec } from "../core/tables/sheetSpec";
import { rangeOf } from "./formatSteps";
import { STATEMENT_BYTES } from "./requestBudget";
import { groupIntoRects } from "./styleRects";
import { jsonBytes, WriteStep } from "./writeSteps";

/**
 * The cells' drop-down lists (`validationList`) as list data validation (ExcelApi 1.8), one rule per rectangle of
 * cells with the same list. Other entries stay allowed (no error alert), as the spec promises. `clearFirst` removes
 * a rule the cells may already have, for cells of a sheet that is not new.
 */
export function validationSteps(
  ws: () => Excel.Worksheet,
  sheet: string,
  cells: SheetSpec["cells"],
  clearFirst: boolean,
): WriteStep[] {
  const listed = cells.flatMap(({ row, col, cell }) =>
    cell.validationList && cell.validationList.length > 0 ? [{ row, col, value: cell.validationList.join(",") }] : [],
  );
  return groupIntoRects(listed).map(({ rect, value }) => {
    const rule: Excel.DataValidationRule = { list: { inCellDropDown: true, source: value } };
    return {
      sheet,
      bytes: (clearFirst ? 5 : 4) * STATEMENT_BYTES + jsonBytes(rule),
      cells: 0,
      apply: () => {
        const validation = rangeOf(ws(), rect).dataValidation;
        if (clearFirst) validation.clear();
        validation.rule = rule;
        // No alert; and should a host show one anyway, "Information" still lets the entry in.
        validation.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };
      },
    };
  });
}
