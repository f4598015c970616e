import { SheetInfo } from "../core/ports/workbookPort";
import { dataPendukungCopiesOf, dataPendukungSheetOf } from "../core/workbook/sheetPlan";
import { isGeneratedTable, isSettingsSheet, readSheetCatalog } from "./sheetCatalog";

/**
 * Visible worksheets in tab order, the settings sheet left out, each marked `generated` when it is a table or Hasil
 * Pemeriksaan an earlier run wrote (it carries our mark, or a version-1 registry lists it), and the officer's Data
 * Pendukung flagged as such (by the planner's rule, whatever it is called now). Two requests.
 */
export async function listVisibleSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const catalog = await readSheetCatalog(context);
  const dataPendukung = dataPendukungSheetOf(catalog.sheets);
  const copies = new Set(dataPendukungCopiesOf(catalog.sheets));
  return catalog.sheets
    .filter((s) => s.visibility === "Visible" && !isSettingsSheet(catalog, s))
    .map((s) =>
      s === dataPendukung
        ? { name: s.name, generated: false, dataPendukung: true }
        : copies.has(s)
          ? { name: s.name, generated: true, dataPendukungCopy: true }
          : { name: s.name, generated: isGeneratedTable(catalog, s) },
    );
}
