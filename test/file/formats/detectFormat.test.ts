import { detectFormat } from "../../../src/file/formats/detectFormat";
import { refusal } from "../../../src/file/fileErrors";
import { compoundFile, sampleBytes, storedZip } from "../helpers";
import { fixtureBytes } from "./fixtures";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("detectFormat: the format from the bytes, never the name", () => {
  it.each([
    ["pengukuran-kinerja-2022.xls", "xls"],
    ["pengukuran-kinerja-2022-biff.xlsx", "xls"],
    ["pengukuran-kinerja-2022.ods", "ods"],
    ["pengukuran-kinerja-2022.xml", "spreadsheetml"],
    ["pengukuran-kinerja-2022-libreoffice.html", "html"],
    ["pengukuran-kinerja-2022-tw4-ekspor.xls", "html"],
    ["pengukuran-kinerja-2022-tw4-halaman.xls", "mhtml"],
    ["halaman-tanpa-tabel.xls", "html"],
    ["halaman-tanpa-tabel-tersimpan.xls", "mhtml"],
    ["gaya-sel.xlsx", "xlsx"],
  ])("%s is %s", (file, format) => {
    expect(detectFormat(fixtureBytes(file))).toEqual({ format });
  });

  it.each([
    ["pengukuran-kinerja-2022.pdf", "pdf"],
    ["surat-pengantar.doc", "word"],
    ["surat-pengantar.docx", "word"],
  ])("%s is refused as %s", (file, refused) => {
    expect(detectFormat(fixtureBytes(file))).toEqual({ refused });
  });

  it("an .xlsx, and one whose workbook part has another name", () => {
    expect(detectFormat(sampleBytes())).toEqual({ format: "xlsx" });
    const renamed = storedZip({
      "[Content_Types].xml": "<Types/>",
      "_rels/.rels": "<Relationships/>",
      "xl/buku.xml": "<workbook/>",
    });
    expect(detectFormat(renamed)).toEqual({ format: "xlsx" });
  });

  it("an .ods whose parts are encrypted (saved with a password) is refused as such, not read as damaged", () => {
    const ods = (manifestEntry: string) =>
      storedZip({
        mimetype: "application/vnd.oasis.opendocument.spreadsheet",
        "META-INF/manifest.xml":
          '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
          '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
          `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${manifestEntry}</manifest:file-entry>` +
          "</manifest:manifest>",
        "content.xml": "\u0000\u0013\u00ff",
      });
    const encryption =
      '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k">' +
      '<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc"/></manifest:encryption-data>';
    expect(detectFormat(ods(encryption))).toEqual({ refused: "encrypted-ods" });
    expect(detectFormat(ods(""))).toEqual({ format: "ods" });
    expect(refusal("encrypted-ods", "renja.ods").message).toBe(
      'Berkas "renja.ods" dilindungi kata sandi. Buka di LibreOffice Calc, simpan ulang tanpa kata sandi (File > Save As / Simpan Sebagai, hilangkan centang "Save with password" / "Simpan dengan kata sandi"), lalu buka lagi di sini.',
    );
  });

  it("compound files: .xls (BIFF8 Workbook, BIFF5 Book), encrypted .xlsx, Word, other", () => {
    expect(detectFormat(compoundFile("Workbook", "\u0005SummaryInformation"))).toEqual({ format: "xls" });
    expect(detectFormat(compoundFile("Book"))).toEqual({ format: "xls" });
    expect(detectFormat(compoundFile("EncryptionInfo", "EncryptedPackage"))).toEqual({ refused: "encrypted" });
    expect(detectFormat(compoundFile("WordDocument", "1Table"))).toEqual({ refused: "word" });
    expect(detectFormat(compoundFile("PowerPoint Document"))).toEqual({ refused: "compound-other" });
    // A name that only appears inside a stream's data, not as a directory entry, does not count.
    const data = compoundFile("Contents");
    const withText = new Uint8Array(data.length + 64);
    withText.set(data);
    withText.set(utf8("W\0o\0r\0k\0b\0o\0o\0k\0"), data.length + 3);
    expect(detectFormat(withText)).toEqual({ refused: "compound-other" });
  });

  it("HTML with UTF-8 and UTF-16 byte-order marks, UTF-16 without one, upper case tags, a leading comment", () => {
    const html = "<HTML><BODY><TABLE><TR><TD>1</TD></TR></TABLE></BODY></HTML>";
    expect(detectFormat(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(html)]))).toEqual({ format: "html" });
    const le = new Uint8Array(2 + 2 * html.length);
    le.set([0xff, 0xfe]);
    [...html].forEach((c, i) => (le[2 + 2 * i] = c.charCodeAt(0)));
    expect(detectFormat(le)).toEqual({ format: "html" });
    const be = new Uint8Array(2 + 2 * html.length);
    be.set([0xfe, 0xff]);
    [...html].forEach((c, i) => (be[3 + 2 * i] = c.charCodeAt(0)));
    expect(detectFormat(be)).toEqual({ format: "html" });
    // Saved without the mark: the zero bytes tell the order, as they do when the page is read (textBytes.ts).
    expect(detectFormat(le.subarray(2))).toEqual({ format: "html" });
    expect(detectFormat(be.subarray(2))).toEqual({ format: "html" });
    expect(detectFormat(utf8(`\n<!-- ekspor -->\n<table><tr><td>x</td></tr></table>`))).toEqual({ format: "html" });
  });

  it("other text: plain text, CSV, RTF, Word XML, other XML", () => {
    expect(detectFormat(utf8("NO;TUJUAN;SASARAN\n1;Meningkatnya investasi;Sasaran satu\n"))).toEqual({
      refused: "csv",
    });
    expect(detectFormat(utf8('URAIAN,PAGU\n"Gaji, Tunjangan",1000\nBelanja Jasa,2000\n'))).toEqual({ refused: "csv" });
    expect(detectFormat(utf8("NO\tURAIAN\tPAGU\n1\tProgram satu\t1000\n"))).toEqual({ refused: "csv" });
    expect(detectFormat(utf8("Laporan kinerja, triwulan IV\nDinas contoh\n"))).toEqual({ refused: "other" });
    expect(detectFormat(utf8("{\\rtf1\\ansi Surat}"))).toEqual({ refused: "word" });
    expect(
      detectFormat(utf8('<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>')),
    ).toEqual({
      refused: "word",
    });
    expect(detectFormat(utf8('<?xml version="1.0"?><catatan>bukan buku kerja</catatan>'))).toEqual({
      refused: "other",
    });
  });

  it("an .xls cut short (an interrupted download) is damaged, not 'another Office file'", () => {
    const whole = fixtureBytes("pengukuran-kinerja-2022.xls");
    for (const share of [0.05, 0.5, 0.9, 0.97]) {
      const cut = whole.slice(0, Math.floor(whole.length * share));
      expect([share, detectFormat(cut)]).toEqual([share, { refused: "compound-damaged" }]);
    }
  });

  it("a zip that is not a workbook, a binary workbook (.xlsb), and an empty file", () => {
    expect(detectFormat(storedZip({ "foto.jpg": "x" }))).toEqual({ refused: "zip-other" });
    expect(detectFormat(storedZip({ "[Content_Types].xml": "x", "xl/workbook.bin": "x" }))).toEqual({
      refused: "xlsb",
    });
    expect(detectFormat(new Uint8Array(0))).toEqual({ refused: "empty" });
  });
});
