/**
 * The printed LKjIP from Pengukuran Kinerja sources (test/fixtures/pk-printpk38). Each test fails on the engine
 * before the fix it names.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Decimal from "decimal.js";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { DataPendukung } from "../../src/core/model/dataPendukung";
import { PengukuranKinerjaModel } from "../../src/core/model/types";
import { dataPendukungTotals } from "../../src/core/tables/dataPendukungTotals";
import { asLkjipSource } from "../../src/core/tables/lkjipSource";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { gridsOf } from "../file/gridsOf";

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

describe("the office's amounts in Data Pendukung against the source's programs (printpk38 D3: two office totals in one report, without a word)", () => {
  const file = path.join(DIR, "printpk38-data-pendukung-terisi.xlsx");

  test("a total anggaran other than the programs' pagu added up is a warning at its cell with both amounts", async () => {
    const result = generateLkjip(await gridsOf(file));
    if (!("specs" in result)) throw new Error("no source");
    const said = result.dataPendukungFindings.filter((f) => f.messageKey === "data-pendukung-uncertain.total-anggaran");
    expect(said.map((f) => [f.cell, f.actual, f.expected, f.severity])).toEqual([
      ["C5", 13_500_000_000, 13_255_734_286, "warning"],
    ]);
    expect(said[0].message).toContain("(Rp 13.500.000.000)");
    expect(said[0].message).toContain("(Rp 13.255.734.286); selisih Rp 244.265.714");
  });

  test("a BELANJA OPERASI or PEGAWAI anggaran above the office's total is a warning; one within it is not", async () => {
    const analysis = analyseWorkbook(await gridsOf(file));
    const source = asLkjipSource(analysis.models[0] as PengukuranKinerjaModel);
    const dp = (operasi: number): DataPendukung => ({
      namaPerangkatDaerah: "",
      totalAnggaran: null,
      indikator: [],
      belanjaOperasi: { anggaran: new Decimal(operasi), realisasi: null, cells: { anggaran: "C8" } },
    });
    const over = dataPendukungTotals(source, dp(61_000_000_000), "Data Pendukung");
    expect(over.map((f) => [f.cell, f.messageKey, f.actual, f.expected])).toEqual([
      ["C8", "data-pendukung-uncertain.belanja", 61_000_000_000, 13_255_734_286],
    ]);
    expect(dataPendukungTotals(source, dp(6_100_000_000), "Data Pendukung")).toEqual([]);
  });
});
