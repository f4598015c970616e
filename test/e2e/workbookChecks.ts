import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { SheetSpec } from "../../src/core/tables/sheetSpec";
import { expectPackagePreserved, GENERATED_PARTS } from "../file/package/packageDiff";

/** Every non-empty cell (value, formula, cached result, number format) and the merges of a sheet. */
export function snapshot(ws: ExcelJS.Worksheet): { cells: Record<string, unknown>; merges: string[] } {
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

/**
 * The downloaded workbook holds the input's sheets unchanged (values, formulas, merges), then the generated
 * sheets with the engine's formulas; as a package, every part of the input is still there unchanged (the user's
 * workbook is not rewritten). Returns what was compared.
 */
export function assertGeneratedWorkbook(
  input: ExcelJS.Workbook,
  output: ExcelJS.Workbook,
  specs: SheetSpec[],
  bytes: { input: Uint8Array; output: Uint8Array },
): { userSheets: number; userCells: number; generatedSheets: number; formulas: number } {
  let userCells = 0;
  for (const ws of input.worksheets) {
    const out = output.getWorksheet(ws.name);
    assert.ok(out, `lembar pengguna "${ws.name}" hilang dari unduhan`);
    const before = snapshot(ws);
    assert.deepEqual(snapshot(out), before, `lembar pengguna "${ws.name}" berubah`);
    userCells += Object.keys(before.cells).length;
  }
  let formulas = 0;
  for (const spec of specs) {
    const out = output.getWorksheet(spec.name);
    assert.ok(out, `lembar "${spec.name}" tidak ada di unduhan`);
    for (const { row, col, cell } of spec.cells) {
      if (cell.formula === undefined) continue;
      assert.equal(out.getCell(row + 1, col + 1).formula, cell.formula, `${spec.name}!R${row + 1}C${col + 1}`);
      formulas++;
    }
  }
  expectPackagePreserved(bytes.input, bytes.output, { allowedNewParts: GENERATED_PARTS });
  return { userSheets: input.worksheets.length, userCells, generatedSheets: specs.length, formulas };
}
