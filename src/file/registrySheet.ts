import ExcelJS from "exceljs";
import { emptyRegistry, parseRegistry, Registry, REGISTRY_SHEET, registryRows } from "../core/workbook/registry";
import { readGrid } from "./readGrid";

/** Excel compares sheet names without case; exceljs's getWorksheet does not. */
export function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
}

export function readRegistry(workbook: ExcelJS.Workbook): Registry {
  const worksheet = findWorksheet(workbook, REGISTRY_SHEET);
  return worksheet ? parseRegistry(readGrid(worksheet)) : emptyRegistry();
}

/** Replace the registry sheet with one holding `registry`, very hidden so only the add-in and the CLI see it. */
export function writeRegistry(workbook: ExcelJS.Workbook, registry: Registry): ExcelJS.Worksheet {
  const existing = findWorksheet(workbook, REGISTRY_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
  for (const row of registryRows(registry)) worksheet.addRow(row);
  return worksheet;
}
