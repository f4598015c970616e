import ExcelJS from "exceljs";
import { SheetSpec } from "../core/tables/sheetSpec";
import { REGISTRY_SHEET } from "../core/workbook/registry";
import { planSheetWrites } from "../core/workbook/sheetNames";
import { findWorksheet, readRegistry, writeRegistry } from "./registrySheet";
import { writeSheetSpec } from "./writeSpecs";

export interface WrittenSheets {
  /** Final name per spec; null where the spec was not written (Data Pendukung that already exists). */
  names: (string | null)[];
  /** Sheets of an earlier run that were replaced. */
  removed: string[];
}

/**
 * Replace the sheets an earlier run generated with `specs` and record them in the registry. Sheets of the user's
 * are never removed nor renamed; a generated sheet whose name is taken by one of them gets a suffix.
 */
export function writeGeneratedSheets(workbook: ExcelJS.Workbook, specs: SheetSpec[]): WrittenSheets {
  const existing = workbook.worksheets
    .map((ws) => ws.name)
    .filter((n) => n.toLowerCase() !== REGISTRY_SHEET.toLowerCase());
  const plan = planSheetWrites(existing, readRegistry(workbook), specs);
  for (const name of plan.remove) {
    const worksheet = findWorksheet(workbook, name);
    if (worksheet) workbook.removeWorksheet(worksheet.id);
  }
  const finalNames = new Map<string, string>();
  specs.forEach((spec, i) => {
    const name = plan.names[i];
    if (name !== null) finalNames.set(spec.name, name);
  });
  specs.forEach((spec, i) => {
    const name = plan.names[i];
    if (name !== null) writeSheetSpec(workbook, spec, name, finalNames);
  });
  writeRegistry(workbook, plan.registry);
  keepActiveTabVisible(workbook);
  return { names: plan.names, removed: plan.remove };
}

/** After sheets were removed the saved active tab may point past the end or at the hidden registry. */
function keepActiveTabVisible(workbook: ExcelJS.Workbook): void {
  const sheets = workbook.worksheets;
  const firstVisible = Math.max(
    0,
    sheets.findIndex((ws) => ws.state === "visible" || ws.state === undefined),
  );
  for (const view of workbook.views ?? []) {
    const active = view.activeTab ?? 0;
    if (active >= sheets.length || sheets[active].state !== "visible") view.activeTab = firstVisible;
    if ((view.firstSheet ?? 0) >= sheets.length) view.firstSheet = 0;
  }
}
