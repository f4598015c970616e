import { Grid } from "../core/grid/grid";
import { ColumnMap } from "../core/layout/columns";
import { ProgressFn, SheetInfo, WorkbookPort } from "../core/ports/workbookPort";
import {
  columnSettingKey,
  parseColumnMap,
  parseSource,
  SavedSource,
  SOURCE_SETTING,
} from "../core/workbook/columnSettings";

export interface WorkbookContent {
  sheets: SheetInfo[];
  /** Every sheet of the user's (generated sheets are not read). */
  grids: Grid[];
  /** Saved column corrections per sheet name. */
  columns: Record<string, ColumnMap>;
  /** Sheets whose saved corrections could not be read and were ignored. */
  unreadableSettings: string[];
  /** The officer's Data Pendukung (by our mark, else by its name), when the workbook has one. */
  dataPendukungSheet?: string;
  /** Other sheets with the Data Pendukung mark (copies the officer made): not read, named in the run. */
  dataPendukungCopies: string[];
  /** The officer's hidden sheets: not read, named when no table is found. */
  hiddenSheets: string[];
  /** The source sheet the tables were last built from by the officer's choice (SOURCE_SETTING); absent if none. */
  source?: SavedSource;
}

/** Read what the engine needs: the user's sheets and the saved column corrections. */
export async function readWorkbook(port: WorkbookPort, onProgress?: ProgressFn): Promise<WorkbookContent> {
  const sheets = await port.listSheets();
  // The adapter flags it (by our mark, else by its name when its content is ours: sheetPlan.dataPendukungSheetOf).
  const dataPendukungSheet = sheets.find((s) => s.dataPendukung)?.name;
  const wanted = sheets.filter((s) => !s.generated || s.name === dataPendukungSheet);
  const grids: Grid[] = [];
  const columns: Record<string, ColumnMap> = {};
  const unreadableSettings: string[] = [];
  onProgress?.({ phase: "membaca", done: 0, total: wanted.length });
  for (const [i, sheet] of wanted.entries()) {
    const perSheet: ProgressFn = (p) =>
      onProgress?.({ phase: "membaca", done: i + (p.total > 0 ? p.done / p.total : 0), total: wanted.length });
    grids.push(await port.readSheet(sheet.name, perSheet));
    const saved = await port.readSetting(columnSettingKey(sheet.name));
    if (saved !== null) {
      const map = parseColumnMap(saved);
      if (map === null) unreadableSettings.push(sheet.name);
      else if (Object.keys(map).length > 0) columns[sheet.name] = map;
    }
    onProgress?.({ phase: "membaca", done: i + 1, total: wanted.length });
  }
  const dataPendukungCopies = sheets.filter((s) => s.dataPendukungCopy).map((s) => s.name);
  const hiddenSheets = (await port.hiddenSheets?.()) ?? [];
  const source = parseSource(await port.readSetting(SOURCE_SETTING));
  return {
    ...(source !== null ? { source } : {}),
    sheets,
    hiddenSheets,
    grids,
    columns,
    unreadableSettings,
    dataPendukungCopies,
    ...(dataPendukungSheet ? { dataPendukungSheet } : {}),
  };
}
