import ExcelJS from "exceljs";
import { generateLkjip } from "../../src/core/pipeline";
import { workbookFromBytes } from "../../src/cli/loadWorkbook";
import { readSourceGrids } from "../../src/cli/sourceGrids";
import { writeGeneratedSheets } from "../../src/file/writeGenerated";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { sampleBytes, snapshot } from "./helpers";

/** What `lkjip generate` writes, through the CLI's own loader and writer. */
async function cliOutput(): Promise<ExcelJS.Workbook> {
  const wb = await workbookFromBytes(Buffer.from(sampleBytes()), "sample.xlsx");
  const result = generateLkjip(readSourceGrids(wb));
  if (!result.source) throw new Error("sample not recognised");
  writeGeneratedSheets(wb, result.specs);
  return workbookFromBytes(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), "cli.xlsx");
}

async function webOutput(): Promise<ExcelJS.Workbook> {
  const port = await FileWorkbook.fromBuffer(sampleBytes(), "sample.xlsx");
  const grids = [];
  for (const s of await port.listSheets()) grids.push(await port.readSheet(s.name));
  const result = generateLkjip(grids);
  if (!result.source) throw new Error("sample not recognised");
  await port.writeSheets(result.specs);
  return workbookFromBytes(Buffer.from(await port.toBuffer()), "web.xlsx");
}

describe("the web page's workbook equals the CLI's", () => {
  it("same sheets in the same order and states, the same cells, merges and links", async () => {
    const [cli, web] = await Promise.all([cliOutput(), webOutput()]);
    expect(web.worksheets.map((w) => [w.name, w.state])).toEqual(cli.worksheets.map((w) => [w.name, w.state]));
    for (const ws of cli.worksheets) {
      const other = web.getWorksheet(ws.name)!;
      expect(snapshot(other)).toEqual(snapshot(ws));
      expect(other.pageSetup.orientation).toBe(ws.pageSetup.orientation);
    }
  });
});
