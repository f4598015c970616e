import { parseRegistry } from "../core/workbook/registry";
import { planSheets } from "../core/workbook/sheetPlan";
import { ErrorScope } from "./officeErrors";
import { narrowToProtectedSheets } from "./protectedSheets";
import { settingEditSteps, settingsSheetSteps } from "./registrySheet";
import { RequestBudget } from "./requestBudget";
import { existingSheets, readSheetCatalog, settingsContent } from "./sheetCatalog";
import { runWriteSteps } from "./writeSteps";

/**
 * A setting kept in the settings sheet (so it travels with the workbook, as in the CLI); null when never set.
 * Two requests (sheets and marks, with the settings sheet's content), a third only for a renamed settings sheet.
 */
export async function readRegistrySetting(context: Excel.RequestContext, key: string): Promise<string | null> {
  const catalog = await readSheetCatalog(context);
  if (!catalog.settings) return null;
  const settings = parseRegistry(await settingsContent(context, catalog.settings)).settings;
  return Object.prototype.hasOwnProperty.call(settings, key) ? settings[key] : null;
}

/**
 * Write one setting: in place in the settings sheet we marked (or the version-1 one), else in a new very hidden,
 * marked sheet under `_lkjip` or, when a sheet of the user's has that name, the first free variant of it.
 */
export async function writeRegistrySetting(
  context: Excel.RequestContext,
  key: string,
  value: string,
  budget: RequestBudget,
  scope: ErrorScope,
): Promise<void> {
  const catalog = await readSheetCatalog(context);
  const worksheets = context.workbook.worksheets;
  let steps;
  if (catalog.settings) {
    const content = await settingsContent(context, catalog.settings);
    steps = settingEditSteps(worksheets, catalog.settings.name, content, key, value, budget);
  } else {
    const place = planSheets(existingSheets(catalog, new Map()), []).registry;
    steps = settingsSheetSteps(worksheets, { ...place, hasMarkName: false }, { [key]: value }, budget);
  }
  scope.sheets = [steps[0].sheet];
  try {
    await runWriteSteps(context, steps, budget, scope);
  } catch (e) {
    await narrowToProtectedSheets(context, e, scope);
    throw e;
  }
}
