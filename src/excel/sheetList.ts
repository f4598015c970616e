import { SheetInfo } from "../core/ports/workbookPort";
import { isRegistrySheet, loadRegistry } from "./registrySheet";

/** Visible worksheets in tab order, the registry excluded, each marked when an earlier run generated it. */
export async function listVisibleSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/visibility, items/position");
  await context.sync();
  const sheets = worksheets.items.map((s) => ({ name: s.name, visibility: s.visibility, position: s.position }));
  const registry = await loadRegistry(
    context,
    sheets.some((s) => isRegistrySheet(s.name)),
  );
  const generated = new Set(registry.generated.map((g) => g.name.toLowerCase()));
  return sheets
    .filter((s) => s.visibility === "Visible" && !isRegistrySheet(s.name))
    .sort((a, b) => a.position - b.position)
    .map((s) => ({ name: s.name, generated: generated.has(s.name.toLowerCase()) }));
}

/** Every sheet name, hidden ones included, in tab order. */
export async function allSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map((s) => s.name);
}
