import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { runCli } from "../../src/cli/run";
import { generateLkjip } from "../../src/core/pipeline";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { memoryIo } from "../cli/helpers";
import { sampleBytes } from "./helpers";

/** What `lkjip generate` writes, through the CLI itself. */
async function cliOutput(): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-parity-"));
  try {
    writeFileSync(path.join(dir, "sample.xlsx"), sampleBytes());
    const code = await runCli(["generate", "sample.xlsx", "-o", "out.xlsx"], memoryIo(dir));
    expect(code).toBe(0);
    return new Uint8Array(readFileSync(path.join(dir, "out.xlsx")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the web page writes: the visible sheets through the port, as the pane reads them. */
async function webOutput(): Promise<Uint8Array> {
  const port = await FileWorkbook.fromBuffer(sampleBytes(), "sample.xlsx");
  const grids = [];
  for (const s of await port.listSheets()) grids.push(await port.readSheet(s.name));
  const result = generateLkjip(grids);
  if (!result.source) throw new Error("sample not recognised");
  await port.writeSheets(result.specs);
  return new Uint8Array(await port.toBuffer());
}

describe("the web page's workbook equals the CLI's", () => {
  it("the same parts with the same bytes", async () => {
    const [cli, web] = await Promise.all([cliOutput(), webOutput()]);
    const a = unzipSync(cli);
    const b = unzipSync(web);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) expect([name, Buffer.from(b[name]).equals(Buffer.from(a[name]))]).toEqual([name, true]);
  });
});
