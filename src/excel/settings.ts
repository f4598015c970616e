import { ErrorScope } from "./officeErrors";
import { narrowToProtectedSheets } from "./protectedSheets";
import { isRegistrySheet, loadRegistry, registrySteps } from "./registrySheet";
import { RequestBudget } from "./requestBudget";
import { allSheetNames } from "./sheetList";
import { runWriteSteps } from "./writeSteps";

/** A setting kept in the registry sheet (so it travels with the workbook, as in the CLI); null when never set. */
export async function readRegistrySetting(context: Excel.RequestContext, key: string): Promise<string | null> {
  const names = await allSheetNames(context);
  const registry = await loadRegistry(context, names.some(isRegistrySheet));
  return Object.prototype.hasOwnProperty.call(registry.settings, key) ? registry.settings[key] : null;
}

export async function writeRegistrySetting(
  context: Excel.RequestContext,
  key: string,
  value: string,
  budget: RequestBudget,
  scope: ErrorScope,
): Promise<void> {
  const names = await allSheetNames(context);
  const exists = names.some(isRegistrySheet);
  const registry = await loadRegistry(context, exists);
  registry.settings[key] = value;
  try {
    await runWriteSteps(context, registrySteps(context.workbook.worksheets, exists, registry, budget), budget, scope);
  } catch (e) {
    await narrowToProtectedSheets(context, e, scope);
    throw e;
  }
}
