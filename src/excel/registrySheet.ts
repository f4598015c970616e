import { Grid } from "../core/grid/grid";
import { REGISTRY_SHEET, registryRows } from "../core/workbook/registry";
import { cellWrite } from "./cellInput";
import { contentSteps, PlacedWrite } from "./contentSteps";
import { markStep } from "./markSteps";
import { RequestBudget, STATEMENT_BYTES } from "./requestBudget";
import { WriteStep } from "./writeSteps";

const SETTINGS_MARK = { kind: "registry", key: REGISTRY_SHEET, fingerprint: "" } as const;
const noLinks = new Map<string, string>();

/** A value of the settings sheet written so that Excel keeps it as it is (settings hold JSON and codes like 0012). */
function placed(row: number, col: number, v: string | number | boolean | null): PlacedWrite {
  return { row, col, write: cellWrite({ value: typeof v === "boolean" ? String(v) : v }, noLinks) };
}

/**
 * Write the settings sheet as version 2 (the magic line, then one line per setting) under `name`: added when it
 * does not exist, emptied and rewritten when it does (a version-1 sheet being migrated). Very hidden, marked as ours.
 */
export function settingsSheetSteps(
  worksheets: Excel.WorksheetCollection,
  place: { name: string; exists: boolean; hasMarkName: boolean },
  settings: Record<string, string>,
  budget: RequestBudget,
): WriteStep[] {
  let sheet: Excel.Worksheet | undefined;
  const ws = (): Excel.Worksheet => {
    if (!sheet) throw new Error("Lembar catatan add-in belum disiapkan.");
    return sheet;
  };
  const open: WriteStep = {
    sheet: place.name,
    bytes: 4 * STATEMENT_BYTES,
    cells: 0,
    apply: () => {
      if (place.exists) {
        sheet = worksheets.getItem(place.name);
        sheet.getRange().clear("All");
      } else {
        sheet = worksheets.add(place.name);
      }
      sheet.visibility = "VeryHidden";
    },
  };
  const writes = registryRows(settings).flatMap((line, row) => line.map((v, col) => placed(row, col, v)));
  return [
    open,
    ...contentSteps(ws, place.name, writes, budget),
    markStep(ws, place.name, SETTINGS_MARK, place.hasMarkName),
  ];
}

/**
 * Change one setting where it stands in an existing settings sheet (version 1 or 2): the value cell of its line,
 * or a new line below the last. Nothing else of the sheet is rewritten, so a version-1 sheet keeps its list of
 * generated sheets for the migration on the next run.
 */
export function settingEditSteps(
  worksheets: Excel.WorksheetCollection,
  name: string,
  content: Grid,
  key: string,
  value: string,
  budget: RequestBudget,
): WriteStep[] {
  const row = content.cells.findIndex((line) => line?.[0]?.value === "setting" && line?.[1]?.value === key);
  const writes =
    row >= 0
      ? [placed(row, 2, value)]
      : [placed(content.rowCount, 0, "setting"), placed(content.rowCount, 1, key), placed(content.rowCount, 2, value)];
  let sheet: Excel.Worksheet | undefined;
  const ws = (): Excel.Worksheet => (sheet ??= worksheets.getItem(name));
  return contentSteps(ws, name, writes, budget);
}
