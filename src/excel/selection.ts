import { fromA1 } from "../core/grid/address";

/** Bring a sheet to the front and select a cell (or a range such as "B4:D4") on it. */
export async function selectCellOn(context: Excel.RequestContext, sheetName: string, cell: string): Promise<void> {
  for (const part of cell.split(":")) fromA1(part);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}

export async function activateSheetNamed(context: Excel.RequestContext, sheetName: string): Promise<void> {
  context.workbook.worksheets.getItem(sheetName).activate();
  await context.sync();
}
