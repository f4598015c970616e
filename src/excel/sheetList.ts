import { SheetInfo } from "../core/ports/workbookPort";
import { dataPendukungSheetOf } from "../core/workbook/sheetPlan";
import { listedSheets } from "../core/workbook/listedSheets";
import { isGeneratedTable, isSettingsSheet, readSheetCatalog } from "./sheetCatalog";

/**
 * Visible worksheets in tab order, the settings sheet left out, each marked `generated` when it is a table or Hasil
 * Pemeriksaan an earlier run wrote (it carries our mark, or a version-1 registry lists it), and the officer's Data
 * Pendukung flagged as such (by the planner's rule, whatever it is called now). Two requests.
 */
export async function listVisibleSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const catalog = await readSheetCatalog(context);
  return listedSheets(
    catalog.sheets,
    catalog.sheets.filter((s) => s.visibility === "Visible" && !isSettingsSheet(catalog, s)),
    dataPendukungSheetOf(catalog.sheets),
    (s) => isGeneratedTable(catalog, s),
  );
}

/** The officer's hidden worksheets (hidden or very hidden): ours (settings, tables, Data Pendukung) left out. */
export async function listHiddenSheets(context: Excel.RequestContext): Promise<string[]> {
  const catalog = await readSheetCatalog(context);
  const dataPendukung = dataPendukungSheetOf(catalog.sheets);
  return catalog.sheets
    .filter(
      (s) =>
        s.visibility !== "Visible" &&
        !isSettingsSheet(catalog, s) &&
        !isGeneratedTable(catalog, s) &&
        s.mark?.kind !== "data-pendukung" &&
        s.name !== dataPendukung?.name,
    )
    .map((s) => s.name);
}
