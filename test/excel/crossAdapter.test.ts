import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { generateLkjip } from "../../src/core/pipeline";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { WorkbookPackage } from "../../src/file/package/workbookPackage";
import { inMemoryFromExcelJs } from "./fromExcelJs";

const SAMPLE = path.join(__dirname, "../../assets/samples/pengukuran-kinerja-2022.xlsx");

/**
 * The file as Excel holds it once opened: cells (through exceljs, independent of our reader), sheet states and the
 * sheet-scoped names of workbook.xml (exceljs does not keep constant names, Excel does).
 */
async function openedInExcel(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const excel = inMemoryFromExcelJs(wb);
  const workbookXml = WorkbookPackage.open(bytes).workbook();
  const entries = workbookXml.sheets();
  for (const [i, entry] of entries.entries()) {
    const sheet = excel.workbook.model.sheets.find((s) => s.name === entry.name);
    if (!sheet) throw new Error(`no sheet ${entry.name}`);
    sheet.visibility = entry.state === "veryHidden" ? "VeryHidden" : entry.state === "hidden" ? "Hidden" : "Visible";
    for (const n of workbookXml.definedNames().filter((d) => d.localSheetId === i && !d.name.startsWith("_xlnm"))) {
      sheet.names.push({ name: n.name, formula: `=${n.text}`, visible: !n.hidden, comment: "" });
    }
  }
  return excel;
}

describe("generate with the CLI, then again in Excel", () => {
  test("no sheet is reported as edited: both adapters fingerprint the same content", async () => {
    const file = await FileWorkbook.fromBuffer(new Uint8Array(readFileSync(SAMPLE)), "sampel.xlsx");
    const first = generateLkjip(file.sourceSheetNames().map((n) => file.grid(n)));
    if (!first.source) throw new Error("sample not recognised");
    await file.writeSheets(first.specs);
    const excel = await openedInExcel(new Uint8Array(await file.toBuffer()));

    const office = new OfficeWorkbook(excel.run);
    const listed = await office.listSheets();
    const generated = first.specs.filter((s) => s.kind !== "data-pendukung").length;
    expect(generated).toBeGreaterThanOrEqual(7);
    expect(listed.filter((s) => s.generated)).toHaveLength(generated);
    const grids = [];
    for (const s of listed.filter((x) => !x.generated)) grids.push(await office.readSheet(s.name));
    const second = generateLkjip(grids);
    if (!second.source) throw new Error("not recognised in Excel");
    const report = await office.writeSheets(second.specs);
    expect(report.kept).toEqual([]);
    expect(report.sheets.filter((s) => s.kind !== "data-pendukung").map((s) => s.status)).toEqual(
      Array(generated).fill("updated"),
    );
    expect(report.sheets.every((s) => s.keptEdited === undefined)).toBe(true);
  });
});

describe("hidden sheets", () => {
  test("both adapters name the officer's hidden sheets, and none of ours (settings, tables, Data Pendukung)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    wb.addWorksheet("Arsip TW III", { state: "hidden" }).getCell("A1").value = "PENGUKURAN KINERJA TW III";
    wb.addWorksheet("Catatan Lama", { state: "veryHidden" }).getCell("A1").value = "catatan";
    const file = await FileWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()), "sampel-tersembunyi.xlsx");
    const built = generateLkjip(file.sourceSheetNames().map((n) => file.grid(n)));
    if (!built.source) throw new Error("sample not recognised");
    await file.writeSheets(built.specs);
    await file.writeSetting("kolom", "{}");
    // The officer hides Data Pendukung too: it stays ours to read, not a hidden sheet to name.
    const parts = unzipSync(new Uint8Array(await file.toBuffer()));
    const workbookXml = strFromU8(parts["xl/workbook.xml"]);
    expect(workbookXml).toContain('<sheet name="Data Pendukung"');
    parts["xl/workbook.xml"] = strToU8(
      workbookXml.replace('<sheet name="Data Pendukung"', '<sheet name="Data Pendukung" state="hidden"'),
    );
    const bytes = zipSync(parts);

    const reopened = await FileWorkbook.fromBuffer(bytes, "sampel-tersembunyi-lkjip.xlsx");
    const expected = ["Arsip TW III", "Catatan Lama"];
    expect(await reopened.hiddenSheets()).toEqual(expected);
    // Our own very hidden settings sheet is among the hidden ones the CLI sees, not among the officer's.
    expect(reopened.hiddenSheetNames()).toEqual(expect.arrayContaining([...expected, "Data Pendukung"]));
    expect(reopened.hiddenSheetNames().length).toBeGreaterThan(expected.length + 1);
    const office = new OfficeWorkbook((await openedInExcel(bytes)).run);
    expect(await office.hiddenSheets()).toEqual(expected);
  });
});
