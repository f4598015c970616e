import ExcelJS from "exceljs";
import { Grid } from "../core/grid/grid";
import { DATA_PENDUKUNG_SHEET } from "../core/model/dataPendukung";
import { REGISTRY_SHEET } from "../core/workbook/registry";
import { CliError } from "./cliError";
import { findWorksheet, readRegistry } from "../file/registrySheet";
import { readGrid } from "../file/readGrid";

/**
 * The grids the engine reads: every sheet of the user's (Data Pendukung included), never the registry sheet
 * nor a sheet an earlier run generated. With `sheet`, only that sheet and Data Pendukung.
 */
export function readSourceGrids(workbook: ExcelJS.Workbook, sheet?: string): Grid[] {
  const generated = new Set(readRegistry(workbook).generated.map((g) => g.name.toLowerCase()));
  generated.add(REGISTRY_SHEET.toLowerCase());
  if (sheet !== undefined) {
    const target = findWorksheet(workbook, sheet);
    if (!target || generated.has(target.name.toLowerCase())) {
      const names = userSheets(workbook, generated).map((ws) => `"${ws.name}"`);
      throw new CliError(`Lembar "${sheet}" tidak ada. Lembar yang ada: ${names.join(", ") || "(tidak ada)"}`);
    }
    const dataPendukung = findWorksheet(workbook, DATA_PENDUKUNG_SHEET);
    const wanted = dataPendukung && dataPendukung !== target ? [target, dataPendukung] : [target];
    return wanted.map(readGrid);
  }
  return userSheets(workbook, generated).map(readGrid);
}

function userSheets(workbook: ExcelJS.Workbook, generated: Set<string>): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((ws) => !generated.has(ws.name.toLowerCase()));
}
