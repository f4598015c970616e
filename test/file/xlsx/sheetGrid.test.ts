import { Progress } from "../../../src/core/ports/workbookPort";
import { PackageParts } from "../../../src/file/package/packageParts";
import { readSheetGrid, readWorkbookInfo } from "../../../src/file/xlsx";
import { MAIN_NS, packageMap, PackageSource, partsOfZip, stylesXml, worksheetXml, zipOf } from "./packageBuilder";

/** Styles of the tests below, by `s` index. */
const STYLES = stylesXml({
  numFmts:
    `<numFmt numFmtId="164" formatCode="0.0\\%"/>` +
    `<numFmt numFmtId="165" formatCode="&quot;Rp&quot;\\ #,##0.00"/>` +
    `<numFmt numFmtId="166" formatCode="General"/>`,
  fonts: [
    '<font><sz val="11"/></font>',
    '<font><b/><sz val="11"/></font>',
    '<font><b val="0"/><sz val="11"/></font>',
    '<font><b val="1"/><i/></font>',
  ],
  fills: [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>',
    '<fill><patternFill patternType="solid"><fgColor theme="9" tint="0.59999389629810485"/></patternFill></fill>',
    '<fill><patternFill patternType="solid"><fgColor indexed="13"/></patternFill></fill>',
    '<fill><patternFill patternType="lightGrid"><fgColor rgb="FF000000"/><bgColor rgb="FFFFFF00"/></patternFill></fill>',
    '<fill><patternFill><fgColor rgb="FFFF0000"/></patternFill></fill>',
    '<fill><patternFill patternType="solid"><fgColor indexed="10"/></patternFill></fill>',
  ],
  xfs: [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', // 0 plain
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>', // 1 bold, rgb fill
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment indent="2"/></xf>', // 2 indent 2
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>', // 3 0.0\%
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/>', // 4 "Rp"\ #,##0.00
    '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0"/>', // 5 built-in 0.00%
    '<xf numFmtId="43" fontId="0" fillId="0" borderId="0" xfId="0"/>', // 6 built-in accounting
    '<xf numFmtId="166" fontId="2" fillId="3" borderId="0" xfId="0"/>', // 7 General, not bold, theme fill
    '<xf numFmtId="14" fontId="3" fillId="4" borderId="0" xfId="0"/>', // 8 date, bold, indexed fill
    '<xf numFmtId="0" fontId="0" fillId="5" borderId="0" xfId="0"/>', // 9 lightGrid over yellow
    '<xf numFmtId="0" fontId="0" fillId="6" borderId="0" xfId="0"/>', // 10 pattern without type: no fill
    '<xf numFmtId="0" fontId="0" fillId="7" borderId="0" xfId="0"/>', // 11 indexed 10, redefined below
  ],
  colors:
    "<colors><indexedColors>" +
    '<rgbColor rgb="FF000000"/>'.repeat(10) +
    '<rgbColor rgb="FF00B050"/></indexedColors></colors>',
});

/** A theme part as Excel writes it, with one colour of its own: accent6 is 4F81BD instead of Office's 70AD47. */
const THEME = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>
<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>
<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>
<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>
<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="4F81BD"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>
<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme></a:themeElements></a:theme>`;

const STRINGS = [
  "<si><t>PROGRAM PELAYANAN PENANAMAN MODAL</t></si>",
  '<si><r><t xml:space="preserve">Pembuatan </t></r><r><rPr><b/></rPr><t>Peta</t></r></si>',
  '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
  "<si><t>baris_x000D_\nbaru &amp; _x005F_x0041_</t></si>",
  "<si><t></t></si>",
];

function parts(sheetData: string, extra: Partial<PackageSource> = {}, after = ""): PackageParts {
  const map = packageMap({
    sheets: [{ name: "TW I 2022", xml: worksheetXml(sheetData, after, '<dimension ref="A1:H9"/>') }],
    sharedStrings: STRINGS,
    styles: STYLES,
    theme: THEME,
    ...extra,
  });
  // Through a real zip, as callers get the parts.
  return partsOfZip(zipOf(map));
}

function read(sheetData: string, extra: Partial<PackageSource> = {}, after = "") {
  const p = parts(sheetData, extra, after);
  return readSheetGrid(p, readWorkbookInfo(p), "TW I 2022");
}

describe("readSheetGrid: values", () => {
  test("shared strings (rich text runs joined, phonetic guides left out, _xHHHH_ decoded), inline strings", () => {
    const grid = read(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>` +
        `<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c>` +
        `<c r="F1" t="inlineStr"><is><t>sebaris</t></is></c>` +
        `<c r="G1" t="inlineStr"><is><r><t>dua </t></r><r><rPr><i/></rPr><t>bagian</t></r></is></c></row>`,
    );
    expect(grid.cells[0]).toEqual([
      { value: "PROGRAM PELAYANAN PENANAMAN MODAL" },
      { value: "Pembuatan Peta" },
      { value: "東京" },
      { value: "baris\r\nbaru & _x0041_" },
      undefined,
      { value: "sebaris" },
      { value: "dua bagian" },
    ]);
  });

  test("numbers exactly as written, booleans, errors as their text, dates as serials", () => {
    const grid = read(
      `<row r="1"><c r="A1"><v>412786800</v></c><c r="B1"><v>0.1</v></c><c r="C1"><v>0.33333333333333331</v></c>` +
        `<c r="D1"><v>-1.5E-3</v></c><c r="E1" t="n"><v>1E-300</v></c></row>` +
        `<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#N/A</v></c>` +
        `<c r="D2" s="8"><v>44926</v></c><c r="E2" t="d"><v>2022-12-31T00:00:00</v></c><c r="F2" t="d"><v>1900-01-01</v></c>` +
        `<c r="G2"><v>0.33333333333333331</v></c></row>`,
    );
    expect(grid.cells[0].map((c) => c?.value)).toEqual([412786800, 0.1, 0.3333333333333333, -0.0015, 1e-300]);
    expect(grid.cells[1][0]).toEqual({ value: true });
    expect(grid.cells[1][1]).toEqual({ value: false });
    expect(grid.cells[1][2]).toEqual({ value: "#N/A", text: "#N/A" });
    expect(grid.cells[1][3]).toEqual({ value: 44926, numFmt: "mm-dd-yy", bold: true, fill: "#FFFF00" });
    expect(grid.cells[1][4]).toEqual({ value: 44926 });
    expect(grid.cells[1][5]).toEqual({ value: 1 });
    // 8:00 is stored as 0.33333333333333331 and read back as exactly that double: TIME(8,0,0) still equals it.
    expect(grid.cells[1][6]?.value).toBe(8 / 24);
  });

  test('the 1904 date system shifts t="d" dates; serial numbers are left as written', () => {
    const grid = read(`<row r="1"><c r="A1" t="d"><v>2022-12-31</v></c><c r="B1"><v>43464</v></c></row>`, {
      date1904: true,
    });
    expect(grid.cells[0].map((c) => c?.value)).toEqual([44926 - 1462, 43464]);
  });

  test("cells without a value are not cells; rows and columns run to the last one; missing r attributes count on", () => {
    const grid = read(
      `<row r="2"><c r="A2" s="1"/><c r="B2" s="1"/></row>` +
        `<row r="4"><c t="s"><v>0</v></c><c><v>7</v></c></row>` +
        `<row><c r="C5"><v>8</v></c><c><v>9</v></c></row>` +
        `<row r="9"><c r="H9" s="1"/></row>`,
    );
    expect(grid.rowCount).toBe(5);
    expect(grid.colCount).toBe(4);
    expect(grid.cells).toHaveLength(5);
    expect(grid.cells[1]).toEqual([]);
    expect(grid.cells[3]).toEqual([{ value: "PROGRAM PELAYANAN PENANAMAN MODAL" }, { value: 7 }]);
    expect(grid.cells[4][2]).toEqual({ value: 8 });
    expect(grid.cells[4][3]).toEqual({ value: 9 });
  });
});

describe("readSheetGrid: formulas", () => {
  test("formula without '=', its cached result as the value (0 and text included), no result read as null", () => {
    const grid = read(
      `<row r="1"><c r="A1"><v>5</v></c><c r="B1"><f>A1-A1</f><v>0</v></c><c r="C1" t="str"><f>"Rp "&amp;A1</f><v>Rp 5</v></c>` +
        `<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1"><f>A1*2</f></c><c r="F1" t="b"><f>A1&gt;0</f><v>1</v></c></row>`,
    );
    expect(grid.cells[0].slice(1)).toEqual([
      { value: 0, formula: "A1-A1" },
      { value: "Rp 5", formula: '"Rp "&A1' },
      { value: "#DIV/0!", text: "#DIV/0!", formula: "1/0" },
      { value: null, formula: "A1*2" },
      { value: true, formula: "A1>0" },
    ]);
  });

  test("a shared formula is expanded into each cell's own text; an array formula keeps its text", () => {
    const grid = read(
      `<row r="9"><c r="N9"><f t="shared" ref="N9:O11" si="0">SUM(O9:R9)+$N$8+'TW IV'!N9</f><v>1</v></c>` +
        `<c r="O9"><f t="shared" si="0"/><v>2</v></c></row>` +
        `<row r="10"><c r="N10"><f t="shared" si="0"/><v>3</v></c><c r="O10"><f t="shared" si="0"/><v>4</v></c>` +
        `<c r="P10"><f t="shared" ref="P10:P11" si="1">_xlfn.IFS(M10&gt;0,M10)</f><v>5</v></c></row>` +
        `<row r="11"><c r="P11"><f t="shared" si="1"/><v>6</v></c>` +
        `<c r="Q11"><f t="array" ref="Q11:Q12">SUM(A1:A3*B1:B3)</f><v>7</v></c></row>` +
        `<row r="12"><c r="Q12"><v>7</v></c></row>`,
    );
    const formula = (a1: string) => {
      const col = a1.charCodeAt(0) - 65;
      return grid.cells[Number(a1.slice(1)) - 1][col]?.formula;
    };
    expect(formula("N9")).toBe("SUM(O9:R9)+$N$8+'TW IV'!N9");
    expect(formula("O9")).toBe("SUM(P9:S9)+$N$8+'TW IV'!O9");
    expect(formula("N10")).toBe("SUM(O10:R10)+$N$8+'TW IV'!N10");
    expect(formula("O10")).toBe("SUM(P10:S10)+$N$8+'TW IV'!O10");
    expect(formula("P10")).toBe("IFS(M10>0,M10)");
    expect(formula("P11")).toBe("IFS(M11>0,M11)");
    expect(formula("Q11")).toBe("SUM(A1:A3*B1:B3)");
    expect(grid.cells[11][16]).toEqual({ value: 7 });
  });
});

describe("readSheetGrid: formats", () => {
  test("number formats verbatim with their escapes, built-in ids mapped, General omitted", () => {
    const grid = read(
      `<row r="1"><c r="A1" s="3"><v>0.9984</v></c><c r="B1" s="4"><v>1500</v></c><c r="C1" s="5"><v>0.0039</v></c>` +
        `<c r="D1" s="6"><v>12</v></c><c r="E1" s="7" t="s"><v>0</v></c><c r="F1" s="99"><v>1</v></c></row>`,
    );
    expect(grid.cells[0].map((c) => c?.numFmt)).toEqual([
      "0.0\\%",
      '"Rp"\\ #,##0.00',
      "0.00%",
      '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
      undefined,
      undefined,
    ]);
  });

  test("bold, indent and fill: rgb, theme + tint from the package's theme, indexed (and a redefined palette), patterns", () => {
    const grid = read(
      `<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2" t="s"><v>1</v></c><c r="C1" s="7"><v>3</v></c>` +
        `<c r="D1" s="9"><v>4</v></c><c r="E1" s="10"><v>5</v></c><c r="F1" s="11"><v>6</v></c><c r="G1" s="0"><v>7</v></c></row>`,
    );
    expect(grid.cells[0]).toEqual([
      { value: "PROGRAM PELAYANAN PENANAMAN MODAL", bold: true, fill: "#D9E1F2" },
      { value: "Pembuatan Peta", indent: 2 },
      { value: 3, fill: "#B8CCE4" },
      { value: 4, fill: "#FFFF00" },
      { value: 5 },
      { value: 6, fill: "#00B050" },
      { value: 7 },
    ]);
  });

  test("without a theme part, theme colours are Excel's default Office theme (accent6 70AD47, lighter 60%)", () => {
    const grid = read(`<row r="1"><c r="A1" s="7"><v>1</v></c></row>`, { theme: undefined });
    expect(grid.cells[0][0]?.fill).toBe("#C6E0B4");
  });
});

describe("readSheetGrid: merges and the rest of the part", () => {
  test("merges (0-based), merged-away cells empty, single-cell merges ignored", () => {
    const grid = read(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>99</v></c><c r="C1" s="1"/></row>` +
        `<row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>2</v></c></row>`,
      {},
      `<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="D2:E3"/><mergeCell ref="A2"/></mergeCells>`,
    );
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 4 },
    ]);
    expect(grid.cells[0]).toEqual([{ value: "PROGRAM PELAYANAN PENANAMAN MODAL" }]);
    expect(grid.cells[1]).toEqual([{ value: 1 }, undefined, undefined, { value: 2 }]);
    expect(grid.colCount).toBe(4);
  });

  test("what the engine does not read is passed over: extLst, mc:AlternateContent, drawing, legacyDrawing, tableParts", () => {
    const grid = read(
      `<row r="1"><c r="A1"><v>1</v></c></row>`,
      {},
      `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14">` +
        `<c r="B1"><v>2</v></c></mc:Choice></mc:AlternateContent>` +
        `<drawing r:id="rId9"/><legacyDrawing r:id="rId8"/><tableParts count="1"><tablePart r:id="rId7"/></tableParts>` +
        `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
        `<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
        `<xm:f>A1</xm:f><xm:sqref>A1</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>` +
        `<ext uri="x"><mergeCell ref="A1:B1"/><c r="C1"><v>3</v></c></ext></extLst>`,
    );
    expect(grid.cells).toEqual([[{ value: 1 }]]);
    expect(grid.merges).toEqual([]);
  });

  test("a sheet whose elements carry a prefix for the main namespace reads the same", () => {
    const xml =
      `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Judul</x:t></x:is></x:c>` +
      `<x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row></x:sheetData>` +
      `<x:mergeCells><x:mergeCell ref="C1:D1"/></x:mergeCells></x:worksheet>`;
    const p = partsOfZip(zipOf(packageMap({ sheets: [{ name: "Prefiks", xml }] })));
    const grid = readSheetGrid(p, readWorkbookInfo(p), "Prefiks");
    expect(grid.cells).toEqual([[{ value: "Judul" }, { value: 2, formula: "1+1" }]]);
    expect(grid.merges).toEqual([{ top: 0, left: 2, bottom: 0, right: 3 }]);
  });

  test("progress in rows, from the sheet's dimension", () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`);
    const xml = worksheetXml(rows.join(""), "", '<dimension ref="A1:A2500"/>');
    const p = partsOfZip(zipOf(packageMap({ sheets: [{ name: "Besar", xml }] })));
    const progress: Progress[] = [];
    const grid = readSheetGrid(p, readWorkbookInfo(p), "Besar", (x) => progress.push(x));
    expect(grid.rowCount).toBe(2500);
    expect(progress[0]).toEqual({ phase: "membaca", done: 0, total: 2500 });
    expect(progress[progress.length - 1]).toEqual({ phase: "membaca", done: 2500, total: 2500 });
    expect(progress.map((x) => x.done)).toEqual([0, 1000, 2000, 2500]);
  });
});

describe("readSheetGrid: which sheet", () => {
  const p = () =>
    partsOfZip(
      zipOf(
        packageMap({
          sheets: [
            { name: "TW I 2022", xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
            { name: "Grafik", xml: "<chartsheet/>", kind: "chartsheet" },
          ],
        }),
      ),
    );

  test("found by name, ignoring case as Excel does", () => {
    const parts = p();
    expect(readSheetGrid(parts, readWorkbookInfo(parts), "tw i 2022").name).toBe("TW I 2022");
  });

  test("an unknown sheet and a chart sheet are typed errors with an Indonesian message", () => {
    const parts = p();
    const info = readWorkbookInfo(parts);
    expect(() => readSheetGrid(parts, info, "TW II")).toThrow(
      expect.objectContaining({ problem: "unknown-sheet", message: 'Lembar "TW II" tidak ada di buku kerja.' }),
    );
    expect(() => readSheetGrid(parts, info, "Grafik")).toThrow(expect.objectContaining({ problem: "not-a-worksheet" }));
  });

  test("a cell pointing at a shared string that does not exist is an error, not a silently empty cell", () => {
    expect(() => read(`<row r="3"><c r="B3" t="s"><v>42</v></c></row>`)).toThrow(
      expect.objectContaining({
        problem: "malformed-part",
        message: "Bagian xl/worksheets/sheet1.xml rusak: sel B3 merujuk teks bersama nomor 42, yang tidak ada.",
      }),
    );
  });

  test("a sheet part that is not XML is a typed error naming the part", () => {
    const map = packageMap({ sheets: [{ name: "Rusak", xml: "<worksheet><sheetData><row></sheetData>" }] });
    const parts = partsOfZip(zipOf(map));
    expect(() => readSheetGrid(parts, readWorkbookInfo(parts), "Rusak")).toThrow(
      expect.objectContaining({ problem: "malformed-part", part: "xl/worksheets/sheet1.xml" }),
    );
  });
});
