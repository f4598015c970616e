import { namesSheet, referrersBySheet, SheetReferrers, sheetsReferring } from "../core/workbook/sheetReferences";
import { MARK_NAME } from "../core/workbook/marks";
import { AreaRequest, readAreas } from "./areaContent";
import { RequestBudget } from "./requestBudget";
import { isSettingsSheet, SheetCatalog } from "./sheetCatalog";

/**
 * For each generated sheet named, what of the officer's refers to it: the formulas of every sheet this run neither
 * rewrites nor removes (`Rekap!A1 ='LKjIP SS IV'!E10`, a generated sheet the officer typed into and kept, a copy of
 * one), and the defined names (workbook's and sheets'). Excel would turn them into `#REF!` if the sheet were deleted.
 * Reads every such sheet's formulas, so it is asked only when a run would delete a sheet. Chart series and pivot
 * sources are not read here (Office.js gives neither before ExcelApi 1.15); the file adapters read them.
 */
export async function officerReferences(
  context: Excel.RequestContext,
  catalog: SheetCatalog,
  targets: readonly string[],
  /** Sheets this run rewrites or removes: what they hold now is ours, and goes. */
  replaced: (sheet: string) => boolean,
  budget: RequestBudget,
): Promise<Map<string, SheetReferrers>> {
  const { found: out, of: entry } = referrersBySheet();
  if (targets.length === 0) return out;
  const areas: AreaRequest[] = catalog.sheets
    .filter((s) => s.used !== null && !replaced(s.name) && !isSettingsSheet(catalog, s))
    .map((s) => ({ key: s.name, sheet: s.name, rect: s.used! }));
  const content = await readAreas(context, areas, budget);
  const sheets = areas.map(({ key }) => {
    const formulas: string[] = [];
    for (const block of content.get(key) ?? [])
      for (const line of block.formulas)
        for (const f of line) if (typeof f === "string" && f.startsWith("=")) formulas.push(f);
    return { name: key, holds: (form: string) => formulas.some((f) => f.includes(form)) };
  });
  for (const [target, by] of sheetsReferring(targets, sheets)) entry(target).sheets.push(...by);

  const workbookNames = context.workbook.names.load("items/name, items/formula");
  const sheetNames = catalog.sheets
    .filter((s) => !replaced(s.name))
    .map((s) => context.workbook.worksheets.getItem(s.name).names.load("items/name, items/formula"));
  await context.sync();
  for (const n of [...workbookNames.items, ...sheetNames.flatMap((c) => c.items)]) {
    if (n.name === MARK_NAME) continue;
    for (const target of targets) {
      if (namesSheet(String(n.formula ?? ""), target)) entry(target).others.push({ kind: "nama", name: n.name });
    }
  }
  return out;
}
