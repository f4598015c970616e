import { CellSpec } from "../core/tables/sheetSpec";
import { atShownDigits, linkTarget } from "../core/workbook/writtenContent";

export { linkTarget };

export const GENERAL = "General";
const TEXT_FORMAT = "@";

const MONTH = "(jan|feb|mar|apr|may|mei|jun|jul|aug|agu|agt|sep|oct|okt|nov|dec|des)\\p{L}*";
const DATE_WITH_MONTH = [
  new RegExp(`^\\d{1,2}[\\s\\-/.]+${MONTH}([\\s\\-/.,]+\\d{2,4})?$`, "iu"),
  new RegExp(`^${MONTH}[\\s\\-/.]+\\d{1,4}([\\s\\-/.,]+\\d{2,4})?$`, "iu"),
];

/**
 * Whether Excel, taking `text` as if typed, would store something else: a formula (`=`, `+`, `-`, `@`), a number,
 * a percentage, a date or time ("2.18.03", "1/2", "10:30", "Jan-22"), a currency, a boolean or an error value.
 * Such text is written into a cell formatted as text, so it stays exactly as the engine made it.
 */
export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@]./.test(t)) return true;
  if (/^(true|false|benar|salah)$/i.test(t)) return true;
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/i.test(t)) return true;
  const numberPart = t.replace(/^rp\.?\s*/i, "");
  if (/\d/.test(numberPart) && /^[\d\s.,:/%()$€£¥+\-eE]*$/.test(numberPart)) return true;
  return DATE_WITH_MONTH.some((re) => re.test(t));
}

/** What goes into the bulk `formulas` and `numberFormat` arrays for one cell. */
export interface CellWrite {
  input: string | number;
  numFmt: string;
}

/** The text a link cell shows: its value, or where it leads when it has none (as the file writer does). */
export function linkText(cell: CellSpec, targetSheet: string): string | number {
  if (cell.value === null || cell.value === undefined) return `${targetSheet}!${cell.link?.cell ?? ""}`;
  return cell.value;
}

export function cellWrite(cell: CellSpec, finalNames: ReadonlyMap<string, string>): CellWrite {
  const numFmt = cell.numFmt ?? GENERAL;
  if (cell.formula !== undefined) return { input: `=${cell.formula}`, numFmt };
  const shown = cell.link ? linkText(cell, linkTarget(cell.link, finalNames).sheet) : cell.value;
  if (shown === null || shown === undefined) return { input: "", numFmt };
  // As the file writer writes it (writtenContent): 15 significant digits, read back alike after any save.
  if (typeof shown === "number") return { input: atShownDigits(shown), numFmt };
  return { input: shown, numFmt: excelWouldConvert(shown) ? TEXT_FORMAT : numFmt };
}
