import path from "node:path";
import { runCli } from "../../src/cli/run";
import { readFileSync, writeFileSync } from "node:fs";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { columnSettingKey, serialiseSource, SOURCE_SETTING } from "../../src/core/workbook/columnSettings";
import { memoryIo, tempDir } from "./helpers";
import { loadXlsx, SAMPLE } from "./sampleWorkbook";

/** The sample's TW I sheet with its PAGU header reworded so that recognition cannot find that column. */
async function sampleWithUnknownPaguHeader(dir: string, settings: Record<string, string>): Promise<string> {
  const wb = await loadXlsx(SAMPLE);
  wb.removeWorksheet(wb.getWorksheet("TW IV 2022")!.id);
  const ws = wb.getWorksheet("TW I 2022")!;
  let paguColumn = 0;
  ws.getRow(5).eachCell((cell, col) => {
    if (String(cell.value).trim().toUpperCase() === "PAGU") {
      cell.value = "NILAI DIPA";
      paguColumn = col;
    }
  });
  expect(paguColumn).toBeGreaterThan(0);
  // The settings are saved the way the task pane saves them: through the workbook port.
  const port = await FileWorkbook.fromBuffer(
    new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer),
    "koreksi.xlsx",
  );
  for (const [k, v] of Object.entries(settings)) await port.writeSetting(k, v.replace("$PAGU", String(paguColumn - 1)));
  const file = path.join(dir, "koreksi.xlsx");
  writeFileSync(file, new Uint8Array(await port.toBuffer()));
  return file;
}

describe("column corrections saved in the workbook (the task pane's `columns:<sheet>` setting)", () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);

  test("without a correction the reworded PAGU column is not found", async () => {
    const file = await sampleWithUnknownPaguHeader(tmp.dir, {});
    const io = memoryIo();
    expect(await runCli(["inspect", file], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(/PAGU/);
  });

  test("the CLI applies the saved correction, as the task pane does", async () => {
    const file = await sampleWithUnknownPaguHeader(tmp.dir, { [columnSettingKey("TW I 2022")]: '{"pagu":$PAGU}' });
    const io = memoryIo();
    expect(await runCli(["inspect", file, "--json"], io)).toBe(0);
    const json = JSON.parse(io.text());
    const program = json.sheets[0].tujuan[0].sasaran[0].program[0];
    expect(program.pagu).toBe(55599900);
  });

  test("an unreadable saved correction is named and ignored", async () => {
    const file = await sampleWithUnknownPaguHeader(tmp.dir, { [columnSettingKey("TW I 2022")]: "{rusak" });
    const io = memoryIo();
    expect(await runCli(["inspect", file], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(/koreksi kolom tersimpan untuk lembar "TW I 2022" tidak terbaca/);
  });
});

describe("the source chosen in the pane (the `sumber` setting)", () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);

  async function sampleWithSource(latest: string): Promise<string> {
    const port = await FileWorkbook.fromBuffer(new Uint8Array(readFileSync(SAMPLE)), "sumber.xlsx");
    await port.writeSetting(SOURCE_SETTING, serialiseSource({ sheet: "TW I 2022", latest }));
    const file = path.join(tmp.dir, `sumber-${latest.replace(/\W/g, "")}.xlsx`);
    writeFileSync(file, new Uint8Array(await port.toBuffer()));
    return file;
  }

  test("generate builds from it while the latest sheet is the one there was, and says so", async () => {
    const io = memoryIo();
    expect(
      await runCli(["generate", await sampleWithSource("TW IV 2022"), "-o", path.join(tmp.dir, "a.xlsx")], io),
    ).toBe(0);
    expect(io.text()).toContain(
      'Sumber tabel LKjIP: lembar "TW I 2022", dipilih di panel saat tabel terakhir dibuat (tersimpan di buku kerja); yang terbaru adalah "TW IV 2022"',
    );
  });

  test("a choice made before a later sheet came is passed over for the latest", async () => {
    const io = memoryIo();
    expect(
      await runCli(["generate", await sampleWithSource("TW III 2022"), "-o", path.join(tmp.dir, "b.xlsx")], io),
    ).toBe(0);
    expect(io.text()).toContain('Sumber tabel LKjIP: lembar "TW IV 2022"');
  });
});
