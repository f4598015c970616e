/** The grid exceljs gives for a worksheet: the yardstick the product's own reader (src/file/xlsx) is compared with. */
import ExcelJS from "exceljs";
import { CellRange, CellValue, Grid, GridCell } from "../../src/core/grid/grid";

const T = ExcelJS.ValueType;
const MS_PER_DAY = 24 * 3600 * 1000;
/**
 * Text from exceljs's XML parser can be a rope of slices that keeps whole parsed chunks of the file alive (about
 * 40% of a large grid's heap). Any regex test makes V8 flatten the string into a compact copy.
 */
const FLATTEN = /^/;

function flat(s: string): string {
  FLATTEN.test(s);
  return s;
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * An exceljs worksheet as the engine's Grid. Cheap per cell: one switch on the type and reads of shared style
 * objects; merged-away cells are empty; formula cells hold their cached result.
 */
export function readGrid(worksheet: ExcelJS.Worksheet): Grid {
  const date1904 = Boolean(worksheet.workbook?.properties?.date1904);
  const cells: (GridCell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  worksheet.eachRow((row, rowNumber) => {
    const out: (GridCell | undefined)[] = [];
    row.eachCell((cell, colNumber) => {
      const gridCell = toGridCell(cell, date1904);
      if (gridCell) out[colNumber - 1] = gridCell;
    });
    if (out.length === 0) return;
    cells[rowNumber - 1] = out;
    rowCount = rowNumber;
    if (out.length > colCount) colCount = out.length;
  });
  for (let r = 0; r < rowCount; r++) if (!cells[r]) cells[r] = [];
  return { name: worksheet.name, rowCount, colCount, cells, merges: readMerges(worksheet) };
}

function toGridCell(cell: ExcelJS.Cell, date1904: boolean): GridCell | undefined {
  let value: CellValue;
  let formula: string | undefined;
  let text: string | undefined;
  switch (cell.type) {
    case T.Null:
    case T.Merge:
      return undefined;
    case T.Formula:
      formula = cell.formula || undefined;
      ({ value, text } = fromResult(cell.result, date1904));
      break;
    case T.Error:
      text = (cell.value as ExcelJS.CellErrorValue).error;
      value = text;
      break;
    default:
      ({ value, text } = fromResult(cell.value, date1904));
  }
  const result: GridCell = { value };
  if (text !== undefined) result.text = text;
  if (formula !== undefined) result.formula = formula;
  const style = cell.style;
  if (style) {
    if (style.numFmt) result.numFmt = style.numFmt;
    if (style.font?.bold) result.bold = true;
    const indent = style.alignment?.indent;
    if (indent) result.indent = indent;
  }
  return result;
}

/** A plain value, a formula result, a rich text, a hyperlink, a date or an error value as a Grid value. */
function fromResult(v: unknown, date1904: boolean): { value: CellValue; text?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "string") return { value: flat(v) };
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: toSerial(v, date1904) };
  if (typeof v === "object") {
    const o = v as { error?: string; richText?: { text: string }[]; text?: unknown; hyperlink?: string };
    if (typeof o.error === "string") return { value: o.error, text: o.error };
    if (Array.isArray(o.richText)) return { value: flat(richTextToString(o.richText)) };
    if (o.hyperlink !== undefined) return fromResult(o.text, date1904);
  }
  return { value: String(v) };
}

function richTextToString(runs: { text: string }[]): string {
  let s = "";
  for (const run of runs) s += run.text ?? "";
  return s;
}

function toSerial(d: Date, date1904: boolean): number {
  return 25569 + d.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0);
}

/** Merged ranges, 0-based. Reads exceljs's own merge list: `worksheet.model` would rebuild every cell's model. */
function readMerges(worksheet: ExcelJS.Worksheet): CellRange[] {
  const internal = (worksheet as unknown as { _merges?: Record<string, RangeLike> })._merges;
  const ranges: RangeLike[] = internal
    ? Object.values(internal)
    : worksheet.model.merges.map((a) => {
        const [from, to = from] = a.split(":");
        const f = worksheet.getCell(from);
        const t = worksheet.getCell(to);
        return { top: Number(f.row), left: Number(f.col), bottom: Number(t.row), right: Number(t.col) };
      });
  return ranges.map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}
