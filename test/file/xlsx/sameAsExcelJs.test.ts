import ExcelJS from "exceljs";
import { Grid, GridCell } from "../../../src/core/grid/grid";
import { readGrid } from "../excelJsGrid";
import { readSheetGrid, readWorkbookInfo } from "../../../src/file/xlsx";
import { plainLoad, sampleBytes } from "../helpers";
import { packageMap, partsOfZip, stylesXml, worksheetXml, zipOf } from "./packageBuilder";

/** What both readers give: the package reader adds `fill`, which the exceljs reader never had. */
function withoutFill(cell: GridCell | undefined): GridCell | undefined {
  if (!cell) return undefined;
  const { fill: _fill, ...rest } = cell;
  return rest;
}

/** Cell-by-cell differences between two grids (value, numFmt, text, formula, bold, indent), as readable lines. */
function differences(ours: Grid, theirs: Grid): string[] {
  const out: string[] = [];
  const rows = Math.max(ours.rowCount, theirs.rowCount);
  const cols = Math.max(ours.colCount, theirs.colCount);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const a = JSON.stringify(withoutFill(ours.cells[r]?.[c]));
      const b = JSON.stringify(theirs.cells[r]?.[c]);
      if (a !== b) out.push(`${ours.name}!R${r + 1}C${c + 1}: ${a} ≠ ${b}`);
    }
  }
  return out;
}

const sortedMerges = (g: Grid) => [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left);

async function bothReaders(bytes: Uint8Array): Promise<{ ours: Grid; theirs: Grid }[]> {
  const parts = partsOfZip(bytes);
  const info = readWorkbookInfo(parts);
  const workbook = await plainLoad(bytes);
  return info.sheets.map((s) => ({
    ours: readSheetGrid(parts, info, s.name),
    theirs: readGrid(workbook.getWorksheet(s.name)!),
  }));
}

describe("the package reader gives the cells the exceljs reader (readGrid) gives", () => {
  test("on the sample workbook, every cell of every sheet: value, numFmt, formula, bold, indent; and the merges", async () => {
    const sheets = await bothReaders(sampleBytes());
    expect(sheets.map((s) => s.ours.name)).toEqual(["TW I 2022", "TW IV 2022"]);
    let compared = 0;
    for (const { ours, theirs } of sheets) {
      expect(differences(ours, theirs)).toEqual([]);
      expect([ours.rowCount, ours.colCount]).toEqual([theirs.rowCount, theirs.colCount]);
      expect(sortedMerges(ours)).toEqual(sortedMerges(theirs));
      compared += ours.cells.flat().filter(Boolean).length;
    }
    expect(compared).toBeGreaterThan(1000);
    // …and the header fill the sample has, which readGrid never gave.
    expect(sheets[0].ours.cells[4][0]).toEqual({ value: "NO", bold: true, fill: "#D9E1F2" });
  });

  test("on a workbook written by exceljs with formulas (shared, text and error results, 0), errors, rich text, a date, a hyperlink, merges", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("TW I");
    ws.getCell("A1").value = "PENGUKURAN KINERJA";
    ws.getCell("A1").font = { bold: true };
    ws.mergeCells("A1:F1");
    ws.getCell("A3").value = "412.786.800,00";
    ws.getCell("B3").value = 412786800;
    ws.getCell("B3").numFmt = "#,##0.00";
    ws.getCell("C3").value = 0.0039;
    ws.getCell("C3").numFmt = "0.00%";
    ws.getCell("D3").value = { formula: "B3*2", result: 825573600 };
    ws.getCell("E3").value = { formula: "B3-B3", result: 0 };
    ws.getCell("F3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    ws.getCell("G3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("A4").value = { richText: [{ text: "Pembuatan " }, { text: "Peta", font: { bold: true } }] };
    ws.getCell("A4").alignment = { indent: 2 };
    ws.getCell("B4").value = { text: "lihat TW IV", hyperlink: "#'TW IV'!A1" };
    ws.getCell("C4").value = new Date(Date.UTC(2022, 11, 31));
    ws.getCell("C4").numFmt = "dd/mm/yyyy";
    ws.getCell("E4").value = { formula: "D3", result: "teks" };
    ws.getCell("G4").value = true;
    ws.mergeCells("A6:B7");
    ws.getCell("A6").value = "gabung";
    ws.getCell("D8").value = { formula: "D3+1", result: 7 };
    ws.getCell("D9").value = { sharedFormula: "D8", result: 8 } as unknown as ExcelJS.CellValue;
    ws.getCell("A10").value = "isian tema";
    ws.getCell("A10").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { theme: 4, tint: 0.7999816888943144 } as Partial<ExcelJS.Color>,
    };
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const [{ ours, theirs }] = await bothReaders(bytes);
    expect(differences(ours, theirs)).toEqual([]);
    expect(sortedMerges(ours)).toEqual(sortedMerges(theirs));
    expect(ours.cells[8][3]).toEqual({ value: 8, formula: "D4+1" });
    expect(ours.cells[2][4]).toEqual({ value: 0, formula: "B3-B3" });
    // exceljs writes the Office 2007 theme: Accent 1 (4F81BD), Lighter 80% is DCE6F1 in Excel's picker.
    expect(ours.cells[9][0]).toEqual({ value: "isian tema", fill: "#DCE6F1" });
  });

  test("intentional differences: escapes kept, times without drift, storage prefixes dropped, built-in formats 22 and 43", async () => {
    const bytes = zipOf(
      packageMap({
        sheets: [
          {
            name: "Beda",
            xml: worksheetXml(
              `<row r="1"><c r="A1" s="1"><v>0.9984</v></c><c r="B1" s="2"><v>0.33333333333333331</v></c>` +
                `<c r="C1"><f>_xlfn.IFS(A1&gt;0,1)</f><v>1</v></c><c r="D1" s="3"><v>44926.5</v></c>` +
                `<c r="E1" s="4"><v>5</v></c><c r="F1" s="0"><v>7</v></c></row>`,
            ),
          },
        ],
        styles: stylesXml({
          numFmts: '<numFmt numFmtId="164" formatCode="0.0\\%"/><numFmt numFmtId="165" formatCode="h:mm"/>',
          xfs: [
            '<xf numFmtId="0"/>',
            '<xf numFmtId="164"/>',
            '<xf numFmtId="165"/>',
            '<xf numFmtId="22"/>',
            '<xf numFmtId="43"/>',
          ],
        }),
      }),
    );
    const [{ ours, theirs }] = await bothReaders(bytes);
    expect(differences(ours, theirs)).toEqual([
      // 99,84% shows as 99,8% in Excel; without the escape the format would multiply by 100 again.
      'Beda!R1C1: {"value":0.9984,"numFmt":"0.0\\\\%"} ≠ {"value":0.9984,"numFmt":"0.0%"}',
      // 08:00 exactly as stored, so TIME(8,0,0) still equals it; exceljs goes through a Date and drifts by 1e-12.
      'Beda!R1C2: {"value":0.3333333333333333,"numFmt":"h:mm"} ≠ {"value":0.3333333333321207,"numFmt":"h:mm"}',
      // Excel shows IFS(…), the file stores _xlfn.IFS(…).
      'Beda!R1C3: {"value":1,"formula":"IFS(A1>0,1)"} ≠ {"value":1,"formula":"_xlfn.IFS(A1>0,1)"}',
      // Excel's built-in 22 (exceljs has a stray quote pair) and 43 (Comma style; unknown to exceljs).
      'Beda!R1C4: {"value":44926.5,"numFmt":"m/d/yy h:mm"} ≠ {"value":44926.5,"numFmt":"m/d/yy \\"h\\":mm"}',
      'Beda!R1C5: {"value":5,"numFmt":"_(* #,##0.00_);_(* \\\\(#,##0.00\\\\);_(* \\"-\\"??_);_(@_)"} ≠ {"value":5}',
    ]);
  });
});
