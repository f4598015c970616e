import { sheetsReferring } from "../../core/workbook/sheetReferences";
import { isGeneratedSheet, SheetCatalog } from "./sheetCatalog";
import { WorkbookPackage } from "./workbookPackage";

/**
 * For each generated sheet named, the officer's sheets whose formulas refer to it (`Rekap!A1 ='LKjIP SS IV'!E10`):
 * found in the text of their worksheet parts, without reading any grid. Only sheets that name one are listed.
 */
export function formulaReferences(
  pkg: WorkbookPackage,
  catalog: SheetCatalog,
  targets: readonly string[],
): Map<string, string[]> {
  if (targets.length === 0) return new Map();
  const sheets: { name: string; holds: (form: string) => boolean }[] = [];
  catalog.sheets.forEach((sheet, index) => {
    if (sheet.withoutCells || isGeneratedSheet(catalog, sheet)) return;
    const part = pkg.sheetPart(index);
    const xml = part === null ? null : pkg.text(part);
    if (xml && xml.includes("<f")) sheets.push({ name: sheet.name, holds: (form) => xml.includes(form) });
  });
  return sheetsReferring(targets, sheets, xmlSpellings);
}

/** A form as a worksheet part's XML may spell it: `&` escaped, the quote as itself or as `&apos;`. */
function xmlSpellings(form: string): string[] {
  const escaped = form.replace(/&/g, "&amp;");
  return escaped.includes("'") ? [escaped, escaped.replace(/'/g, "&apos;")] : [escaped];
}
