import { othersComments } from "./sheetComments";
import { targetsOf } from "./sheetReferences";
import { WorkbookPackage } from "./workbookPackage";

/**
 * Whether the officer attached something to a sheet that a run never writes: a drawing (a chart, a picture, a shape),
 * a PivotTable or an Excel table placed on it, or a comment by another author than our notes'. A generated sheet that
 * is no longer built is kept when it has one (ExistingSheet.officerAttachments), so that it is not deleted with it.
 */
export function hasOfficerAttachments(pkg: WorkbookPackage, sheetPart: string): boolean {
  if (holdsOfficerTable(pkg, sheetPart) || targetsOf(pkg, sheetPart, "/drawing").length > 0) return true;
  return targetsOf(pkg, sheetPart, "/comments").some((part) => othersComments(pkg.text(part), part).length > 0);
}

/**
 * Whether the officer placed an Excel table or a PivotTable on a sheet: both are tied to the cells under them (a
 * table's header row names its columns), which a rewrite of the sheet would pull from under them. Such a generated
 * sheet counts as edited: it is kept as it is and the new version goes beside it.
 */
export function holdsOfficerTable(pkg: WorkbookPackage, sheetPart: string): boolean {
  return ["/table", "/pivotTable"].some((type) => targetsOf(pkg, sheetPart, type).length > 0);
}
