import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { strToU8, unzipSync, zipSync } from "fflate";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { runCli } from "../../src/cli/run";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { plainLoad } from "../file/helpers";
import { memoryIo, tempDir } from "./helpers";

jest.setTimeout(120_000);

const FORMATS = path.join(__dirname, "..", "fixtures", "formats");
const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "pengukuran-kinerja-2022.xlsx");
const tmp = tempDir();
afterAll(tmp.cleanup);

async function run(args: string[]) {
  const io = memoryIo(tmp.dir);
  const code = await runCli(args, io);
  return { code, out: io.text(), err: io.stderr.join("\n") };
}

function copyFixture(name: string, as = name): string {
  const target = path.join(tmp.dir, as);
  copyFileSync(path.join(FORMATS, name), target);
  return target;
}

describe("lkjip on .xls, .ods, SpreadsheetML, HTML and MHTML files", () => {
  let original: unknown;
  beforeAll(async () => {
    const { code, out } = await run(["inspect", SAMPLE, "--json"]);
    expect(code).toBe(0);
    original = JSON.parse(out);
  });

  it.each([
    "pengukuran-kinerja-2022.xls",
    "pengukuran-kinerja-2022-biff.xlsx",
    "pengukuran-kinerja-2022.ods",
    "pengukuran-kinerja-2022.xml",
    "pengukuran-kinerja-2022-libreoffice.html",
  ])("inspect --json on %s prints what it prints on the .xlsx", async (file) => {
    const { code, out, err } = await run(["inspect", path.join(FORMATS, file), "--json"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(original);
  });

  it("inspect --json on the app's TW IV export equals the .xlsx's TW IV sheet", async () => {
    const { out } = await run(["inspect", path.join(FORMATS, "pengukuran-kinerja-2022-tw4-ekspor.xls"), "--json"]);
    const xlsx = await run(["inspect", SAMPLE, "--sheet", "TW IV 2022", "--json"]);
    expect(JSON.parse(out)).toEqual(JSON.parse(xlsx.out));
  });

  it("validate on the saved page exits as on the .xlsx sheet, with the same findings", async () => {
    const page = await run(["validate", path.join(FORMATS, "pengukuran-kinerja-2022-tw4-halaman.xls"), "--json"]);
    const xlsx = await run(["validate", SAMPLE, "--sheet", "TW IV 2022", "--json"]);
    expect(page.code).toBe(xlsx.code);
    expect(JSON.parse(page.out).findings.length).toBeGreaterThan(5);
    expect(JSON.parse(page.out)).toEqual(JSON.parse(xlsx.out));
  });

  it("generate on an .xls writes a new .xlsx beside it, says so in one line, and leaves the .xls as it was", async () => {
    const input = copyFixture("pengukuran-kinerja-2022.xls");
    const before = readFileSync(input);
    const { code, out } = await run(["generate", input]);
    expect(code).toBe(0);
    const output = path.join(tmp.dir, "pengukuran-kinerja-2022-lkjip.xlsx");
    expect(out.split("\n")).toContain(
      `Berkas .xls (Excel 97–2003) dibaca; hasil disimpan sebagai .xlsx baru: ${output}`,
    );
    // What the new .xlsx does not carry over is said, with the way to keep it.
    expect(out.split("\n")).toContain(
      "Tidak ikut ke .xlsx itu: grafik dan gambar, komentar, pengaturan cetak, proteksi lembar. Berkas aslinya tidak diubah; agar " +
        "semuanya tetap, simpan " +
        "dulu berkas itu sebagai .xlsx di Excel atau LibreOffice, lalu jalankan lagi.",
    );
    expect(out).not.toMatch(/^Hasil: /m);
    expect(readFileSync(input).equals(before)).toBe(true);

    const bytes = readFileSync(output);
    const exceljs = await plainLoad(bytes);
    const names = exceljs.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(["TW I 2022", "TW IV 2022"]);
    expect(names).toEqual(expect.arrayContaining(["Hasil Pemeriksaan", "Data Pendukung"]));
    expect(names.filter((n) => n.startsWith("LKjIP")).length).toBeGreaterThanOrEqual(4);
    expect(exceljs.getWorksheet("TW IV 2022")!.getCell("N8").value).toBe(55599900);
    const sheetjs = XLSX.read(bytes, { type: "buffer" });
    expect(sheetjs.SheetNames).toEqual(names);

    // From then on the Data Pendukung loop works on the .xlsx: a second run updates its own sheets in place.
    const again = await run(["generate", output, "-o", output]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Lembar hasil sebelumnya yang diperbarui/);
    expect(again.out).toMatch(/^Hasil: /m);
    const reopened = await FileWorkbook.fromBuffer(readFileSync(output), output);
    expect(reopened.sourceFormat).toBe("xlsx");
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual(names);
  });

  it("generate on an .ods with Basic macros says they stay in the file and not in the .xlsx result", async () => {
    const parts = unzipSync(readFileSync(path.join(FORMATS, "pengukuran-kinerja-2022.ods")));
    // As LibreOffice stores a Basic module.
    parts["Basic/script-lc.xml"] = strToU8('<library:libraries xmlns:library="http://openoffice.org/2000/library"/>');
    parts["Basic/Standard/Module1.xml"] = strToU8(
      '<script:module script:name="Module1">Sub Main\nEnd Sub</script:module>',
    );
    const input = path.join(tmp.dir, "makro.ods");
    writeFileSync(input, zipSync(parts));
    const { code, out } = await run(["generate", input]);
    expect(code).toBe(0);
    expect(out.split("\n")).toContain(
      `Makro di ${input} tidak ikut ke hasil: buku kerja .xlsx tidak dapat memuat makro. Berkas aslinya tetap utuh dengan makronya.`,
    );
    // The plain .ods, without macros, gets no such line.
    const plain = await run(["generate", copyFixture("pengukuran-kinerja-2022.ods", "tanpa-makro.ods")]);
    expect(plain.out).not.toContain("Makro");
  });

  it("generate on a BIFF file named .xlsx reads it as .xls and writes <name>-lkjip.xlsx", async () => {
    const input = copyFixture("pengukuran-kinerja-2022-biff.xlsx", "laporan-tw4.xlsx");
    const { code, out } = await run(["generate", input]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /Berkas \.xls \(Excel 97–2003\) dibaca; hasil disimpan sebagai \.xlsx baru: .*laporan-tw4-lkjip\.xlsx$/m,
    );
  });

  it("generate on the app's HTML export (.xls name) and on the saved page", async () => {
    for (const [file, stem, label] of [
      ["pengukuran-kinerja-2022-tw4-ekspor.xls", "pengukuran-kinerja-2022-tw4-ekspor", "tabel HTML"],
      ["pengukuran-kinerja-2022-tw4-halaman.xls", "pengukuran-kinerja-2022-tw4-halaman", "halaman web MHTML"],
    ]) {
      const input = copyFixture(file);
      const { code, out } = await run(["generate", input]);
      expect(code).toBe(0);
      const output = path.join(tmp.dir, `${stem}-lkjip.xlsx`);
      expect(out).toContain(`Berkas ${label} dibaca; hasil disimpan sebagai .xlsx baru: ${output}`);
      const wb = await plainLoad(readFileSync(output));
      expect(wb.worksheets[0].name).toBe("TW IV 2022");
      expect(wb.worksheets[0].getCell("N8").value).toBe(55599900);
    }
  });

  it("-o naming the input itself is refused in one line, and nothing is written", async () => {
    const input = copyFixture("pengukuran-kinerja-2022.ods", "tolak.ods");
    const before = readFileSync(input);
    const { code, err, out } = await run(["generate", input, "-o", input]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(
      `Hasil tidak ditulis di atas ${input}: berkas itu berformat .ods (OpenDocument), hasilnya .xlsx. Sebutkan nama lain untuk -o, atau jalankan tanpa -o.`,
    );
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(path.join(tmp.dir, "tolak-lkjip.xlsx"))).toBe(false);
  });

  it("-o with another extension than the result's is refused: the result is an .xlsx package whatever it is named", async () => {
    const input = copyFixture("pengukuran-kinerja-2022.ods", "ekspor.ods");
    for (const name of ["hasil.xls", "hasil.ods", "hasil.xlsm", "hasil"]) {
      const { code, err, out } = await run(["generate", input, "-o", path.join(tmp.dir, name)]);
      expect(code).toBe(2);
      expect(out).toBe("");
      expect(err).toMatch(/^Hasil generate adalah buku kerja Excel \.xlsx: beri nama berakhiran \.xlsx untuk -o/);
      expect(existsSync(path.join(tmp.dir, name))).toBe(false);
    }
    const { code } = await run(["generate", input, "-o", path.join(tmp.dir, "HASIL.XLSX")]);
    expect(code).toBe(0);
  });

  it.each([
    ["pengukuran-kinerja-2022.pdf", /adalah dokumen PDF, bukan buku kerja/],
    ["surat-pengantar.doc", /adalah dokumen Word, bukan buku kerja/],
    ["surat-pengantar.docx", /adalah dokumen Word, bukan buku kerja/],
    ["halaman-tanpa-tabel.xls", /adalah halaman web tanpa tabel/],
    ["halaman-tanpa-tabel-tersimpan.xls", /adalah halaman web tanpa tabel/],
  ])("%s: exit 2 with one line", async (file, message) => {
    for (const command of ["inspect", "generate"]) {
      const { code, err, out } = await run([command, path.join(FORMATS, file)]);
      expect(code).toBe(2);
      expect(out).toBe("");
      expect(err).toMatch(message);
      expect(err).not.toContain("\n");
    }
  });
});
