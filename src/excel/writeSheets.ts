import { ProgressFn } from "../core/ports/workbookPort";
import { SheetSpec } from "../core/tables/sheetSpec";
import { planSheetWrites } from "../core/workbook/sheetNames";
import { ErrorScope } from "./officeErrors";
import { narrowToProtectedSheets } from "./protectedSheets";
import { isRegistrySheet, loadRegistry, registrySteps } from "./registrySheet";
import { RequestBudget, STATEMENT_BYTES } from "./requestBudget";
import { sheetSpecSteps } from "./sheetSpecSteps";
import { allSheetNames } from "./sheetList";
import { assertWritesOnlyGenerated } from "./writeGuard";
import { runWriteSteps, WriteStep } from "./writeSteps";

/**
 * Replace the sheets an earlier run generated with `specs` and record the new ones in the registry. Sheets of the
 * user's are never deleted or written; a generated sheet whose name a user's sheet has gets a suffix. Two requests
 * read the workbook (sheet names, registry); the writes then go in as few requests as the payload limit allows.
 */
export async function writeGeneratedSheets(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  budget: RequestBudget,
  scope: ErrorScope,
  onProgress?: ProgressFn,
): Promise<(string | null)[]> {
  const names = await allSheetNames(context);
  const registryExists = names.some(isRegistrySheet);
  const existing = names.filter((n) => !isRegistrySheet(n));
  const registry = await loadRegistry(context, registryExists);
  const plan = planSheetWrites(existing, registry, specs);
  assertWritesOnlyGenerated(plan, existing, registry);

  const finalNames = new Map<string, string>();
  specs.forEach((spec, i) => {
    const name = plan.names[i];
    if (name !== null) finalNames.set(spec.name, name);
  });
  const worksheets = context.workbook.worksheets;
  const steps: WriteStep[] = plan.remove.map((name) => ({
    sheet: name,
    bytes: 2 * STATEMENT_BYTES,
    cells: 0,
    apply: () => worksheets.getItem(name).delete(),
  }));
  const lastStepOfSheet: number[] = [];
  specs.forEach((spec, i) => {
    const name = plan.names[i];
    if (name === null) return;
    steps.push(...newSheetSteps(worksheets, name, spec, finalNames, budget));
    lastStepOfSheet.push(steps.length - 1);
  });
  steps.push(...registrySteps(worksheets, registryExists, plan.registry, budget));

  const total = lastStepOfSheet.length;
  onProgress?.({ phase: "menulis", done: 0, total });
  try {
    await runWriteSteps(context, steps, budget, scope, (done) =>
      onProgress?.({ phase: "menulis", done: lastStepOfSheet.filter((last) => last < done).length, total }),
    );
  } catch (e) {
    await narrowToProtectedSheets(context, e, scope);
    throw e;
  }
  return plan.names;
}

function newSheetSteps(
  worksheets: Excel.WorksheetCollection,
  name: string,
  spec: SheetSpec,
  finalNames: ReadonlyMap<string, string>,
  budget: RequestBudget,
): WriteStep[] {
  let added: Excel.Worksheet | undefined;
  const ws = (): Excel.Worksheet => {
    if (!added) throw new Error(`Lembar "${name}" belum ditambahkan.`);
    return added;
  };
  const add: WriteStep = {
    sheet: name,
    bytes: 2 * STATEMENT_BYTES,
    cells: 0,
    apply: () => void (added = worksheets.add(name)),
  };
  return [add, ...sheetSpecSteps(ws, name, spec, finalNames, budget)];
}
