import { FileWorkbook } from "../../src/file/fileWorkbook";
import { FileWorkbookError } from "../../src/file/fileErrors";
import { compoundFile, sampleBytes, storedZip } from "./helpers";
import { fixtureBytes } from "./formats/fixtures";

async function openError(bytes: Uint8Array, name = "laporan.xlsx"): Promise<FileWorkbookError> {
  try {
    await FileWorkbook.fromBuffer(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(FileWorkbookError);
    const error = e as FileWorkbookError;
    expect(error.message).toContain(`"${name}"`);
    expect(error.message).not.toMatch(/\n| {4}at /);
    return error;
  }
  throw new Error("the file was opened");
}

describe("FileWorkbook.fromBuffer refuses what is not a workbook, in Bahasa Indonesia", () => {
  it("an XML workbook cut short (SpreadsheetML 2003, flat .ods) is refused, not read up to the cut", async () => {
    const xml = fixtureBytes("pengukuran-kinerja-2022.xml");
    expect((await openError(xml.slice(0, Math.floor(xml.length * 0.8)), "ekspor.xml")).message).toMatch(
      /^Berkas "ekspor\.xml" rusak atau tidak terbaca sebagai XML Excel 2003 \(berkas terpotong: penutup <\/Workbook> tidak ada di akhirnya\)\.$/,
    );
    // Whole, with the blank lines an editor leaves after the closing tag, it opens.
    const whole = new Uint8Array([...xml, 0x0d, 0x0a, 0x0a]);
    await expect(FileWorkbook.fromBuffer(whole, "ekspor.xml")).resolves.toBeInstanceOf(FileWorkbook);
  });

  it("an HTML export cut short (its last table never closed) is refused, not read as part of the table", async () => {
    const html = fixtureBytes("pengukuran-kinerja-2022-tw4-ekspor.xls");
    const cut = html.slice(0, Math.floor(html.length * 0.5));
    expect((await openError(cut, "ekspor.xls")).message).toMatch(/halaman terpotong: tabel terakhirnya tidak ditutup/);
  });

  it("Excel's Web Page save (the page a frameset, its sheets in a folder beside it): the folder is named (fmt42 D3)", async () => {
    const page = new TextEncoder().encode(
      '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta name=ProgId content=Excel.Sheet>\n' +
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>TW I 2022</x:Name>" +
        '<x:WorksheetSource HRef="laporan_files/sheet001.htm"/></x:ExcelWorksheet></x:ExcelWorksheets>' +
        "</x:ExcelWorkbook></xml><![endif]--></head>\n" +
        '<frameset rows="*,39"><frame src="laporan_files/sheet001.htm" name="frSheet"></frameset></html>',
    );
    const message = (await openError(page, "laporan.htm")).message;
    expect(message).toContain('lembar-lembarnya ada di folder "laporan_files"');
    expect(message).toContain("sheet001.htm");
    // A page without any table, and no such folder, is still a web page without a table.
    const plain = new TextEncoder().encode("<html><body><p>Laporan belum tersedia.</p></body></html>");
    expect((await openError(plain, "laporan.htm")).message).toMatch(/halaman web tanpa tabel/);
  });

  it("an empty file", async () => {
    expect((await openError(new Uint8Array(0))).message).toMatch(/kosong \(0 byte\)/);
  });

  it("a text file renamed .xlsx", async () => {
    const text = new TextEncoder().encode("Catatan rapat\nDinas contoh\n");
    expect((await openError(text, "bukan-excel.xlsx")).message).toMatch(/bukan buku kerja yang dapat dibaca/);
  });

  it("a CSV renamed .xlsx: said to be a CSV", async () => {
    const text = new TextEncoder().encode("NO;TUJUAN;SASARAN\n1;Meningkatnya investasi;...\n");
    expect((await openError(text, "bukan-excel.xlsx")).message).toMatch(/adalah teks CSV/);
  });

  it("a password-protected workbook (a compound file with an EncryptionInfo stream)", async () => {
    expect((await openError(compoundFile("EncryptionInfo"))).message).toMatch(/dilindungi kata sandi/);
  });

  it("an .xls whose workbook stream cannot be read", async () => {
    expect((await openError(compoundFile("Workbook"), "lama.xls")).message).toMatch(
      /"lama\.xls" rusak atau tidak terbaca sebagai \.xls \(Excel 97–2003\)/,
    );
  });

  it("a Word document, old and new", async () => {
    const docx = storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    expect((await openError(docx, "surat.xlsx")).message).toMatch(/adalah dokumen Word, bukan buku kerja/);
    expect((await openError(compoundFile("WordDocument", "1Table"), "surat.xls")).message).toMatch(/dokumen Word/);
  });

  it("a zip that is neither a workbook nor a document we know", async () => {
    const zip = storedZip({ "foto/a.txt": "bukan" });
    expect((await openError(zip, "arsip.xlsx")).message).toMatch(/arsip zip tetapi bukan buku kerja Excel atau \.ods/);
  });

  it("a truncated .xlsx", async () => {
    const bytes = sampleBytes();
    expect((await openError(bytes.subarray(0, Math.floor(bytes.length / 2)))).message).toMatch(/rusak/);
  });

  it("an .xlsx damaged inside its compressed data: said in Bahasa Indonesia, not in the inflater's words", async () => {
    const damaged = new Uint8Array(sampleBytes());
    const at = Math.floor(damaged.length * 0.5);
    damaged.fill(0xff, at, at + 64);
    expect((await openError(damaged)).message).toBe(
      'Berkas "laporan.xlsx" rusak atau bukan buku kerja yang sah (isinya terpotong atau rusak).',
    );
  });

  it("an .xlsx whose parts are damaged", async () => {
    const broken = storedZip({
      "[Content_Types].xml": "<Types/>",
      "xl/workbook.xml": "<workbook><sheets><sheet name='A' sheetId='1' r:id='rId1'/></sheets>",
      "xl/worksheets/sheet1.xml": "<<< bukan xml",
    });
    expect((await openError(broken)).message).toMatch(
      /"laporan\.xlsx" rusak: bagian xl\/workbook\.xml rusak: XML tidak sah|rusak atau bukan buku kerja yang sah/,
    );
  });
});
