import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { CliError, loadWorkbook } from "../../src/cli/loadWorkbook";
import { detectFormat } from "../../src/file/formats/detectFormat";
import { compoundFile as compoundFileOf } from "../file/helpers";
import { tempDir } from "./helpers";

/** The start of a compound file whose directory names the given streams. */
function compoundFile(streams: string[]): Uint8Array {
  return compoundFileOf(...streams.filter((s) => s !== "Root Entry"));
}

async function failure(file: string): Promise<CliError> {
  try {
    await loadWorkbook(file);
  } catch (e) {
    return e as CliError;
  }
  throw new Error("loadWorkbook should have failed");
}

describe("loadWorkbook", () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);

  async function validXlsx(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    for (let r = 1; r <= 200; r++) ws.addRow([`baris ${r}`, r * 1000, `teks panjang ${"x".repeat(r % 40)}`]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it("opens a real xlsx", async () => {
    const file = path.join(tmp.dir, "ok.xlsx");
    writeFileSync(file, await validXlsx());
    const wb = await loadWorkbook(file);
    expect((await wb.listSheets()).map((w) => w.name)).toEqual(["Data"]);
    expect(wb.grid("Data").cells[2][1]?.value).toBe(3000);
  });

  it("names a missing file", async () => {
    const file = path.join(tmp.dir, "tidak-ada.xlsx");
    const e = await failure(file);
    expect(e).toBeInstanceOf(CliError);
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe(`Berkas tidak ditemukan: ${file}`);
  });

  it("says a text file is not an xlsx", async () => {
    const file = path.join(tmp.dir, "catatan.xlsx");
    writeFileSync(file, "Catatan rapat evaluasi kinerja\nDinas contoh, triwulan IV\n");
    const e = await failure(file);
    expect(e.message).toMatch(/catatan\.xlsx" bukan buku kerja yang dapat dibaca .*Simpan atau ekspor sebagai \.xlsx/);
    expect(e.message).not.toContain("\n");
  });

  it("says a CSV (or a tab-separated export) under a workbook's name is one, and how to make it a workbook", async () => {
    const file = path.join(tmp.dir, "ekspor.xls");
    writeFileSync(file, "NO\tTUJUAN\tSASARAN\n1\tMeningkatnya\t...\n");
    const e = await failure(file);
    expect(e.message).toMatch(
      /ekspor\.xls" adalah teks CSV .*simpan sebagai \.xlsx \(Excel Workbook\), lalu buka lagi\.$/,
    );
    expect(e.exitCode).toBe(2);
  });

  it("says a password-protected workbook must be saved without its password", async () => {
    const file = path.join(tmp.dir, "terkunci.xlsx");
    writeFileSync(file, compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]));
    const e = await failure(file);
    expect(e.message).toMatch(/dilindungi kata sandi/);
    expect(e.message).toMatch(/hapus kata sandinya/);
    expect(e.message).not.toContain("\n");
  });

  it("says an .xls whose workbook stream is unreadable is damaged, in one line", async () => {
    const file = path.join(tmp.dir, "lama.xls");
    writeFileSync(file, compoundFile(["Root Entry", "Workbook", "SummaryInformation"]));
    const e = await failure(file);
    expect(e.message).toMatch(/"[^"]*lama\.xls" rusak atau tidak terbaca sebagai \.xls/);
    expect(e.message).not.toContain("\n");
  });

  it("says a truncated zip is corrupt, in one line", async () => {
    const file = path.join(tmp.dir, "rusak.xlsx");
    const bytes = await validXlsx();
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const e = await failure(file);
    expect(e).toBeInstanceOf(CliError);
    expect(e.message).toMatch(/rusak\.xlsx" rusak atau bukan buku kerja yang sah \(/);
    expect(e.message).not.toContain("\n");
  });

  it("says an empty file is empty", async () => {
    const file = path.join(tmp.dir, "kosong.xlsx");
    writeFileSync(file, "");
    expect((await failure(file)).message).toMatch(/kosong\.xlsx" kosong \(0 byte\)/);
  });

  it("says a folder is not a workbook", async () => {
    expect((await failure(tmp.dir)).message).toMatch(/folder, bukan berkas Excel/);
  });
});

describe("detectFormat", () => {
  it("tells a damaged zip, encrypted OOXML, old xls and other bytes apart", () => {
    expect(detectFormat(Buffer.from("PK\u0003\u0004rest"))).toEqual({ refused: "zip-damaged" });
    expect(detectFormat(compoundFile(["EncryptionInfo"]))).toEqual({ refused: "encrypted" });
    expect(detectFormat(compoundFile(["Workbook"]))).toEqual({ format: "xls" });
    expect(detectFormat(Buffer.from("hello"))).toEqual({ refused: "other" });
    expect(detectFormat(Buffer.alloc(0))).toEqual({ refused: "empty" });
  });
});
