import { lkjipDownloadName } from "../../src/file/downloadName";
import { detectFormat } from "../../src/file/formats/detectFormat";
import { countWorksheetParts, hasWorkbookPart, zipEntryNames } from "../../src/file/zipEntries";
import { compoundFile, plainLoad, sampleBytes, storedZip } from "./helpers";

describe("detectFormat", () => {
  it("tells an .xlsx, an encrypted workbook, an old .xls, an empty and another file apart", () => {
    expect(detectFormat(sampleBytes())).toEqual({ format: "xlsx" });
    expect(detectFormat(compoundFile("EncryptionInfo", "EncryptedPackage"))).toEqual({ refused: "encrypted" });
    expect(detectFormat(compoundFile("Workbook"))).toEqual({ format: "xls" });
    expect(detectFormat(new Uint8Array(0))).toEqual({ refused: "empty" });
    expect(detectFormat(new TextEncoder().encode("PKZIP? no"))).toEqual({ refused: "other" });
  });
});

describe("zipEntryNames", () => {
  it("lists the parts of the sample and counts its worksheets as exceljs does", async () => {
    const names = zipEntryNames(sampleBytes());
    if (!Array.isArray(names)) throw new Error(`no directory: ${String(names)}`);
    expect(hasWorkbookPart(names)).toBe(true);
    expect(countWorksheetParts(names)).toBe((await plainLoad(sampleBytes())).worksheets.length);
  });

  it("reads a zip built here, and gives null for one cut short", () => {
    const zip = storedZip({ "a.txt": "satu", "dir/b.txt": "dua" });
    expect(zipEntryNames(zip)).toEqual(["a.txt", "dir/b.txt"]);
    expect(zipEntryNames(zip.subarray(0, zip.length - 30))).toBeNull();
  });
});

describe("lkjipDownloadName", () => {
  it.each([
    ["pengukuran-kinerja-2022.xlsx", "pengukuran-kinerja-2022-lkjip.xlsx"],
    ["Laporan TW IV.XLSX", "Laporan TW IV-lkjip.xlsx"],
    // A macro-enabled workbook's result keeps its macros, so it keeps the extension Excel opens them under.
    ["C:\\Users\\ani\\data.xlsm", "data-lkjip.xlsm"],
    ["Laporan TW IV-lkjip (1).XLSM", "Laporan TW IV-lkjip.xlsm"],
    ["ekspor.xls", "ekspor-lkjip.xlsx"],
    // A web page saved as one file, whichever of its two extensions.
    ["laporan.mht", "laporan-lkjip.xlsx"],
    ["laporan.MHTML", "laporan-lkjip.xlsx"],
    // A template's result is a workbook (its content type made a workbook's), never `x.xltx-lkjip.xlsx`.
    ["Templat Renja.xltx", "Templat Renja-lkjip.xlsx"],
    ["Templat Makro.XLTM", "Templat Makro-lkjip.xlsm"],
    ["tanpa-ekstensi", "tanpa-ekstensi-lkjip.xlsx"],
    [".xlsx", "buku-kerja-lkjip.xlsx"],
    // A result opened again keeps its name: no x-lkjip-lkjip.xlsx.
    ["pengukuran-kinerja-2022-lkjip.xlsx", "pengukuran-kinerja-2022-lkjip.xlsx"],
    ["Laporan TW IV-lkjip (1).xlsx", "Laporan TW IV-lkjip.xlsx"],
    ["Laporan-LKJIP.xlsx", "Laporan-lkjip.xlsx"],
    ["lkjip.xlsx", "lkjip-lkjip.xlsx"],
  ])("%s → %s", (input, expected) => {
    expect(lkjipDownloadName(input)).toBe(expected);
  });
});
