import { othersComments } from "./sheetComments";
import { targetsOf } from "./sheetReferences";
import { WorkbookPackage } from "./workbookPackage";

/**
 * Whether the officer attached something to a sheet that a run never writes: a drawing (a chart, a picture, a shape),
 * a PivotTable or an Excel table placed on it, or a comment by another author than our notes'. A generated sheet that
 * is no longer built is kept when it has one (ExistingSheet.officerAttachments), so that it is not deleted with it.
 */
export function hasOfficerAttachments(pkg: WorkbookPackage, sheetPart: string): boolean {
  if (["/drawing", "/pivotTable", "/table"].some((type) => targetsOf(pkg, sheetPart, type).length > 0)) return true;
  return targetsOf(pkg, sheetPart, "/comments").some((part) => othersComments(pkg.text(part), part).length > 0);
}
