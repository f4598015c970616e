import { Grid, GridCell } from "../../../src/core/grid/grid";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { FileWorkbookError } from "../../../src/file/fileErrors";
import { htmlSheets } from "../../../src/file/formats/htmlGrid";
import { readHtmlTables } from "../../../src/file/formats/htmlTables";
import { pageTables } from "../../../src/file/formats/htmlPage";
import { decodeText } from "../../../src/file/formats/textBytes";

function sheets(html: string): Grid[] {
  return htmlSheets(pageTables(readHtmlTables(html), html)).map((s) => s.grid);
}

function at(grid: Grid, a1: string): GridCell | undefined {
  return grid.cells[Number(a1.slice(1)) - 1]?.[a1.charCodeAt(0) - 65];
}

describe("HTML tables (app exports, saved pages)", () => {
  it("keeps text marked as text exactly as typed; plain numbers become numbers; the rest stays text", () => {
    const [g] = sheets(`<table><tr>
      <td style='mso-number-format:"\\@"'>0012</td>
      <td style='mso-number-format:"\\@"'>1.1</td>
      <td style='mso-number-format:"\\@"'>18.448.000.000</td>
      <td>1500</td><td>-0.89</td><td>55.599.900,00</td><td>0,39%</td><td>2.07.03</td><td x:str>123</td><td>007</td>
    </tr></table>`);
    expect(g.cells[0].map((c) => c?.value)).toEqual([
      "0012",
      "1.1",
      "18.448.000.000",
      1500,
      -0.89,
      "55.599.900,00",
      "0,39%",
      "2.07.03",
      "123",
      "007",
    ]);
    expect(at(g, "A1")?.numFmt).toBe("@");
  });

  it("a plain number written with trailing zeros (`2.10`, a bidang's code) keeps them in its format: read as shown", () => {
    const [g] = sheets(`<table><tr><td>2.10</td><td>1500.50</td><td>2.5</td><td>12</td></tr></table>`);
    expect(g.cells[0].map((c) => [c?.value, c?.numFmt])).toEqual([
      [2.1, "0.00"],
      [1500.5, "0.00"],
      [2.5, undefined],
      [12, undefined],
    ]);
  });

  it("in a page that groups thousands with dots, `500.000` stays the text it is (five hundred thousand), not 500", () => {
    const [g] = sheets(`<table><tr>
      <td>50.500.000</td><td>500.000</td><td>1.200</td><td>2.5</td><td>0.125</td><td>-468.200</td>
    </tr></table>`);
    expect(g.cells[0].map((c) => c?.value)).toEqual(["50.500.000", "500.000", "1.200", 2.5, 0.125, "-468.200"]);
    // A decimal comma says the same: `80,25` beside `45.000`.
    expect(sheets(`<table><tr><td>45.000</td><td>80,25</td></tr></table>`)[0].cells[0][0]?.value).toBe("45.000");
    // A page that says nothing of its grouping is read as Excel in English reads it.
    expect(sheets(`<table><tr><td>500.000</td><td>1500</td></tr></table>`)[0].cells[0][0]?.value).toBe(500);
  });

  it("reads Excel's own HTML: class styles, x:num behind formatted text, x:fmla, font-weight 700, indent", () => {
    const [g] = sheets(`<html><head><style><!--
      .xl65 {mso-number-format:"\\#\\,\\#\\#0"; font-weight:700}
      td.xl66 {mso-number-format:"0\\.00%"; background:#FFFF00}
      .xl67 {mso-char-indent-count:2; padding-left:18pt}
      --></style></head><body><table>
      <tr><td class=xl65 x:num="55599900">55,599,900</td><td class="xl66" x:num>0.9744</td><td class=xl67>Kegiatan</td>
      <td x:num="3" x:fmla="=A1*0+3">3</td><td x:bool="TRUE">TRUE</td><td x:err="#DIV/0!">#DIV/0!</td></tr>
    </table></body></html>`);
    expect(at(g, "A1")).toEqual({ value: 55599900, numFmt: "#,##0", bold: true });
    // x:num without a value: the number is the cell's text.
    expect(at(g, "B1")).toEqual({ value: 0.9744, numFmt: "0.00%", fill: "#FFFF00" });
    expect(at(g, "C1")).toEqual({ value: "Kegiatan", indent: 2 });
    expect(at(g, "D1")).toEqual({ value: 3, formula: "A1*0+3" });
    expect(at(g, "E1")?.value).toBe(true);
    expect(at(g, "F1")).toEqual({ value: "#DIV/0!", text: "#DIV/0!" });
  });

  it("places rowspan/colspan cells as Excel does and records them as merges", () => {
    const [g] = sheets(`<table>
      <tr><td rowspan="3">No</td><td colspan="2">Target</td><td rowspan="2" colspan="2">Anggaran</td></tr>
      <tr><td>TW I</td><td>TW II</td></tr>
      <tr><td>a</td><td>b</td><td>c</td><td>d</td></tr>
    </table>`);
    expect(g.merges).toEqual([
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 2 },
      { top: 0, left: 3, bottom: 1, right: 4 },
    ]);
    expect(g.cells[1].map((c) => c?.value)).toEqual([undefined, "TW I", "TW II"]);
    expect(g.cells[2].map((c) => c?.value)).toEqual([undefined, "a", "b", "c", "d"]);
  });

  it("bold from <b>, <strong>, <th> and font-weight; fill from bgcolor or the row; entities, <br>, nbsp indents", () => {
    const [g] = sheets(`<table>
      <tr bgcolor="#D7E4BD"><th>PROGRAM</th><td><b>Bold</b> <strong>semua</strong></td><td><b>Sebagian</b> saja</td></tr>
      <tr><td bgcolor=silver>Baris&nbsp;&amp;&nbsp;kolom</td><td>&nbsp;&nbsp;Sub kegiatan</td><td>satu<br>dua</td>
      <td style="font-weight:bold;background-color:rgb(218,238,243)">x</td></tr>
    </table>`);
    expect(at(g, "A1")).toMatchObject({ value: "PROGRAM", bold: true, fill: "#D7E4BD" });
    expect(at(g, "B1")).toMatchObject({ value: "Bold semua", bold: true });
    expect(at(g, "C1")?.bold).toBeUndefined();
    expect(at(g, "A2")).toMatchObject({ value: "Baris & kolom", fill: "#C0C0C0" });
    expect(at(g, "B2")?.value).toBe("  Sub kegiatan");
    expect(at(g, "C2")?.value).toBe("satu\ndua");
    expect(at(g, "D2")).toMatchObject({ bold: true, fill: "#DAEEF3" });
  });

  it("a table inside a cell adds its text to that cell; comments and scripts are skipped", () => {
    const [g] = sheets(`<!--[if gte mso 9]><xml><x:ExcelWorkbook></x:ExcelWorkbook></xml><![endif]-->
      <script>var t = "<table><tr><td>bukan</td></tr></table>";</script>
      <table><tr><td>luar<table><tr><td>dalam</td></tr></table></td><td>2</td></tr></table>`);
    expect(g.cells[0].map((c) => c?.value)).toEqual(["luar\ndalam", 2]);
  });

  it("names sheets by the heading before each table (LibreOffice: `Sheet 1: <name>`), else the page title", () => {
    expect(sheets(`<title>Laporan MONEV RENJA</title><table><tr><td>1</td></tr></table>`).map((g) => g.name)).toEqual([
      "Laporan MONEV RENJA",
    ]);
    const two = sheets(`<h1>Sheet 1: <em>TW I 2022</em></h1><table><tr><td>1</td></tr></table>
      <h1>Sheet 2: <em>TW IV 2022</em></h1><table><tr><td>2</td></tr></table><table><tr><td></td></tr></table>`);
    expect(two.map((g) => g.name)).toEqual(["TW I 2022", "TW IV 2022"]);
    // Other pages with several tables are one sheet, as Excel opens them (see the next test).
    expect(sheets(`<table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>`).map((g) => g.name)).toEqual([
      "Sheet1",
    ]);
    // A page that names no table: the first is named after its file, as Excel does.
    const unnamed = htmlSheets(readHtmlTables(`<table><tr><td>1</td></tr></table>`), "laporan tw2");
    expect(unnamed.map((s) => s.grid.name)).toEqual(["laporan tw2"]);
  });

  it("a page of several tables is one sheet, as Excel shows it: title table, <br>, report, signature", () => {
    const [g, ...rest] = sheets(`<html><head><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets>
      <x:ExcelWorksheet><x:Name>Evaluasi Renja TW IV</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>
      </xml><![endif]--><title>Cetak</title></head><body>
      <h3>Aplikasi e-Monev</h3>
      <table><tr><td>EVALUASI TERHADAP HASIL RENJA</td></tr><tr><td>Perangkat Daerah : Dinas Kesehatan</td></tr>
      <tr></tr></table>
      <br>
      <table><tr><td>No</td><td>Program</td></tr><tr><td>1</td><td>PROGRAM PENUNJANG</td></tr></table>
      <br><br>
      <p>Kepala Dinas</p>
      <table><tr><td></td><td>dr. Ani</td></tr></table>
      <p>&nbsp;</p>
      <p>Dicetak dari e-Monev</p><br><br>
    </body></html>`);
    expect(rest).toEqual([]);
    expect(g.name).toBe("Evaluasi Renja TW IV");
    expect(at(g, "A1")?.value).toBe("Aplikasi e-Monev");
    expect(at(g, "A2")?.value).toBe("EVALUASI TERHADAP HASIL RENJA");
    expect(at(g, "A3")?.value).toBe("Perangkat Daerah : Dinas Kesehatan");
    // Row 4 is the title table's empty row, row 5 the <br>.
    expect(at(g, "A6")?.value).toBe("No");
    expect(at(g, "B7")?.value).toBe("PROGRAM PENUNJANG");
    // Two <br>, then the paragraph.
    expect(at(g, "A10")?.value).toBe("Kepala Dinas");
    expect(at(g, "B11")?.value).toBe("dr. Ani");
    // After the last table: a blank line (`<p>&nbsp;</p>`) and the closing note; trailing <br> add nothing.
    expect(at(g, "A12")).toBeUndefined();
    expect(at(g, "A13")?.value).toBe("Dicetak dari e-Monev");
    expect(g.rowCount).toBe(13);
  });

  it("decodes the page by its byte-order mark or declared charset", () => {
    const text = "<table><tr><td>Rp 1.000 – Kota Probolinggo ≥</td></tr></table>";
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeText(le)).toBe(text);
    // Saved without the mark, its `charset=utf-16` unreadable as ASCII: the zero bytes tell it, either order.
    expect(decodeText(le.subarray(2))).toBe(text);
    const be = [...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    expect(decodeText(new Uint8Array(be))).toBe(text);
    const latin = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="windows-1252"><table><tr><td>caf'),
      0xe9,
    ]);
    expect(decodeText(latin).endsWith("café")).toBe(true);
  });

  it("windows-1252 bytes 0x80–0x9F are the punctuation Windows typed (– “ ” ’ €), declared or not", () => {
    const punctuation = [0x96, 0x20, 0x93, 0x50, 0x6c, 0x74, 0x2e, 0x94, 0x20, 0x92, 0x20, 0x80];
    const declared = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1252"><td>'), ...punctuation]);
    expect(decodeText(declared).endsWith("– “Plt.” ’ €")).toBe(true);
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'),
      0x96,
    ]);
    expect(decodeText(latin1).endsWith("–")).toBe(true);
    // Not UTF-8 and nothing declared: windows-1252 too.
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96]))).toBe("café –");
  });

  it("a SpreadsheetML 2003 file saved in windows-1252 keeps its accents and dashes", async () => {
    const xml =
      '<?xml version="1.0" encoding="windows-1252"?>\n' +
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" ' +
      'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
      '<Worksheet ss:Name="Judul"><Table><Row><Cell><Data ss:Type="String">caf\u00e9 \u2013 Dinas</Data></Cell></Row>' +
      "</Table></Worksheet></Workbook>";
    const bytes = Uint8Array.from([...xml].map((c) => (c === "\u2013" ? 0x96 : c.charCodeAt(0))));
    const wb = await FileWorkbook.fromBuffer(bytes, "ekspor.xml");
    expect(wb.sourceFormat).toBe("spreadsheetml");
    expect(wb.grid("Judul").cells[0]?.[0]?.value).toBe("café – Dinas");
  });

  it("a web page without a table is refused with one line naming the file", async () => {
    const page = new TextEncoder().encode("<html><body><h1>Sesi berakhir</h1><p>Silakan masuk.</p></body></html>");
    await expect(FileWorkbook.fromBuffer(page, "laporan.xls")).rejects.toThrow(
      new FileWorkbookError(
        'Berkas "laporan.xls" adalah halaman web tanpa tabel, jadi tidak ada lembar kerja untuk dibaca. Unduh ulang laporannya dari aplikasi sebagai Excel, lalu buka lagi.',
      ),
    );
  });
});
