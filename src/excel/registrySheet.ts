import { gridFromRows } from "../core/grid/gridBuilder";
import { CellValue } from "../core/grid/grid";
import { emptyRegistry, parseRegistry, Registry, REGISTRY_SHEET, registryRows } from "../core/workbook/registry";
import { cellWrite } from "./cellInput";
import { contentSteps } from "./contentSteps";
import { RequestBudget, STATEMENT_BYTES } from "./requestBudget";
import { WriteStep } from "./writeSteps";

export function isRegistrySheet(name: string): boolean {
  return name.toLowerCase() === REGISTRY_SHEET.toLowerCase();
}

/** The registry, read only when the sheet exists (the caller knows the sheet names from an earlier sync). */
export async function loadRegistry(context: Excel.RequestContext, exists: boolean): Promise<Registry> {
  if (!exists) return emptyRegistry();
  const used = context.workbook.worksheets.getItem(REGISTRY_SHEET).getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  await context.sync();
  if (used.isNullObject) return emptyRegistry();
  const rows: (CellValue | undefined)[][] = [];
  used.values.forEach((line, i) => {
    rows[used.rowIndex + i] = [...new Array<undefined>(used.columnIndex).fill(undefined), ...(line as CellValue[])];
  });
  return parseRegistry(
    gridFromRows(
      REGISTRY_SHEET,
      Array.from(rows, (r) => r ?? []),
    ),
  );
}

/**
 * Rewrite the registry sheet with `registry`: created when absent, emptied when present, always very hidden so only
 * the add-in and the CLI see it. Text is written so that Excel keeps it as text (settings hold JSON).
 */
export function registrySteps(
  worksheets: Excel.WorksheetCollection,
  exists: boolean,
  registry: Registry,
  budget: RequestBudget,
): WriteStep[] {
  let registrySheet: Excel.Worksheet | undefined;
  const ws = (): Excel.Worksheet => {
    if (!registrySheet) throw new Error("Lembar catatan add-in belum disiapkan.");
    return registrySheet;
  };
  const open: WriteStep = {
    sheet: REGISTRY_SHEET,
    bytes: 4 * STATEMENT_BYTES,
    cells: 0,
    apply: () => {
      if (exists) {
        registrySheet = worksheets.getItem(REGISTRY_SHEET);
        registrySheet.getRange().clear("All");
      } else {
        registrySheet = worksheets.add(REGISTRY_SHEET);
      }
      registrySheet.visibility = "VeryHidden";
    },
  };
  const noLinks = new Map<string, string>();
  const writes = registryRows(registry).flatMap((line, row) =>
    line.map((v, col) => ({ row, col, write: cellWrite({ value: typeof v === "boolean" ? String(v) : v }, noLinks) })),
  );
  return [open, ...contentSteps(ws, REGISTRY_SHEET, writes, budget)];
}
