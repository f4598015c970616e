/**
 * The printed LKjIP from Pengukuran Kinerja sources (test/fixtures/pk-printpk38). Each test fails on the engine
 * before the fix it names.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { generateLkjip } from "../../src/core/pipeline";
import { FileWorkbook } from "../../src/file/fileWorkbook";

const DIR = path.join(__dirname, "..", "fixtures", "pk-printpk38");

test("tables that get sheets of their own on a re-run (Data Pendukung's analisis made them too tall) print in the report's order, before Realisasi Anggaran, not after Hasil Pemeriksaan and Data Pendukung (printpk38 D1: the print went out of order and their page numbers repeated Bab II's)", async () => {
  const bytes = new Uint8Array(readFileSync(path.join(DIR, "printpk38-data-pendukung-terisi.xlsx")));
  const workbook = await FileWorkbook.fromBuffer(bytes, "buku.xlsx");
  const result = generateLkjip(workbook.sourceSheetNames().map((n) => workbook.grid(n)));
  if (result.source === null) throw new Error("no table");
  const report = await workbook.writeSheets(result.specs);
  const added = report.sheets.filter((s) => s.status === "new").map((s) => s.name);
  expect(added).toEqual(["LKjIP Tabel 3.39", "LKjIP Tabel 3.40"]);
  const back = await FileWorkbook.fromBuffer(new Uint8Array(await workbook.toBuffer()), "hasil.xlsx");
  const names = (await back.listSheets()).map((s) => s.name);
  expect(names.slice(names.indexOf("LKjIP SS V"))).toEqual([
    "LKjIP SS V",
    "LKjIP Tabel 3.39",
    "LKjIP Tabel 3.40",
    "LKjIP Realisasi Anggaran",
    "Hasil Pemeriksaan",
    "Data Pendukung",
  ]);
});
