import { Grid } from "../core/grid/grid";
import { FileWorkbook } from "../file/fileWorkbook";
import { FileWorkbookError } from "../file/fileErrors";
import { CliError } from "./cliError";
import { sheetNameKey } from "../core/workbook/sheetNames";

/**
 * The grids the engine reads: every sheet of the user's (Data Pendukung included, hidden ones too), never a sheet
 * we generated nor the settings sheet. With `sheet`, only that sheet and Data Pendukung (`dataPendukung`, the sheet
 * FileWorkbook.dataPendukungSheetName names).
 */
export function readSourceGrids(
  workbook: FileWorkbook,
  sheet?: string,
  dataPendukung?: string,
  /** Every sheet, the chosen one checked to be there: generate reads last year's sheet beside the one chosen. */
  all = false,
): Grid[] {
  const sources = workbook.sourceSheetNames();
  const read = (name: string) => {
    try {
      return workbook.grid(name);
    } catch (e) {
      if (e instanceof FileWorkbookError) throw new CliError(e.message);
      throw e;
    }
  };
  if (sheet === undefined) return sources.map(read);
  const target = sources.find((n) => sheetNameKey(n) === sheetNameKey(sheet));
  if (!target) {
    const names = sources.map((n) => `"${n}"`).join(", ") || "(tidak ada)";
    const chart = workbook.sheetsWithoutCells().find((n) => sheetNameKey(n) === sheetNameKey(sheet));
    if (chart !== undefined)
      throw new CliError(`Lembar "${chart}" adalah lembar grafik, tanpa sel yang dapat dibaca. Lembar tabel: ${names}`);
    throw new CliError(`Lembar "${sheet}" tidak ada. Lembar yang ada: ${names}`);
  }
  if (all) return sources.map(read);
  return (dataPendukung && dataPendukung !== target ? [target, dataPendukung] : [target]).map(read);
}
