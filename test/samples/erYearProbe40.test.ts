/**
 * Evaluasi Renja workbooks holding more than one period (test/fixtures/er-probe40). Each test fails on the engine
 * before the fix it names.
 */
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { generateLkjip } from "../../src/core/pipeline";
import { SheetSpec } from "../../src/core/tables/sheetSpec";
import { runCli } from "../../src/cli/run";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { gridsOf } from "../file/gridsOf";
import { memoryIo, tempDir } from "../cli/helpers";

jest.setTimeout(60_000);

const FILE = path.join(__dirname, "..", "fixtures", "er-probe40", "eryear40-tahun-lalu.xlsx");

/** Last year's target and realisasi in a Data Pendukung spec (or grid), by indikator name. */
function lastYearOf(cells: { row: number; col: number; value: unknown }[], name: string): unknown[] {
  const at = cells.find((c) => c.value === name)!;
  const of = (col: number) => cells.find((c) => c.row === at.row && c.col === col)?.value ?? null;
  return [of(5), of(6)];
}

const specCells = (spec: SheetSpec) => spec.cells.map((c) => ({ row: c.row, col: c.col, value: c.cell.value }));

test("with a sheet chosen (the pane's choice, --sheet), last year's year-end sheet is still read: Data Pendukung is prefilled from it, names matched though written `yg` for `yang` (eryear40 D2, D3: every figure of last year was lost)", async () => {
  const result = generateLkjip(await gridsOf(FILE), { sheet: "TW IV 2023" });
  if (!("specs" in result)) throw new Error("no source");
  expect(result.source.sheet).toBe("TW IV 2023");
  // Only the chosen sheet is checked.
  expect(result.analysis.models.map((m) => m.sheet)).toEqual(["TW IV 2023"]);
  const dp = specCells(result.specs.find((s) => s.kind === "data-pendukung")!);
  expect(lastYearOf(dp, "Indeks Kepuasan Masyarakat")).toEqual([83, 83.37]);
  expect(lastYearOf(dp, "Persentase Perusahaan yg Menyampaikan LKPM")).toEqual([0.78, 0.81]);
  expect(lastYearOf(dp, "Persentase Potensi Investasi yang Ditawarkan kepada Investor")).toEqual([null, null]);
});

test("lkjip generate --sheet reads last year's sheet too", async () => {
  const { dir, cleanup } = tempDir();
  try {
    const input = path.join(dir, "buku.xlsx");
    copyFileSync(FILE, input);
    const out = path.join(dir, "hasil.xlsx");
    expect(await runCli(["generate", input, "--sheet", "TW IV 2023", "-o", out], memoryIo())).toBe(0);
    const wb = await FileWorkbook.fromBuffer(new Uint8Array(readFileSync(out)), "hasil.xlsx");
    const grid = wb.grid("Data Pendukung");
    const cells = grid.cells.flatMap((row, r) => (row ?? []).map((c, col) => ({ row: r, col, value: c?.value })));
    expect(lastYearOf(cells, "Indeks Kepuasan Masyarakat")).toEqual([83, 83.37]);
  } finally {
    cleanup();
  }
});
