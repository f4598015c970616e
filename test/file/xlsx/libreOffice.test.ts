import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { Grid } from "../../../src/core/grid/grid";
import { readSheetGrid, readWorkbookInfo } from "../../../src/file/xlsx";
import { partsOfZip } from "./packageBuilder";

/**
 * A workbook saved by LibreOffice Calc (its own styles, a table part, comments with VML, no theme part) reads to the
 * cells it was saved with. Needs `soffice`; CI installs it (scripts/e2e/install-deps.sh), elsewhere the test is
 * skipped and says so in its title.
 */
const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
const describeWithLibreOffice = soffice ? describe : describe.skip;
const title = soffice
  ? "a workbook saved by LibreOffice"
  : "a workbook saved by LibreOffice — SKIPPED: soffice not found (bash scripts/e2e/install-deps.sh installs it)";

async function sourceWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("TW IV 2022");
  ws.getCell("A1").value = "PENGUKURAN KINERJA";
  ws.getCell("A1").font = { bold: true };
  ws.mergeCells("A1:D1");
  ws.addTable({
    name: "Anggaran",
    ref: "A3",
    columns: [{ name: "Uraian" }, { name: "Pagu" }, { name: "Realisasi" }],
    rows: [
      ["PROGRAM PELAYANAN PENANAMAN MODAL", 246174400, 41392050],
      ["Pembuatan Peta Potensi Investasi", 55599900, 0],
    ],
  });
  ws.getCell("D4").value = { formula: "C4/B4", result: 41392050 / 246174400 };
  ws.getCell("D4").numFmt = "0.00%";
  ws.getCell("A4").note = "Pagu sesuai DPA";
  ws.getCell("A7").value = "Sasaran";
  ws.getCell("A7").fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { theme: 9, tint: 0.3999755851924192 } as Partial<ExcelJS.Color>,
  };
  ws.getCell("A8").value = "Kegiatan";
  ws.getCell("A8").alignment = { indent: 2 };
  ws.getCell("B8").value = 0.9984;
  ws.getCell("B8").numFmt = "0.0\\%";
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function readFirstSheet(bytes: Uint8Array): Grid {
  const parts = partsOfZip(bytes);
  return readSheetGrid(parts, readWorkbookInfo(parts), "TW IV 2022");
}

describeWithLibreOffice(title, () => {
  let dir: string;
  let source: Uint8Array;
  let saved: Uint8Array;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-lo-"));
    source = await sourceWorkbook();
    writeFileSync(path.join(dir, "buku.xlsx"), source);
    const outDir = path.join(dir, "out");
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        outDir,
        path.join(dir, "buku.xlsx"),
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    saved = new Uint8Array(readFileSync(path.join(outDir, "buku.xlsx")));
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("holds a table part and comments, and reads to the cells it was saved with", () => {
    const names = partsOfZip(saved).names();
    expect(names).toEqual(expect.arrayContaining(["xl/tables/table1.xml", "xl/comments1.xml"]));
    const grid = readFirstSheet(saved);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(grid.cells[0][0]).toEqual({ value: "PENGUKURAN KINERJA", bold: true });
    expect(grid.cells[2]).toEqual([{ value: "Uraian" }, { value: "Pagu" }, { value: "Realisasi" }]);
    expect(grid.cells[3].slice(0, 3)).toEqual([
      { value: "PROGRAM PELAYANAN PENANAMAN MODAL" },
      { value: 246174400 },
      { value: 41392050 },
    ]);
    expect(grid.cells[3][3]).toMatchObject({ numFmt: "0.00%", formula: "C4/B4" });
    expect(grid.cells[3][3]?.value).toBeCloseTo(41392050 / 246174400, 14);
    expect(grid.cells[4]).toEqual([{ value: "Pembuatan Peta Potensi Investasi" }, { value: 55599900 }, { value: 0 }]);
    expect(grid.cells[7]).toEqual([
      { value: "Kegiatan", indent: 2 },
      { value: 0.9984, numFmt: "0.0\\%" },
    ]);
  });

  test("the theme colour LibreOffice turned into RGB is within one step of Excel's, which the reader gives", () => {
    const fromTheme = readFirstSheet(source).cells[6][0];
    const fromLibreOffice = readFirstSheet(saved).cells[6][0];
    // Accent 6 of the Office 2007 theme (F79646), Lighter 40%: FABF8F in Excel's picker.
    expect(fromTheme).toEqual({ value: "Sasaran", fill: "#FABF8F" });
    expect(fromLibreOffice?.value).toBe("Sasaran");
    const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const ours = channels(fromTheme!.fill!);
    channels(fromLibreOffice!.fill!).forEach((c, i) => expect(Math.abs(c - ours[i])).toBeLessThanOrEqual(1));
  });
});
