import ExcelJS from "exceljs";
import { Grid } from "../../src/core/grid/grid";
import { generateLkjip, GenerateResult } from "../../src/core/pipeline";
import { Progress, WorkbookPort } from "../../src/core/ports/workbookPort";
import { REGISTRY_SHEET } from "../../src/core/workbook/registry";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { OpenProgress } from "../../src/file/openProgress";
import { plainLoad, sampleBytes, snapshot } from "./helpers";

async function readAll(port: FileWorkbook): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const sheet of await port.listSheets()) if (!sheet.generated) grids.push(await port.readSheet(sheet.name));
  return grids;
}

function generated(grids: Grid[]): GenerateResult {
  const result = generateLkjip(grids);
  if (!result.source) throw new Error("the sample was not recognised");
  return result;
}

describe("FileWorkbook over the sample workbook", () => {
  let original: ExcelJS.Workbook;
  beforeAll(async () => {
    original = await plainLoad(sampleBytes());
  });

  it("lists the sheets in tab order, none generated, and reads them as the CLI does", async () => {
    const port = await FileWorkbook.fromBuffer(sampleBytes(), "pengukuran-kinerja-2022.xlsx");
    expect(port.mode).toBe("file");
    expect((port as WorkbookPort).selectCell).toBeUndefined();
    const sheets = await port.listSheets();
    expect(sheets).toEqual(original.worksheets.map((ws) => ({ name: ws.name, generated: false })));
    for (const ws of original.worksheets) {
      const grid = await port.readSheet(ws.name);
      expect(grid.rowCount).toBe(ws.rowCount);
      expect(grid.cells[0]?.[0]?.value).toEqual(ws.getCell("A1").value);
    }
    // Sheet names compare without case, as in Excel.
    expect((await port.readSheet(sheets[0].name.toUpperCase())).name).toBe(sheets[0].name);
    await expect(port.readSheet("Tidak Ada")).rejects.toThrow(
      'Lembar "Tidak Ada" tidak ada di berkas "pengukuran-kinerja-2022.xlsx".',
    );
  });

  it("reports progress: bytes unpacked, then rows of each worksheet while opening; rows while reading", async () => {
    const opening: OpenProgress[] = [];
    const bytes = sampleBytes();
    const port = await FileWorkbook.fromBuffer(bytes, "s.xlsx", (p) => opening.push(p));
    const sheetCount = original.worksheets.length;
    const unzip = opening.filter((p) => p.stage === "unzip");
    const sheets = opening.filter((p) => p.stage === "sheets");
    // Every unzip report comes before the first sheet report, counting up to the total the zip's directory gives.
    expect(opening.findIndex((p) => p.stage === "sheets")).toBe(unzip.length);
    expect(unzip.length).toBeGreaterThan(2);
    expect(unzip.map((p) => p.done)).toEqual([...unzip.map((p) => p.done)].sort((a, b) => a - b));
    const last = unzip[unzip.length - 1];
    expect(last.done).toBe(last.total);
    expect(last.total).toBeGreaterThan(bytes.length);
    // Sheets read in order; rows within each up to its last row; ends with every sheet read.
    expect(sheets[0]).toEqual({ stage: "sheets", done: 0, sheets: sheetCount, rows: 0, totalRows: 0 });
    expect(sheets.map((p) => p.done)).toEqual([...sheets.map((p) => p.done)].sort((a, b) => a - b));
    expect(sheets[sheets.length - 1]).toMatchObject({ done: sheetCount, sheets: sheetCount });
    const grid = port.grid(original.worksheets[1].name);
    expect(sheets).toContainEqual({ stage: "sheets", done: 1, sheets: sheetCount, rows: grid.rowCount, totalRows: grid.rowCount });
    expect(sheets).toContainEqual({ stage: "sheets", done: 2, sheets: sheetCount, rows: 0, totalRows: 0 });
    const reading: Progress[] = [];
    await port.readSheet(original.worksheets[1].name, (p) => reading.push(p));
    const lastRead = reading[reading.length - 1];
    expect(reading.every((p) => p.phase === "membaca")).toBe(true);
    expect(lastRead.done).toBe(lastRead.total);
    expect(lastRead.total).toBeGreaterThan(0);
  });

  it("reports the rows of a long worksheet while it is read", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Panjang");
    for (let r = 1; r <= 2500; r++) ws.addRow([`Uraian ${r}`, r * 1000]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const seen: OpenProgress[] = [];
    await FileWorkbook.fromBuffer(bytes, "panjang.xlsx", (p) => seen.push(p));
    const within = seen.filter((p) => p.stage === "sheets" && p.done === 0 && p.rows > 0);
    expect(within.map((p) => (p.stage === "sheets" ? [p.rows, p.totalRows] : null))).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });

  it("reports the generated sheets written one by one", async () => {
    const port = await FileWorkbook.fromBuffer(sampleBytes(), "s.xlsx");
    const { specs } = generated(await readAll(port));
    const seen: Progress[] = [];
    await port.writeSheets(specs, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual(Array.from({ length: specs.length + 1 }, (_, i) => i));
    expect(seen.every((p) => p.phase === "menulis" && p.total === specs.length)).toBe(true);
  });

  it("writes the generated sheets, and the download keeps every sheet of the user's unchanged", async () => {
    const port = await FileWorkbook.fromBuffer(sampleBytes(), "pengukuran-kinerja-2022.xlsx");
    const changes: number[] = [];
    port.onChange(() => changes.push(1));
    expect(port.hasWrittenSheets).toBe(false);
    const result = generated(await readAll(port));
    const writes: Progress[] = [];
    const report = await port.writeSheets(result.specs, { onProgress: (p) => writes.push(p) });
    const names = report.sheets.map((s) => s.name as string);
    expect(names).toEqual(result.specs.map((s) => s.name));
    expect(report.sheets.every((s) => s.status === "new")).toBe(true);
    expect(port.hasWrittenSheets).toBe(true);
    expect(changes).toHaveLength(1);
    expect(writes[writes.length - 1]).toEqual({
      phase: "menulis",
      done: result.specs.length,
      total: result.specs.length,
    });

    const listed = await port.listSheets();
    expect(listed.map((s) => s.name)).toEqual([...original.worksheets.map((ws) => ws.name), ...names]);
    expect(listed.filter((s) => s.generated).map((s) => s.name)).toEqual(
      result.specs.filter((s) => s.kind !== "data-pendukung").map((s) => s.name),
    );

    const downloaded = await plainLoad(await port.toBuffer());
    for (const ws of original.worksheets) expect(snapshot(downloaded.getWorksheet(ws.name)!)).toEqual(snapshot(ws));
    for (const spec of result.specs) {
      const ws = downloaded.getWorksheet(spec.name);
      expect(ws).toBeDefined();
      const formulas = spec.cells.filter((c) => c.cell.formula !== undefined);
      for (const { row, col, cell } of formulas) expect(ws!.getCell(row + 1, col + 1).formula).toBe(cell.formula);
    }
    // No settings were saved, so no settings sheet was added.
    expect(downloaded.getWorksheet(REGISTRY_SHEET)).toBeUndefined();
  });

  it("a second generation updates the first in place, in the downloaded file too", async () => {
    const first = await FileWorkbook.fromBuffer(sampleBytes(), "a.xlsx");
    const result = generated(await readAll(first));
    await first.writeSheets(result.specs);
    const reopened = await FileWorkbook.fromBuffer(await first.toBuffer(), "a-lkjip.xlsx");
    const listed = await reopened.listSheets();
    const userGrids = await readAll(reopened);
    // Data Pendukung, once written, belongs to the user and is read; the LKjIP sheets are not.
    expect(userGrids.map((g) => g.name)).toEqual(listed.filter((s) => !s.generated).map((s) => s.name));
    const again = generated(userGrids);
    const report = await reopened.writeSheets(again.specs);
    expect(report.sheets.map((s) => s.status)).toEqual(again.specs.map(() => "updated"));
    const after = (await reopened.listSheets()).map((s) => s.name);
    expect(after).toEqual(listed.map((s) => s.name));
  });

  it("keeps settings in the registry sheet, across a download", async () => {
    const port = await FileWorkbook.fromBuffer(sampleBytes(), "a.xlsx");
    expect(await port.readSetting("kolom:TW IV 2022")).toBeNull();
    await port.writeSetting("kolom:TW IV 2022", '{"pagu":13}');
    expect(await port.readSetting("kolom:TW IV 2022")).toBe('{"pagu":13}');
    expect((await port.listSheets()).map((s) => s.name)).not.toContain(REGISTRY_SHEET);
    const reopened = await FileWorkbook.fromBuffer(await port.toBuffer(), "b.xlsx");
    expect(await reopened.readSetting("kolom:TW IV 2022")).toBe('{"pagu":13}');
    await expect(reopened.readSheet(REGISTRY_SHEET)).rejects.toThrow(/tidak ada/);
  });

  it("offers the download as <name>-lkjip.xlsx", async () => {
    const port = await FileWorkbook.fromBuffer(sampleBytes().buffer as ArrayBuffer, "Pengukuran 2022.xlsx");
    expect(port.fileName).toBe("Pengukuran 2022.xlsx");
    expect(port.downloadName).toBe("Pengukuran 2022-lkjip.xlsx");
  });
});
