import { parseRegistry } from "../../core/workbook/registry";
import { writeRegistrySheet } from "./registryPart";
import { registrySheetName, settleMarks, SheetCatalog, SheetGridReader } from "./sheetCatalog";
import { WorkbookPackage } from "./workbookPackage";
import { uniqueName } from "../../core/workbook/sheetNames";
import { REGISTRY_SHEET } from "../../core/workbook/registry";

/** The settings kept in the workbook's settings sheet (empty when it has none). */
export function readSettings(catalog: SheetCatalog, read: SheetGridReader): Record<string, string> {
  const name = registrySheetName(catalog);
  return name ? parseRegistry(read(name)).settings : {};
}

/** Set one setting: the settings sheet is rewritten (or created, very hidden, under a name no sheet has). */
export function writeSetting(
  pkg: WorkbookPackage,
  catalog: SheetCatalog,
  read: SheetGridReader,
  key: string,
  value: string,
): void {
  settleMarks(pkg, catalog);
  const settings = { ...readSettings(catalog, read), [key]: value };
  const existing = registrySheetName(catalog);
  const free = uniqueName(REGISTRY_SHEET, new Set(catalog.sheets.map((s) => s.name.toLowerCase())));
  writeRegistrySheet(pkg, existing, settings, free);
}
