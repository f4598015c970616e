/**
 * Writes an ErSheet as SIPD-fed web apps save their reports for Excel: one HTML <table> (title rows, a header with
 * rowspan/colspan, the body, a footer row) under an .xls name, every cell marked as text with
 * mso-number-format:"\@" so Excel keeps `1.234.567` and `12.97` as typed.
 */
import { ErSheet } from "./sheet";

export interface HtmlParts {
  /** Rows of the <thead> (title and header rows), inclusive. */
  head: [number, number];
  /** Rows of the <tfoot>, inclusive; null for none. */
  foot: [number, number] | null;
  title: string;
}

function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function sheetToHtml(sheet: ErSheet, parts: HtmlParts): string {
  const cols = sheet.widths.length;
  const covered = new Set<string>();
  const span = new Map<string, { rows: number; cols: number }>();
  for (const m of sheet.merges) {
    span.set(`${m.top}:${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const rowHtml = (r: number): string => {
    const tds: string[] = [];
    for (let c = 1; c <= cols; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const cell = sheet.get(r, c);
      const s = span.get(`${r}:${c}`);
      const attrs = [s && s.rows > 1 ? ` rowspan="${s.rows}"` : "", s && s.cols > 1 ? ` colspan="${s.cols}"` : ""].join(
        "",
      );
      const css = ['mso-number-format:"\\@"'];
      if (cell?.style?.border) css.push("border:.5pt solid windowtext");
      if (cell?.style?.h && cell.style.h !== "left") css.push(`text-align:${cell.style.h}`);
      if (cell?.style?.bold) css.push("font-weight:bold");
      const text = cell?.value === null || cell?.value === undefined ? "" : escape(String(cell.value));
      tds.push(`<td${attrs} style='${css.join(";")}'>${text}</td>`);
    }
    return `<tr>${tds.join("")}</tr>`;
  };
  const rows = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => rowHtml(from + i)).join("\n");
  const last = sheet.lastRow();
  const bodyEnd = parts.foot ? parts.foot[0] - 1 : last;
  return [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
    `<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${escape(parts.title)}</title></head>`,
    '<body><div id="cetak"><table border="1" cellpadding="2" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:9pt">',
    `<thead>\n${rows(1, parts.head[1])}\n</thead>`,
    `<tbody>\n${rows(parts.head[1] + 1, bodyEnd)}\n</tbody>`,
    parts.foot ? `<tfoot>\n${rows(parts.foot[0], parts.foot[1])}\n</tfoot>` : "",
    "</table></div></body></html>",
    "",
  ].join("\n");
}
