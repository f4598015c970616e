import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { memoryIo, tempDir } from "./helpers";
import { copySample, loadXlsx } from "./sampleWorkbook";

/** The user's workflow: generate, fill Data Pendukung in the output, generate again from it. */
describe("Data Pendukung filled by the user feeds the LKjIP tables on the next run", () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);
  let second: ExcelJS.Workbook;
  let secondOut: string;

  beforeAll(async () => {
    const input = copySample(tmp.dir);
    const first = path.join(tmp.dir, "pertama.xlsx");
    expect(await runCli(["generate", input, "-o", first], memoryIo())).toBe(0);

    const wb = await loadXlsx(first);
    const dp = wb.getWorksheet("Data Pendukung")!;
    const find = (text: RegExp) => {
      let at: ExcelJS.Cell | undefined;
      dp.eachRow((row) => row.eachCell((cell) => void (at ??= text.test(String(cell.value ?? "")) ? cell : undefined)));
      if (!at) throw new Error(`no cell ${text}`);
      return at;
    };
    /** The input cell right of a label: the first cell past the label's own merge. */
    const inputBeside = (label: ExcelJS.Cell) => {
      let c = Number(label.col) + 1;
      while (dp.getCell(Number(label.row), c).master === label.master) c++;
      return dp.getCell(Number(label.row), c);
    };
    inputBeside(find(/^Nama Perangkat Daerah/)).value = "DPMPTSPNAKER Kota Probolinggo";
    inputBeside(find(/^Total Anggaran/)).value = 13255734286;
    const header = Number(find(/^Polaritas$/).row);
    const col = (text: RegExp) => Number(find(text).col);
    const first_indikator = dp.getRow(header + 1);
    first_indikator.getCell(col(/^Target Tahun Lalu/)).value = "0,37%";
    first_indikator.getCell(col(/^Realisasi Tahun Lalu/)).value = "2%";
    first_indikator.getCell(col(/^Target Akhir Renstra/)).value = "0,41%";
    first_indikator.getCell(col(/^Analisis Penyebab/)).value = "Peningkatan kualitas SDM bidang Penanaman Modal";
    await wb.xlsx.writeFile(first);

    secondOut = path.join(tmp.dir, "kedua.xlsx");
    const io = memoryIo();
    expect(await runCli(["generate", first, "-o", secondOut], io)).toBe(0);
    expect(io.text()).not.toMatch(/Data Pendukung" dibuat/);
    second = await loadXlsx(secondOut);
  });

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
});
