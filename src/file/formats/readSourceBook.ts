import { DEFAULT_LIMITS, PackageLimits, ZipError, checkZipLimits } from "../package/zipArchive";
import { htmlSheets } from "./htmlGrid";
import { HtmlTable, readHtmlTables } from "./htmlTables";
import { pageTables } from "./htmlPage";
import { mhtmlHtmlParts } from "./mhtml";
import { readWithSheetJs } from "./sheetjsBook";
import { OtherFormat, SourceBook, SourceReadError } from "./sourceBook";
import { decodeText } from "./textBytes";

/**
 * Read a file that is not an .xlsx into sheets: .xls, .ods and SpreadsheetML 2003 with SheetJS, HTML tables and
 * MHTML pages with this folder's own reader (see README.md). Throws SourceReadError when the content cannot be read.
 */
export async function readSourceBook(
  bytes: Uint8Array,
  format: OtherFormat,
  limits: PackageLimits = DEFAULT_LIMITS,
  fileName = "",
): Promise<SourceBook> {
  const stem = (fileName.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "");
  // Readers hold a whole file in memory several times over: the bound of an unpacked package applies to it as it is.
  if (bytes.length > limits.maxExpandedBytes) throw new ZipError({ kind: "too-large", expandedBytes: bytes.length });
  switch (format) {
    case "ods":
      if (bytes[0] === 0x50) checkZipLimits(bytes, limits);
      else checkXmlComplete(bytes, "office:document");
      return readWithSheetJs(bytes, format);
    case "spreadsheetml":
      checkXmlComplete(bytes, "Workbook");
      return readWithSheetJs(bytes, format);
    case "xls":
      return readWithSheetJs(bytes, format);
    case "html": {
      const html = decodeText(bytes);
      checkHtmlComplete(html);
      const tables = pageTables(readHtmlTables(html), html);
      const folder = tables.length === 0 ? sheetsFolder(html) : null;
      if (folder !== null) throw new SourceReadError("web-folder", folder);
      return htmlBook(tables, format, stem);
    }
    case "mhtml":
      return htmlBook(mhtmlTables(bytes), format, stem);
  }
}

/**
 * An XML workbook (SpreadsheetML 2003, flat .ods) ends with its root's closing tag; one cut short (an interrupted
 * download or copy) would be read up to the cut without a word, its last sheets missing.
 */
function checkXmlComplete(bytes: Uint8Array, root: string): void {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] <= 0x20 || bytes[end - 1] === 0)) end--;
  // The tail is ASCII whatever the encoding (UTF-16 aside, whose NULs are skipped): `</Workbook>`, `</ss:Workbook>`.
  let tail = "";
  for (let i = Math.max(0, end - 64); i < end; i++) if (bytes[i] !== 0) tail += String.fromCharCode(bytes[i]);
  const closing = new RegExp(`</(?:[A-Za-z]+:)?${root.replace(/^[a-z]+:/, "")}\\s*>$`);
  if (!closing.test(tail))
    throw new SourceReadError("damaged", `berkas terpotong: penutup </${root}> tidak ada di akhirnya`);
}

/**
 * A page whose last table is never closed was cut short (an interrupted download): read, it would give part of the
 * table as if it were all of it. Browsers and exporters always close their tables.
 */
function checkHtmlComplete(html: string): void {
  const lower = html.slice(-4_000_000).toLowerCase();
  const open = lower.lastIndexOf("<table");
  if (open >= 0 && lower.indexOf("</table", open) < 0) {
    throw new SourceReadError("damaged", "halaman terpotong: tabel terakhirnya tidak ditutup");
  }
}

/**
 * The folder of Excel's "Web Page" save (`laporan.htm` beside `laporan_files/sheet001.htm`, one part per sheet): the
 * page itself holds only a frameset pointing there (fmt42 D3: it was called a web page without a table).
 */
function sheetsFolder(html: string): string | null {
  const source = /<x:WorksheetSource\s+HRef="([^"]+)"/i.exec(html) ?? /<frame\s[^>]*src="([^"]+\.html?)"/i.exec(html);
  const path = source?.[1].split(/[\\/]/) ?? [];
  return path.length > 1 ? path[path.length - 2] : null;
}

function htmlBook(tables: HtmlTable[], format: "html" | "mhtml", fileStem: string): SourceBook {
  const sheets = htmlSheets(tables, fileStem);
  if (sheets.length === 0) throw new SourceReadError("no-table");
  return { format, sheets, names: [] };
}

/**
 * The tables of every HTML part of a saved page. Excel's "Single File Web Page" keeps one part per sheet and names
 * them in its main part (`<x:Name>` next to `<x:WorksheetSource HRef=…>`); a browser's saved page has one part.
 */
function mhtmlTables(bytes: Uint8Array): HtmlTable[] {
  const parts = mhtmlHtmlParts(bytes);
  const sheetNames = new Map<string, string>();
  for (const part of parts) {
    const entries = part.text.matchAll(/<x:Name>([^<]*)<\/x:Name>\s*<x:WorksheetSource\s+HRef\s*=\s*"([^"]*)"/gi);
    for (const [, name, href] of entries) sheetNames.set(baseName(href), name.trim());
  }
  return parts.flatMap((part) => {
    const tables = pageTables(readHtmlTables(part.text), part.text);
    const name = sheetNames.get(baseName(part.location));
    return name && tables.length === 1 ? [{ ...tables[0], caption: name }] : tables;
  });
}

function baseName(location: string): string {
  return location.split(/[\\/]/).pop()?.toLowerCase() ?? "";
}
