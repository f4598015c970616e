import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { mhtmlHtmlParts } from "../../../src/file/formats/mhtml";
import { openFixture } from "./fixtures";

const encode = (s: string) => new TextEncoder().encode(s);

/** Excel's "Single File Web Page": a frameset part naming the sheets, one base64 part per sheet. */
function excelMhtml(): Uint8Array {
  const b64 = (s: string) =>
    Buffer.from(s, "utf8")
      .toString("base64")
      .replace(/(.{76})/g, "$1\r\n");
  const sheet = (text: string) =>
    `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>${text}</td><td x:num="1500">1,500</td></tr></table></body></html>`;
  const main = `<html><head><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets>
<x:ExcelWorksheet><x:Name>TW I 2022</x:Name><x:WorksheetSource HRef="buku_files/sheet001.htm"/></x:ExcelWorksheet>
<x:ExcelWorksheet><x:Name>Catatan Pagu</x:Name><x:WorksheetSource HRef="buku_files/sheet002.htm"/></x:ExcelWorksheet>
</x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head><frameset><frame src="buku_files/sheet001.htm"></frameset></html>`;
  return encode(
    [
      "MIME-Version: 1.0",
      "X-Document-Type: Workbook",
      'Content-Type: multipart/related; boundary="----=_NextPart_01D91C2B.5E2A3F40"',
      "",
      "This document is a Single File Web Page, also known as a Web Archive file.",
      "",
      "------=_NextPart_01D91C2B.5E2A3F40",
      "Content-Location: file:///C:/D3A1/buku.htm",
      "Content-Transfer-Encoding: quoted-printable",
      'Content-Type: text/html; charset="us-ascii"',
      "",
      main.replace(/=/g, "=3D"),
      "",
      "------=_NextPart_01D91C2B.5E2A3F40",
      "Content-Location: file:///C:/D3A1/buku_files/sheet001.htm",
      "Content-Transfer-Encoding: base64",
      'Content-Type: text/html; charset="utf-8"',
      "",
      b64(sheet("Penanaman Modal – Probolinggo")),
      "",
      "------=_NextPart_01D91C2B.5E2A3F40",
      "Content-Location: file:///C:/D3A1/buku_files/sheet002.htm",
      "Content-Transfer-Encoding: base64",
      'Content-Type: text/html; charset="utf-8"',
      "",
      b64(sheet("Pagu")),
      "",
      "------=_NextPart_01D91C2B.5E2A3F40--",
      "",
    ].join("\r\n"),
  );
}

describe("MHTML (a page saved as one file, often under an .xls name)", () => {
  it("decodes quoted-printable parts with soft line breaks and =XX bytes in the part's charset", () => {
    const body =
      "<table><tr><td>Kota Probolinggo =E2=80=93 Tahun 2022, sangat panjang sekali sehingga =\r\ndilipat</td></tr></table>";
    const parts = mhtmlHtmlParts(
      encode(
        `MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="b1"\r\n\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body}\r\n--b1--\r\n`,
      ),
    );
    expect(parts.map((p) => p.text)).toEqual([
      "<table><tr><td>Kota Probolinggo – Tahun 2022, sangat panjang sekali sehingga dilipat</td></tr></table>",
    ]);
  });

  it("reads Excel's single-file web page: one sheet per part, named as the workbook named them", async () => {
    const wb = await FileWorkbook.fromBuffer(excelMhtml(), "buku.xls");
    expect(wb.sourceFormat).toBe("mhtml");
    expect(wb.sourceSheetNames()).toEqual(["TW I 2022", "Catatan Pagu"]);
    expect(wb.grid("TW I 2022").cells[0].map((c) => c?.value)).toEqual(["Penanaman Modal – Probolinggo", 1500]);
  });

  it("a browser's saved page: the TW IV export inside it", async () => {
    const wb = await openFixture("pengukuran-kinerja-2022-tw4-halaman.xls");
    expect(wb.sourceSheetNames()).toEqual(["TW IV 2022"]);
    expect(wb.grid("TW IV 2022").cells[7][13]?.value).toBe(55599900);
  });

  it("a saved page without a table gets the message, not a crash", async () => {
    await expect(openFixture("halaman-tanpa-tabel-tersimpan.xls")).rejects.toThrow(
      'Berkas "halaman-tanpa-tabel-tersimpan.xls" adalah halaman web tanpa tabel',
    );
    const noParts = encode("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\ntanpa bagian\r\n");
    await expect(FileWorkbook.fromBuffer(noParts, "kosong.mht")).rejects.toThrow("halaman web tanpa tabel");
  });
});
