import { sheetsReferring } from "../core/workbook/sheetReferences";
import { AreaRequest, readAreas } from "./areaContent";
import { RequestBudget } from "./requestBudget";
import { isGeneratedTable, isSettingsSheet, SheetCatalog } from "./sheetCatalog";

/**
 * For each generated sheet named, the officer's sheets whose formulas refer to it (`Rekap!A1 ='LKjIP SS IV'!E10`):
 * Excel would turn those into `#REF!` if the sheet were deleted. Reads the formulas of every sheet of the officer's,
 * so it is asked only when a run would delete a sheet.
 */
export async function officerReferences(
  context: Excel.RequestContext,
  catalog: SheetCatalog,
  targets: readonly string[],
  budget: RequestBudget,
): Promise<Map<string, string[]>> {
  if (targets.length === 0) return new Map();
  const areas: AreaRequest[] = catalog.sheets
    .filter((s) => s.used !== null && !isGeneratedTable(catalog, s) && !isSettingsSheet(catalog, s))
    .map((s) => ({ key: s.name, sheet: s.name, rect: s.used! }));
  const content = await readAreas(context, areas, budget);
  const sheets = areas.map(({ key }) => {
    const formulas: string[] = [];
    for (const block of content.get(key) ?? [])
      for (const line of block.formulas)
        for (const f of line) if (typeof f === "string" && f.startsWith("=")) formulas.push(f);
    return { name: key, holds: (form: string) => formulas.some((f) => f.includes(form)) };
  });
  return sheetsReferring(targets, sheets);
}
