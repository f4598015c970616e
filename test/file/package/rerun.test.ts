import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { generateLkjip } from "../../../src/core/pipeline";
import { WriteOptions, WriteReport } from "../../../src/core/ports/workbookPort";
import { MARK_NAME } from "../../../src/core/workbook/marks";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { SheetWriter } from "../../../src/file/package/sheetWriter";
import { WorkbookPackage } from "../../../src/file/package/workbookPackage";
import {
  formatEmpty,
  removeSheetName,
  sheetBytes,
  slideSheetNames,
  typeInto,
  withOfficerComment,
} from "./officerEdits";

const SAMPLE = path.join(__dirname, "../../../assets/samples/pengukuran-kinerja-2022.xlsx");
const LEGACY = path.join(__dirname, "../../fixtures/packages/legacy/v1-generated.xlsx");

async function generate(bytes: Uint8Array, options: WriteOptions = {}) {
  const workbook = await FileWorkbook.fromBuffer(bytes, "buku.xlsx");
  const grids = workbook.sourceSheetNames().map((n) => workbook.grid(n));
  const result = generateLkjip(grids);
  if (result.source === null) throw new Error("no table");
  const report = await workbook.writeSheets(result.specs, options);
  return { bytes: new Uint8Array(await workbook.toBuffer()), report, workbook };
}

async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  const wb = await FileWorkbook.fromBuffer(bytes, "x.xlsx");
  return (await wb.listSheets()).map((s) => s.name);
}

function status(report: WriteReport, spec: string) {
  return report.sheets.find((s) => s.spec === spec);
}

describe("re-running generate on a file", () => {
  const sample = new Uint8Array(readFileSync(SAMPLE));

  test("generated sheets are updated in place: same parts, same names, nothing new", async () => {
    const first = await generate(sample);
    const made = first.report.sheets.filter((s) => s.status === "new");
    expect(made.length).toBeGreaterThanOrEqual(8);
    expect(made).toHaveLength(first.report.sheets.length);
    const second = await generate(first.bytes);
    // Data Pendukung has every indikator, sasaran and program already: no spec for it at all.
    expect(second.report.sheets.map((s) => s.status)).toEqual(Array(made.length - 1).fill("updated"));
    expect(await sheetNames(second.bytes)).toEqual(await sheetNames(first.bytes));
    for (const name of ["LKjIP SS I", "Hasil Pemeriksaan"]) {
      expect(sheetBytes(second.bytes, name).part).toBe(sheetBytes(first.bytes, name).part);
    }
  });

  test("the print settings the officer gave a generated sheet stay on the updated sheet, and the report says so", async () => {
    const first = await generate(sample);
    const name = "LKjIP Realisasi Anggaran";
    const { part } = sheetBytes(first.bytes, name);
    const parts = unzipSync(first.bytes);
    const before = strFromU8(parts[part]);
    expect(before).toContain(`<pageSetUpPr fitToPage="1"/>`);
    // As Excel saves it: Folio portrait at 85 % (fit switched off), their margins, centred, a header of theirs.
    parts[part] = strToU8(
      before
        .replace(`<pageSetUpPr fitToPage="1"/>`, "")
        .replace(
          /<pageMargins [^>]*\/>/,
          `<printOptions horizontalCentered="1"/><pageMargins left="0.7" right="0.4" top="1" bottom="0.8" header="0.3" footer="0.3"/>`,
        )
        .replace(
          /<pageSetup [^>]*\/>/,
          `<pageSetup paperSize="14" scale="85" orientation="portrait" horizontalDpi="300" verticalDpi="300"/>`,
        )
        .replace("<headerFooter>", `<headerFooter><oddHeader>&amp;RLAMPIRAN III</oddHeader>`),
    );
    const second = await generate(zipSync(parts));
    expect(status(second.report, name)).toMatchObject({ name, status: "updated", keptPrint: true });
    expect(status(second.report, "LKjIP SS I")?.keptPrint).toBeUndefined();
    const xml = strFromU8(sheetBytes(second.bytes, name).bytes);
    expect(xml).not.toContain("fitToPage");
    expect(xml).toMatch(/<printOptions horizontalCentered="1"[^>]*\/><pageMargins left="0.7" right="0.4" top="1"/);
    expect(xml).toMatch(/<pageSetup paperSize="14" orientation="portrait" scale="85"\/>/);
    // Their header, our footer (the office and the page number), in the schema's order.
    expect(xml).toMatch(
      /<headerFooter><oddHeader[^>]*>&amp;RLAMPIRAN III<\/oddHeader><oddFooter>&amp;L[^<]*&amp;RHalaman &amp;P<\/oddFooter><\/headerFooter>/,
    );
    // Another run keeps them again; an untouched sheet keeps ours.
    const third = await generate(second.bytes);
    expect(strFromU8(sheetBytes(third.bytes, name).bytes)).toMatch(/<pageSetup paperSize="14" orientation="portrait"/);
    expect(strFromU8(sheetBytes(third.bytes, "LKjIP SS I").bytes)).toMatch(
      /<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/,
    );
  });

  test("print settings a program spelled out at their defaults (LibreOffice) are not the officer's (dp35 D4)", async () => {
    const first = await generate(sample);
    const name = "LKjIP Bab II";
    const { part } = sheetBytes(first.bytes, name);
    const parts = unzipSync(first.bytes);
    const before = strFromU8(parts[part]);
    const ours = /<pageSetup ([^>]*)\/>/.exec(before)![1];
    // The report's first sheet: its page numbering is ours.
    expect(ours).toContain('useFirstPageNumber="1"');
    // As LibreOffice saves it: ours, with every default written out and its booleans as words.
    const spelled =
      `${ours.replace('useFirstPageNumber="1"', 'useFirstPageNumber="true"')} scale="100" pageOrder="downThenOver" blackAndWhite="false" draft="false" ` +
      `cellComments="none" horizontalDpi="300" verticalDpi="300" copies="1"`;
    parts[part] = strToU8(
      before
        .replace(/<pageSetup [^>]*\/>/, `<pageSetup ${spelled}/>`)
        // Its print options written out, and the header's margin it sets for a sheet without a header.
        .replace(
          /<pageMargins ([^>]*)header="[^"]*"/,
          `<printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" ` +
            `verticalCentered="false"/><pageMargins $1header="0.511811023622047"`,
        ),
    );
    expect(strFromU8(parts[part])).toContain('header="0.511811023622047"');
    const second = await generate(zipSync(parts));
    expect(status(second.report, name)).toMatchObject({ name, status: "updated" });
    expect(status(second.report, name)?.keptPrint).toBeUndefined();
    // A value other than the default is still theirs.
    parts[part] = strToU8(before.replace(/<pageSetup [^>]*\/>/, `<pageSetup ${ours} scale="90" blackAndWhite="1"/>`));
    const third = await generate(zipSync(parts));
    expect(status(third.report, name)?.keptPrint).toBe(true);
  });

  test("the workbook asks to be recalculated when opened: the officer's formulas over a generated cell show its new figure", async () => {
    const first = await generate(sample);
    const second = await generate(first.bytes);
    for (const bytes of [first.bytes, second.bytes]) {
      const workbookXml = strFromU8(unzipSync(bytes)["xl/workbook.xml"]);
      expect(workbookXml).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
      expect(workbookXml.match(/<calcPr/g)).toHaveLength(1);
    }
  });

  test("a protection the officer set on a generated sheet, its password with it, stays on the updated sheet", async () => {
    const first = await generate(sample);
    const { part } = sheetBytes(first.bytes, "LKjIP SS II");
    const parts = unzipSync(first.bytes);
    const protection = `<sheetProtection password="C8D7" sheet="1" objects="1" scenarios="1"/>`;
    parts[part] = strToU8(strFromU8(parts[part]).replace("</sheetData>", `</sheetData>${protection}`));
    const second = await generate(zipSync(parts));
    expect(status(second.report, "LKjIP SS II")).toMatchObject({ name: "LKjIP SS II", status: "updated" });
    const xml = strFromU8(sheetBytes(second.bytes, "LKjIP SS II").bytes);
    expect(xml).toMatch(/<sheetProtection[^>]*password="C8D7"/);
    // In the schema's place: right after the cells.
    expect(xml.indexOf("<sheetProtection")).toBe(xml.indexOf("</sheetData>") + "</sheetData>".length);
  });

  test("a conditional format the officer added to a generated sheet stays on the updated sheet, in the schema's place", async () => {
    const first = await generate(sample);
    const { part } = sheetBytes(first.bytes, "LKjIP SS II");
    const parts = unzipSync(first.bytes);
    const rule =
      `<conditionalFormatting sqref="E10:E20"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan">` +
      `<formula>0.8</formula></cfRule></conditionalFormatting>`;
    const before = strFromU8(parts[part]);
    const after = before.includes("<dataValidations")
      ? before.replace("<dataValidations", `${rule}<dataValidations`)
      : before.replace("<pageMargins", `${rule}<pageMargins`);
    parts[part] = strToU8(after);
    const second = await generate(zipSync(parts));
    expect(status(second.report, "LKjIP SS II")).toMatchObject({ name: "LKjIP SS II", status: "updated" });
    const xml = strFromU8(sheetBytes(second.bytes, "LKjIP SS II").bytes);
    expect(xml).toMatch(/<conditionalFormatting sqref="E10:E20"[^>]*><cfRule type="cellIs" dxfId="0"/);
    // After the merged cells, before validations, links and page settings.
    const at = xml.indexOf("<conditionalFormatting");
    expect(at).toBeGreaterThan(xml.indexOf("</sheetData>"));
    for (const later of ["<dataValidations", "<hyperlinks", "<pageMargins"])
      if (xml.includes(later)) expect(at).toBeLessThan(xml.indexOf(later));
    if (xml.includes("</mergeCells>")) expect(at).toBeGreaterThan(xml.indexOf("</mergeCells>"));
  });

  test("the officer's icon sets, drop-down list, link, tab colour and frozen panes on a generated table sheet stay on the updated sheet", async () => {
    const first = await generate(sample);
    const { part } = sheetBytes(first.bytes, "LKjIP SS II");
    const parts = unzipSync(first.bytes);
    const x14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
    const xm = "http://schemas.microsoft.com/office/excel/2006/main";
    const iconSet =
      `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F1ADD0C1D5D7}" xmlns:x14="${x14}"><x14:conditionalFormattings>` +
      `<x14:conditionalFormatting xmlns:xm="${xm}"><x14:cfRule type="iconSet" priority="2" id="{0A1B2C3D-0000-4000-8000-000000000001}">` +
      `<x14:iconSet iconSet="3Triangles"><x14:cfvo type="percent"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>33</xm:f></x14:cfvo>` +
      `<x14:cfvo type="percent"><xm:f>67</xm:f></x14:cfvo></x14:iconSet></x14:cfRule><xm:sqref>D10:D20</xm:sqref>` +
      `</x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;
    const list = `<dataValidations count="1" disablePrompts="1"><dataValidation type="list" allowBlank="1" sqref="F10:F20"><formula1>"Sangat Baik,Baik,Cukup"</formula1></dataValidation></dataValidations>`;
    const link = `<hyperlinks><hyperlink ref="A3" location="'TW IV 2022'!A1" display="lihat sumber"/></hyperlinks>`;
    const view = `<sheetViews><sheetView tabSelected="1" zoomScale="80" workbookViewId="0"><pane ySplit="9" topLeftCell="A10" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`;
    const before = strFromU8(parts[part]);
    expect(before).not.toMatch(/<dataValidations|<hyperlinks|<extLst|<tabColor/);
    parts[part] = strToU8(
      before
        .replace(/<sheetViews>.*?<\/sheetViews>/, view)
        .replace(/<sheetPr>/, `<sheetPr><tabColor rgb="FF00B050"/>`)
        .replace("<pageMargins", `${list}${link}<pageMargins`)
        .replace("</worksheet>", `${iconSet}</worksheet>`),
    );
    const second = await generate(zipSync(parts));
    expect(status(second.report, "LKjIP SS II")).toMatchObject({ name: "LKjIP SS II", status: "updated" });
    const xml = strFromU8(sheetBytes(second.bytes, "LKjIP SS II").bytes);
    expect(xml).toContain(`<x14:iconSet iconSet="3Triangles">`);
    expect(xml).toMatch(/<dataValidation type="list" allowBlank="1" sqref="F10:F20"[^>]*>/);
    // The list's own settings too (input messages switched off).
    expect(xml).toMatch(/<dataValidations count="1" disablePrompts="1">/);
    expect(xml).toMatch(/<hyperlink ref="A3" location="'TW IV 2022'!A1" display="lihat sumber"[^>]*\/>/);
    expect(xml).toMatch(/<tabColor rgb="FF00B050"[^>]*\/>/);
    expect(xml).toMatch(
      /<sheetView zoomScale="80" workbookViewId="0"><pane ySplit="9" topLeftCell="A10"[^>]*state="frozen"/,
    );
    // Not selected with the sheet that is: Excel would group the two.
    expect(xml).not.toContain("tabSelected");
    // In the schema's order, the extension list last.
    const order = [
      "<sheetPr",
      "<sheetViews",
      "<sheetData",
      "<dataValidations",
      "<hyperlinks",
      "<pageMargins",
      "<extLst",
    ];
    const at = order.map((tag) => xml.indexOf(tag));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(xml.endsWith("</extLst></worksheet>")).toBe(true);
    // And once more: kept through every later run.
    const third = await generate(second.bytes);
    expect(strFromU8(sheetBytes(third.bytes, "LKjIP SS II").bytes)).toContain(`<x14:iconSet iconSet="3Triangles">`);
  });

  test("the officer's filter buttons, ignored errors and the sheet's code name stay; revision ids go (probe keep26)", async () => {
    const first = await generate(sample);
    const { part } = sheetBytes(first.bytes, "LKjIP SS II");
    const parts = unzipSync(first.bytes);
    const xr = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";
    const before = strFromU8(parts[part]);
    expect(before).not.toMatch(/<autoFilter|<ignoredErrors|codeName/);
    parts[part] = strToU8(
      before
        .replace("<sheetPr>", '<sheetPr codeName="Sheet8"><outlinePr summaryBelow="0"/>')
        .replace(
          "<mergeCells",
          `<autoFilter ref="A17:E20" xmlns:xr="${xr}" xr:uid="{00000000-0009-0000-0000-000001000000}"/><mergeCells`,
        )
        .replace(
          "<pageMargins",
          '<dataValidations count="1"><dataValidation type="list" sqref="F10"><formula1>"A,B"</formula1></dataValidation></dataValidations><pageMargins',
        )
        .replace(
          /(<\/headerFooter>)/,
          '$1<ignoredErrors><ignoredError sqref="C10:D12" numberStoredAsText="1"/></ignoredErrors>',
        ),
    );
    // Excel names the filtered range of the sheet, hidden.
    const names = [...strFromU8(parts["xl/workbook.xml"]).matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    const index = names.indexOf("LKjIP SS II");
    const filterName = `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">'LKjIP SS II'!$A$17:$E$20</definedName>`;
    parts["xl/workbook.xml"] = strToU8(
      strFromU8(parts["xl/workbook.xml"]).replace("</definedNames>", `${filterName}</definedNames>`),
    );
    const second = await generate(zipSync(parts));
    expect(status(second.report, "LKjIP SS II")).toMatchObject({ status: "updated" });
    const xml = strFromU8(sheetBytes(second.bytes, "LKjIP SS II").bytes);
    expect(xml).toMatch(/<sheetPr codeName="Sheet8"><outlinePr summaryBelow="0"[^>]*\/><pageSetUpPr/);
    expect(xml).toMatch(/<autoFilter ref="A17:E20"[^>]*\/>/);
    expect(xml).not.toContain("xr:uid");
    expect(xml).toMatch(/<ignoredErrors[^>]*><ignoredError sqref="C10:D12" numberStoredAsText="1"\/><\/ignoredErrors>/);
    // In the schema's order.
    const order = [
      "<sheetPr",
      "<sheetData",
      "<autoFilter",
      "<mergeCells",
      "<dataValidations",
      "<pageMargins",
      "<ignoredErrors",
    ];
    const at = order.map((tag) => xml.indexOf(tag));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The filter's range name stays with it.
    const workbook = strFromU8(unzipSync(second.bytes)["xl/workbook.xml"]);
    expect(workbook).toContain(`localSheetId="${index}" hidden="1">'LKjIP SS II'!$A$17:$E$20</definedName>`);
  });

  test("a generated sheet the officer put an Excel table on is kept as it is, the new version beside it (probe keep26 F1)", async () => {
    const first = await generate(sample);
    const { part } = sheetBytes(first.bytes, "LKjIP SS I");
    const parts = unzipSync(first.bytes);
    const rels = part.replace(/([^/]+)$/, "_rels/$1.rels");
    parts["xl/tables/tabelPetugas.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
        `id="9" name="TabelPetugas" displayName="TabelPetugas" ref="L1:L3" totalsRowShown="0"><autoFilter ref="L1:L3"/>` +
        `<tableColumns count="1"><tableColumn id="1" name="Catatan"/></tableColumns></table>`,
    );
    const rel =
      `<Relationship Id="rIdTabel" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" ` +
      `Target="../tables/tabelPetugas.xml"/>`;
    parts[rels] = strToU8(
      parts[rels]
        ? strFromU8(parts[rels]).replace("</Relationships>", `${rel}</Relationships>`)
        : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
    );
    parts["[Content_Types].xml"] = strToU8(
      strFromU8(parts["[Content_Types].xml"]).replace(
        "</Types>",
        `<Override PartName="/xl/tables/tabelPetugas.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>`,
      ),
    );
    parts[part] = strToU8(
      strFromU8(parts[part]).replace(
        "</worksheet>",
        `<tableParts count="1"><tablePart r:id="rIdTabel"/></tableParts></worksheet>`,
      ),
    );
    const withTable = zipSync(parts);
    const second = await generate(withTable);
    expect(second.report.kept).toEqual(["LKjIP SS I"]);
    expect(status(second.report, "LKjIP SS I")).toMatchObject({ name: "LKjIP SS I (2)", status: "new" });
    expect(sheetBytes(second.bytes, "LKjIP SS I").bytes).toEqual(sheetBytes(withTable, "LKjIP SS I").bytes);
    expect(unzipSync(second.bytes)["xl/tables/tabelPetugas.xml"]).toEqual(parts["xl/tables/tabelPetugas.xml"]);
  });

  test("text the officer typed into a generated sheet survives; the new version goes beside it", async () => {
    const first = await generate(sample);
    const typed = typeInto(first.bytes, "LKjIP SS I", "J3", "Catatan Kabid: angka TW IV sudah final");
    const second = await generate(typed);
    expect(second.report.kept).toEqual(["LKjIP SS I"]);
    expect(status(second.report, "LKjIP SS I")).toMatchObject({
      name: "LKjIP SS I (2)",
      status: "new",
      keptEdited: "LKjIP SS I",
    });
    expect(sheetBytes(second.bytes, "LKjIP SS I").bytes).toEqual(sheetBytes(typed, "LKjIP SS I").bytes);
    const back = await FileWorkbook.fromBuffer(second.bytes, "x.xlsx");
    expect(back.grid("LKjIP SS I").cells[2][9]?.value).toBe("Catatan Kabid: angka TW IV sudah final");
    // The next run keeps the edited sheet again and updates the copy in place.
    const third = await generate(second.bytes);
    expect(third.report.kept).toEqual(["LKjIP SS I"]);
    expect(status(third.report, "LKjIP SS I")).toMatchObject({ name: "LKjIP SS I (2)", status: "updated" });
  });

  test("the new version of an edited sheet goes right after it, and a deleted generated sheet is made again in its place, not after Hasil Pemeriksaan and Data Pendukung; names scoped to a sheet stay on it (dp35 D3)", async () => {
    const first = await generate(sample);
    const names = await sheetNames(first.bytes);
    const typed = typeInto(first.bytes, "LKjIP SS I", "J3", "Catatan Kabid");
    const second = await generate(typed);
    const after = await sheetNames(second.bytes);
    expect(after.indexOf("LKjIP SS I (2)")).toBe(after.indexOf("LKjIP SS I") + 1);
    expect(after.filter((n) => n !== "LKjIP SS I (2)")).toEqual(names);
    // Print titles are names scoped to their sheet by its place: each still on the sheet it was on.
    const scoped = (bytes: Uint8Array) => {
      const pkg = WorkbookPackage.open(bytes);
      const sheets = pkg
        .workbook()
        .sheets()
        .map((x) => x.name);
      return pkg
        .workbook()
        .definedNames()
        .filter((d) => d.localSheetId !== undefined && d.name === "_xlnm.Print_Titles")
        .map((d) => [sheets[d.localSheetId as number], d.text]);
    };
    const before = scoped(typed);
    expect(before.length).toBeGreaterThan(0);
    expect(scoped(second.bytes)).toEqual(expect.arrayContaining(before));
    for (const [sheet, text] of scoped(second.bytes)) expect(text).toContain(sheet.replace(/'/g, "''"));

    // docProps/app.xml lists the sheets in the workbook's order, the new one in its place (keep40).
    const app = WorkbookPackage.open(second.bytes).app()?.worksheetTitles();
    expect(app).toEqual(after);

    const pkg = WorkbookPackage.open(first.bytes);
    new SheetWriter(pkg, new Map()).removeSheet("LKjIP SS II");
    const deleted = pkg.toBytes();
    const third = await generate(deleted);
    expect(status(third.report, "LKjIP SS II")).toMatchObject({ name: "LKjIP SS II", status: "new" });
    expect(await sheetNames(third.bytes)).toEqual(names);
  });

  test("--replace-edited replaces the edited sheet in place; the copy written beside it is left alone", async () => {
    const first = await generate(sample);
    const typed = typeInto(first.bytes, "Hasil Pemeriksaan", "A2", "diperiksa");
    const kept = await generate(typed);
    const replaced = await generate(kept.bytes, { replaceEdited: true });
    expect(status(replaced.report, "Hasil Pemeriksaan")).toMatchObject({
      name: "Hasil Pemeriksaan",
      status: "updated",
      replacedEdited: true,
    });
    // Only the sheet the officer had typed into is said to be replaced over their text.
    expect(replaced.report.sheets.filter((s) => s.replacedEdited).map((s) => s.name)).toEqual(["Hasil Pemeriksaan"]);
    expect(replaced.report.removed).toEqual([]);
    expect(sheetBytes(replaced.bytes, "Hasil Pemeriksaan (2)").bytes).toEqual(
      sheetBytes(kept.bytes, "Hasil Pemeriksaan (2)").bytes,
    );
    const back = await FileWorkbook.fromBuffer(replaced.bytes, "x.xlsx");
    expect(back.grid("Hasil Pemeriksaan").cells[1]?.[0]?.value).not.toBe("diperiksa");
  });

  test("marks left on a neighbour by a program that does not renumber names stay with their sheets", async () => {
    const first = await generate(sample);
    // Each mark now points at the sheet before its own: the source sheet carries the mark of LKjIP Bab II.
    const slid = slideSheetNames(first.bytes, MARK_NAME, -1);
    const source = "TW IV 2022";
    const second = await generate(slid, { replaceEdited: true });
    expect(sheetBytes(second.bytes, source).bytes).toEqual(sheetBytes(first.bytes, source).bytes);
    expect(second.report.sheets.filter((s) => s.status === "new")).toEqual([]);
    expect(second.report.sheets.filter((s) => s.replacedEdited)).toEqual([]);
    expect(status(second.report, "LKjIP Bab II")).toMatchObject({ name: "LKjIP Bab II", status: "updated" });
    expect(await sheetNames(second.bytes)).toEqual(await sheetNames(first.bytes));
    // Written back on their own sheets: the run after reads them where they belong, by position too.
    const third = await generate(second.bytes);
    expect(third.report.sheets.filter((s) => s.status === "new")).toEqual([]);
    const wb = strFromU8(unzipSync(second.bytes)["xl/workbook.xml"]);
    const names = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const marks = [...wb.matchAll(/<definedName name="_lkjip_lembar"[^>]*localSheetId="(\d+)"[^>]*>[^<]*@([^<|"]+)/g)];
    expect(marks.length).toBeGreaterThanOrEqual(9);
    for (const m of marks) expect(decodeURIComponent(m[2])).toBe(names[Number(m[1])]);
  });

  test("a sheet no longer built that holds a comment of the officer's is kept, the comment with it", async () => {
    const first = await generate(sample);
    const commented = withOfficerComment(first.bytes, "LKjIP Bab II", "B3", "Cek ulang dengan bidang");
    // Without a source sheet the Bab II table is no longer built: only the other specs are written.
    const workbook = await FileWorkbook.fromBuffer(commented, "buku.xlsx");
    const result = generateLkjip(workbook.sourceSheetNames().map((n) => workbook.grid(n)));
    if (result.source === null) throw new Error("no table");
    const specs = result.specs.filter((s) => s.name !== "LKjIP Bab II");
    const report = await workbook.writeSheets(specs, { replaceEdited: true });
    expect(report.removed).not.toContain("LKjIP Bab II");
    expect(report.kept).toEqual(["LKjIP Bab II"]);
    const bytes = new Uint8Array(await workbook.toBuffer());
    expect(sheetBytes(bytes, "LKjIP Bab II").bytes).toEqual(sheetBytes(commented, "LKjIP Bab II").bytes);
    // Our own notes alone (a marked figure's) are no reason to keep a sheet: it goes as before.
    const plain = await FileWorkbook.fromBuffer(first.bytes, "buku.xlsx");
    const removed = await plain.writeSheets(specs);
    expect(removed.removed).toContain("LKjIP Bab II");
  });

  test("the officer's note on a generated sheet keeps how it shows (pinned open, its colour and size) through re-runs", async () => {
    const first = await generate(sample);
    // In Excel the officer adds a note at B3 of a sheet that has notes of ours: one comments part, one VML drawing.
    const parts = unzipSync(first.bytes);
    const vmlPart = Object.keys(parts).find((p) => /vmlDrawing\d+\.vml$/.test(p))!;
    const commentsPart = Object.keys(parts).find((p) => /comments\d+\.xml$/.test(p))!;
    const comments = strFromU8(parts[commentsPart])
      .replace("</authors>", "<author>Petugas</author></authors>")
      .replace(
        "<commentList>",
        '<commentList><comment ref="B3" authorId="1"><text><r><t>Cek ulang</t></r></text></comment>',
      );
    const vml = strFromU8(parts[vmlPart]);
    const ours = /<v:shape\b[\s\S]*?<\/v:shape>/.exec(vml)![0];
    const theirs = ours
      .replace(/id="[^"]*"/, 'id="_x0000_s3990"')
      .replace(/<x:Row>\d+<\/x:Row><x:Column>\d+<\/x:Column>/, "<x:Row>2</x:Row><x:Column>1</x:Column>")
      .replace("visibility:hidden", "visibility:visible")
      .replace("width:220pt;height:90pt", "width:150pt;height:70pt")
      .replace('fillcolor="#ffffe1"', 'fillcolor="#ccffcc"')
      .replace("<x:MoveWithCells/>", "<x:MoveWithCells/><x:Visible/>");
    parts[commentsPart] = strToU8(comments);
    parts[vmlPart] = strToU8(vml.replace("</xml>", `${theirs}</xml>`));
    const second = await generate(zipSync(parts));
    const after = Object.values(unzipSync(second.bytes))
      .map((b) => strFromU8(b))
      .find((t) => t.includes("<x:Row>2</x:Row><x:Column>1</x:Column>"))!;
    const shape =
      /<v:shape\b(?:(?!<\/v:shape>)[\s\S])*<x:Row>2<\/x:Row><x:Column>1<\/x:Column>[\s\S]*?<\/v:shape>/.exec(after)![0];
    expect(shape).toContain('fillcolor="#ccffcc"');
    expect(shape).toContain("visibility:visible");
    expect(shape).toContain("width:150pt;height:70pt");
    expect(shape).toContain("<x:Visible/>");
    // Numbered in its new drawing, apart from every other shape.
    expect(shape).not.toContain('id="_x0000_s3990"');
  });

  test("a sheet of the user's that has a generated sheet's name is never touched", async () => {
    const first = await generate(sample);
    const theirs = removeSheetName(first.bytes, "LKjIP Bab II", MARK_NAME);
    const second = await generate(theirs);
    expect(status(second.report, "LKjIP Bab II")).toMatchObject({ name: "LKjIP Bab II (2)", status: "new" });
    expect(sheetBytes(second.bytes, "LKjIP Bab II").bytes).toEqual(sheetBytes(theirs, "LKjIP Bab II").bytes);
  });

  test("a user's own sheet called Data Pendukung (a staff list) is left alone; ours goes beside it", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    const own = wb.addWorksheet("Data Pendukung");
    own.addRow(["NIP", "Nama Pegawai", "Jabatan"]);
    own.addRow(["198001012005011001", "Budi Santoso", "Kepala Bidang"]);
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const first = await generate(input);
    expect(status(first.report, "Data Pendukung")).toMatchObject({ name: "Data Pendukung (2)", status: "new" });
    expect(sheetBytes(first.bytes, "Data Pendukung").bytes).toEqual(sheetBytes(input, "Data Pendukung").bytes);
    const opened = await FileWorkbook.fromBuffer(first.bytes, "x.xlsx");
    expect(opened.dataPendukungSheetName()).toBe("Data Pendukung (2)");
    const second = await generate(first.bytes);
    expect(status(second.report, "Data Pendukung")?.name ?? null).not.toBe("Data Pendukung");
    expect(sheetBytes(second.bytes, "Data Pendukung").bytes).toEqual(sheetBytes(input, "Data Pendukung").bytes);
    expect(sheetBytes(second.bytes, "Data Pendukung (2)").bytes).toEqual(
      sheetBytes(first.bytes, "Data Pendukung (2)").bytes,
    );
  });

  test("a user's own sheet called _lkjip is left alone; settings go to a sheet of our own", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    wb.addWorksheet("_lkjip").getCell("A1").value = "catatan pribadi";
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const opened = await FileWorkbook.fromBuffer(input, "x.xlsx");
    await opened.writeSetting("columns:TW IV 2022", '{"kode":12}');
    const withSetting = new Uint8Array(await opened.toBuffer());
    expect(sheetBytes(withSetting, "_lkjip").bytes).toEqual(sheetBytes(input, "_lkjip").bytes);
    const second = await generate(withSetting);
    expect(sheetBytes(second.bytes, "_lkjip").bytes).toEqual(sheetBytes(input, "_lkjip").bytes);
    const back = await FileWorkbook.fromBuffer(second.bytes, "x.xlsx");
    expect(await back.readSetting("columns:TW IV 2022")).toBe('{"kode":12}');
    expect((await back.listSheets()).map((s) => s.name)).toContain("_lkjip");
    expect((await back.listSheets()).map((s) => s.name)).not.toContain("_lkjip (2)");
  });

  test("a workbook generated by version 1 is migrated: its sheets marked and updated in place, settings kept", async () => {
    const legacy = new Uint8Array(readFileSync(LEGACY));
    const before = await FileWorkbook.fromBuffer(legacy, "v1.xlsx");
    expect((await before.listSheets()).filter((s) => s.generated).map((s) => s.name)).toHaveLength(7);
    const run = await generate(legacy);
    expect(run.report.migrated).toHaveLength(7);
    expect(run.report.sheets.filter((s) => s.status === "updated")).toHaveLength(7);
    // Every sheet of version 1 stays in its order; a table that now has a sheet of its own goes in its place in the
    // report, before the next table's sheet.
    const names = await sheetNames(run.bytes);
    const legacyNames = await sheetNames(legacy);
    const added = run.report.sheets.filter((s) => s.status === "new").map((s) => s.name);
    expect(added).toEqual(["LKjIP Tabel 2.2"]);
    expect(names.filter((n) => !added.includes(n))).toEqual(legacyNames);
    expect(names.indexOf("LKjIP Tabel 2.2")).toBe(names.indexOf("LKjIP Bab II") + 1);
    const after = await FileWorkbook.fromBuffer(run.bytes, "v1.xlsx");
    expect(await after.readSetting("columns:TW IV 2022")).toBe('{"kode":12}');
    const again = await generate(run.bytes);
    expect(again.report.migrated).toEqual([]);
    expect(again.report.sheets.filter((s) => s.status === "updated")).toHaveLength(7 + added.length);
  });

  test("Data Pendukung: rows for indikator it lacks are appended; the officer's cells never change", async () => {
    const first = await generate(sample);
    const dp = (await FileWorkbook.fromBuffer(first.bytes, "x.xlsx")).grid("Data Pendukung");
    const header = dp.cells.findIndex((r) => r?.some((c) => c?.value === "Indikator Kinerja"));
    const name = dp.cells[header + 3][2]?.value;
    expect(typeof name).toBe("string");
    // The officer fills one value and empties the whole row of another indikator (it is then missing).
    let edited = typeInto(first.bytes, "Data Pendukung", `I${header + 2}`, "Analisis diisi petugas");
    for (const col of "ABCDEFGHIJ") edited = typeInto(edited, "Data Pendukung", `${col}${header + 4}`, "");
    let dpBefore = (await FileWorkbook.fromBuffer(edited, "x.xlsx")).grid("Data Pendukung");
    // …and shades, ahead, the empty cell where the missing indikator's name will go (style 1 of the package).
    const nameCell = `C${dpBefore.rowCount + 3}`;
    const shadedStyle = 1;
    edited = formatEmpty(edited, "Data Pendukung", nameCell, shadedStyle);
    dpBefore = (await FileWorkbook.fromBuffer(edited, "x.xlsx")).grid("Data Pendukung");
    const second = await generate(edited);
    expect(status(second.report, "Data Pendukung")?.status).toBe("appended");
    const after = (await FileWorkbook.fromBuffer(second.bytes, "x.xlsx")).grid("Data Pendukung");
    for (let r = 0; r < dpBefore.rowCount; r++) {
      for (let c = 0; c < dpBefore.colCount; c++)
        expect(after.cells[r]?.[c]?.value).toEqual(dpBefore.cells[r]?.[c]?.value);
    }
    // Below the officer's last table (the programs): a blank row, the indikator header, the missing indikator.
    expect(after.rowCount).toBe(dpBefore.rowCount + 3);
    expect(after.cells[after.rowCount - 2][2]?.value).toBe("Indikator Kinerja");
    expect(after.cells[after.rowCount - 1][2]?.value).toBe(name);
    expect(after.cells[header + 1][8]?.value).toBe("Analisis diisi petugas");
    // The shaded cell got the name and kept the officer's format; the cell beside it has ours.
    const xml = new TextDecoder().decode(sheetBytes(second.bytes, "Data Pendukung").bytes);
    expect(new RegExp(`<c r="${nameCell}" s="${shadedStyle}"`).test(xml)).toBe(true);
    const beside = new RegExp(`<c r="D${dpBefore.rowCount + 3}" s="(\\d+)"`).exec(xml);
    expect(beside).not.toBeNull();
    expect(Number(beside?.[1])).not.toBe(shadedStyle);
  });
});
