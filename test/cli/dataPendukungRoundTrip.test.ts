import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { toA1 } from "../../src/core/grid/address";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { renameSheet, typeInto } from "../file/package/officerEdits";
import { memoryIo, tempDir } from "./helpers";
import { copySample, loadXlsx } from "./sampleWorkbook";

// Two generate runs in one hook: about 4 s alone, more beside the other suites on two cores.
jest.setTimeout(60_000);

/** The user's workflow: generate, fill Data Pendukung in the output, generate again from it. */
describe("Data Pendukung filled by the user feeds the LKjIP tables on the next run", () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);
  let second: ExcelJS.Workbook;
  let secondOut: string;
  let filled: string;

  beforeAll(async () => {
    const input = copySample(tmp.dir);
    const first = path.join(tmp.dir, "pertama.xlsx");
    expect(await runCli(["generate", input, "-o", first], memoryIo())).toBe(0);

    // The officer fills Data Pendukung in Excel: the package keeps everything else as it was (our marks included).
    const opened = await FileWorkbook.fromBuffer(readFileSync(first), first);
    const dp = opened.grid("Data Pendukung");
    const find = (text: RegExp): { row: number; col: number } => {
      for (let row = 0; row < dp.rowCount; row++) {
        const line = dp.cells[row] ?? [];
        for (let col = 0; col < line.length; col++) if (text.test(String(line[col]?.value ?? ""))) return { row, col };
      }
      throw new Error(`no cell ${text}`);
    };
    /** The input cell right of a label: the first cell past the label's own merge. */
    const inputBeside = (label: { row: number; col: number }) => {
      const merge = dp.merges.find((m) => m.top === label.row && m.left === label.col);
      return toA1(label.row, (merge ? merge.right : label.col) + 1);
    };
    const header = find(/^Polaritas$/).row;
    const at = (text: RegExp) => toA1(header + 1, find(text).col);
    let bytes: Uint8Array = new Uint8Array(readFileSync(first));
    const type = (cell: string, value: string) => (bytes = typeInto(bytes, "Data Pendukung", cell, value));
    type(inputBeside(find(/^Nama Perangkat Daerah/)), "DPMPTSPNAKER Kota Probolinggo");
    type(inputBeside(find(/^Total Anggaran/)), "13255734286");
    type(at(/^Target Tahun Lalu/), "0,37%");
    type(at(/^Realisasi Tahun Lalu/), "2%");
    type(at(/^Target Akhir Renstra/), "0,41%");
    type(at(/^Analisis Penyebab/), "Peningkatan kualitas SDM bidang Penanaman Modal");
    writeFileSync(first, bytes);
    filled = first;

    secondOut = path.join(tmp.dir, "kedua.xlsx");
    const io = memoryIo();
    expect(await runCli(["generate", first, "-o", secondOut], io)).toBe(0);
    expect(io.text()).not.toMatch(/Data Pendukung" dibuat/);
    second = await loadXlsx(secondOut);
  }, 60_000);

  function texts(ws: ExcelJS.Worksheet): string[] {
    const out: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") out.push(cell.value);
      }),
    );
    return out;
  }

  test("the user's Data Pendukung is kept as typed, not replaced by a new template", () => {
    const dp = second.getWorksheet("Data Pendukung")!;
    expect(texts(dp)).toContain("DPMPTSPNAKER Kota Probolinggo");
    expect(texts(dp)).toContain("0,41%");
    expect(second.worksheets.filter((ws) => ws.name.startsWith("Data Pendukung"))).toHaveLength(1);
  });

  test("the tables carry the office's name, last year's figures, and tingkat kemajuan = 0,38 / 0,41", () => {
    const ss1 = second.getWorksheet("LKjIP SS I")!;
    // The title block writes the office's name in capitals, as report covers do.
    expect(texts(ss1).some((t) => t.toUpperCase().includes("DPMPTSPNAKER KOTA PROBOLINGGO"))).toBe(true);
    const formulas: { formula: string; result: unknown }[] = [];
    ss1.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas.push({ formula: cell.formula, result: cell.result });
      }),
    );
    const kemajuan = formulas.find((f) => typeof f.result === "number" && Math.abs(f.result - 0.38 / 0.41) < 1e-9);
    expect(kemajuan).toBeDefined();
    expect(texts(ss1).join("\n")).not.toMatch(/Kolom Target Akhir Renstra kosong/);
    expect(texts(ss1).join("\n")).toMatch(/Peningkatan kualitas SDM bidang Penanaman Modal/);
  });

  test("renamed by the officer, it is still their Data Pendukung: found by our mark, read, never made again", async () => {
    const renamed = path.join(tmp.dir, "dinamai.xlsx");
    writeFileSync(renamed, renameSheet(new Uint8Array(readFileSync(filled)), "Data Pendukung", "DP Kinerja 2022"));
    expect((await FileWorkbook.fromBuffer(readFileSync(renamed), renamed)).dataPendukungSheetName()).toBe(
      "DP Kinerja 2022",
    );
    const out = path.join(tmp.dir, "ketiga.xlsx");
    const io = memoryIo();
    expect(await runCli(["generate", renamed, "-o", out], io)).toBe(0);
    expect(io.text()).not.toMatch(/dibuat/);
    const third = await loadXlsx(out);
    expect(third.worksheets.map((ws) => ws.name).filter((n) => /Data Pendukung|DP Kinerja/.test(n))).toEqual([
      "DP Kinerja 2022",
    ]);
    const ss1 = third.getWorksheet("LKjIP SS I")!;
    expect(texts(ss1).some((t) => t.toUpperCase().includes("DPMPTSPNAKER KOTA PROBOLINGGO"))).toBe(true);
  });
});
