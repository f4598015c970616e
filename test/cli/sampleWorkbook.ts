import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";

export const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "pengukuran-kinerja-2022.xlsx");

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb;
}

export function copySample(dir: string, name = "pengukuran-kinerja-2022.xlsx"): string {
  const target = path.join(dir, name);
  copyFileSync(SAMPLE, target);
  return target;
}

/**
 * The sample plus a sheet of the user's with formulas (a plain one, a shared one, one whose result is 0, one over
 * the table) and a merge: what a real office workbook carries besides the table.
 */
export async function sampleWithUserFormulas(dir: string, extraSheets: string[] = []): Promise<string> {
  const wb = await loadXlsx(SAMPLE);
  const ws = wb.addWorksheet("Rekap");
  ws.getCell("A1").value = "Rekap pagu";
  ws.mergeCells("A1:C1");
  ws.getCell("A2").value = 10;
  ws.getCell("A3").value = 20;
  ws.getCell("B2").value = { formula: "A2*2", result: 20 };
  ws.getCell("B3").value = { sharedFormula: "B2", result: 40 } as unknown as ExcelJS.CellValue;
  ws.getCell("C2").value = { formula: "A2-A2", result: 0 };
  const tw4 = wb.worksheets.find((w) => /IV/.test(w.name))!;
  ws.getCell("C3").value = { formula: `SUM('${tw4.name}'!N8:N10)`, result: 1 };
  for (const name of extraSheets) wb.addWorksheet(name).getCell("A1").value = `lembar pengguna ${name}`;
  const file = path.join(dir, "dengan-rekap.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

export interface SheetSnapshot {
  cells: Record<string, unknown>;
  merges: string[];
}

/** Every non-empty cell's value (formulas with their results) and number format, and the merges. */
export function snapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: Record<string, unknown> = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      cells[cell.address] = {
        value: cell.type === ExcelJS.ValueType.Merge ? "(merged)" : cell.value,
        formula: cell.formula,
        result: cell.result,
        numFmt: cell.numFmt,
      };
    }),
  );
  return { cells, merges: [...ws.model.merges].sort() };
}
