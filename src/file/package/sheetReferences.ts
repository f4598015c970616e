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
  const out = new Map<string, string[]>();
  if (targets.length === 0) return out;
  const forms = targets.map((t) => ({ target: t, forms: referenceForms(t) }));
  catalog.sheets.forEach((sheet, index) => {
    if (sheet.withoutCells || isGeneratedSheet(catalog, sheet)) return;
    const part = pkg.sheetPart(index);
    const xml = part === null ? null : pkg.text(part);
    if (!xml || !xml.includes("<f")) return;
    for (const { target, forms: f } of forms) {
      if (f.some((form) => xml.includes(form))) out.set(target, [...(out.get(target) ?? []), sheet.name]);
    }
  });
  return out;
}

/** How a formula names a sheet: quoted (`'LKjIP SS IV'!`, the quote as XML may escape it), or bare (`Tabel3!`). */
function referenceForms(name: string): string[] {
  const quoted = `'${name.replace(/'/g, "''")}'!`;
  const xmlQuoted = quoted.replace(/'/g, "&apos;");
  const escaped = (s: string) => s.replace(/&/g, "&amp;");
  const forms = [escaped(quoted), escaped(xmlQuoted)];
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) forms.push(`${name}!`);
  return forms;
}
