import { CellRange } from "../core/grid/grid";
import { GENERAL } from "./cellInput";
import { CONTENT_BYTES_PER_CELL, RequestBudget, rowsPerRequest, STYLE_BYTES_PER_CELL } from "./requestBudget";

/**
 * What the officer set on the empty cells an append would fill: the number format of each cell that has one of its
 * own, by `row,col`, and the positions that carry any look of theirs (a number format, a fill, bold, italic or a
 * font colour). The file writer keeps the style of such a cell (dataPendukungAppend.ts); this is the same rule for
 * Excel, where a cell's look can only be read.
 */
export interface OfficerLooks {
  formatted: ReadonlySet<string>;
  numberFormats: ReadonlyMap<string, string>;
}

const LOOK_PROPS: Excel.CellPropertiesLoadOptions = {
  format: { font: { bold: true, italic: true, color: true }, fill: { pattern: true } },
};

/** A cell without a look of its own answers these (Excel's defaults). */
const PLAIN_FONT_COLOUR = "#000000";

/**
 * Read the looks of `rect` of `sheet`: one request for an ordinary append (a few rows of Data Pendukung), more only
 * when the rows would not fit in one.
 */
export async function readOfficerLooks(
  context: Excel.RequestContext,
  sheet: string,
  rect: CellRange,
  budget: RequestBudget,
): Promise<OfficerLooks> {
  const formatted = new Set<string>();
  const numberFormats = new Map<string, string>();
  const columns = rect.right - rect.left + 1;
  const step = rowsPerRequest(columns, STYLE_BYTES_PER_CELL + CONTENT_BYTES_PER_CELL, budget);
  for (let top = rect.top; top <= rect.bottom; top += step) {
    const rows = Math.min(step, rect.bottom - top + 1);
    const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(top, rect.left, rows, columns);
    range.load("numberFormat");
    const looks = range.getCellProperties(LOOK_PROPS);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request-sized block of rows; an append is one block
    await context.sync();
    const formats: unknown[][] = range.numberFormat;
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult: sync fills its value, nothing to load
    const answers: Excel.CellProperties[][] = looks.value;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        const key = `${top + i},${rect.left + j}`;
        const numFmt = formats[i]?.[j];
        const own = typeof numFmt === "string" && numFmt !== GENERAL;
        if (own) numberFormats.set(key, numFmt);
        if (own || hasLook(answers[i]?.[j])) formatted.add(key);
      }
    }
  }
  return { formatted, numberFormats };
}

function hasLook(p: Excel.CellProperties | undefined): boolean {
  const f = p?.format;
  if (!f) return false;
  if (f.fill?.pattern !== undefined && f.fill.pattern !== "None") return true;
  if (f.font?.bold === true || f.font?.italic === true) return true;
  const colour = f.font?.color;
  return colour !== undefined && colour !== null && colour.toUpperCase() !== PLAIN_FONT_COLOUR;
}
