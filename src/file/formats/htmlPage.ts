import { sheetHeadingName } from "./htmlGrid";
import { HtmlCell, HtmlTable, tableHasContent } from "./htmlTables";

/**
 * The tables of one HTML page as Excel opens it: one sheet holding the whole page, each table's rows in turn and
 * the lines between them (a title table, a `<br>`, the report, the signature table), so that every address is the
 * one the officer sees in Excel. Only LibreOffice's export of a workbook, whose every table is headed as a sheet of
 * its own, stays one sheet per table. The sheet is named as the page names its worksheet (`<x:Name>` of Excel's
 * and the apps' exports), else by the first table's heading or the page title.
 */
export function pageTables(tables: HtmlTable[], html: string): HtmlTable[] {
  const used = tables.filter(tableHasContent);
  if (used.length >= 2 && used.every((t) => t.caption !== null && sheetHeadingName(t.caption) !== null)) return tables;
  if (used.length === 0) return [];
  const worksheetName = /<x:ExcelWorksheet>\s*<x:Name>([^<]+)<\/x:Name>/i.exec(html)?.[1].trim();
  return [stacked(tables, worksheetName || tables[0].caption)];
}

function stacked(tables: HtmlTable[], caption: string | null): HtmlTable {
  const [only] = tables;
  if (tables.length === 1 && only.linesBefore.length === 0 && !only.linesAfter?.some((l) => l !== "")) {
    return { ...only, caption };
  }
  const cells: HtmlCell[] = [];
  let top = 0;
  for (const table of tables) {
    for (const text of table.linesBefore) {
      if (text !== "") cells.push(lineCell(top, text));
      top++;
    }
    for (const c of table.cells) cells.push({ ...c, row: c.row + top });
    top += table.rows;
    for (const text of table.linesAfter ?? []) {
      if (text !== "") cells.push(lineCell(top, text));
      top++;
    }
  }
  // Columns are as wide as the widest table sets them: the report, not its title or signature.
  const widths = tables.reduce((a, t) => (t.columnWidths.length > a.length ? t.columnWidths : a), [] as number[]);
  return { caption, cells, columnWidths: widths, rows: top, linesBefore: [] };
}

function lineCell(row: number, text: string): HtmlCell {
  return {
    row,
    col: 0,
    rowSpan: 1,
    colSpan: 1,
    text,
    attributes: new Map(),
    style: new Map(),
    rowStyle: new Map(),
    rowAttributes: new Map(),
    bold: false,
  };
}
