import { quoteSheetName } from "../grid/address";
import { CellSpec } from "../tables/sheetSpec";

/** A link to another generated sheet follows that sheet's final name (it may have got a suffix). */
export function linkTarget(
  link: NonNullable<CellSpec["link"]>,
  finalNames: ReadonlyMap<string, string>,
): { sheet: string; reference: string } {
  const sheet = finalNames.get(link.sheet) ?? link.sheet;
  return { sheet, reference: `${quoteSheetName(sheet)}!${link.cell}` };
}

/**
 * What a cell of a spec holds once written, in every writer: its formula, or its value; a link cell without a
 * value shows where it leads. A number is written at the 15 significant digits Excel shows and LibreOffice keeps: a
 * computed share written with 17 (0.32051282051282054) came back from a program that writes the shortest form
 * (openpyxl: 0.3205128205128205) on the other side of a 15-digit rounding, and the untouched sheet was taken for one
 * the officer had edited (dp35 D2). A number of at most 15 digits reads back as itself through every such save.
 */
export function writtenContent(
  cell: CellSpec,
  finalNames: ReadonlyMap<string, string>,
): { value: string | number | null; formula?: string } {
  if (cell.formula !== undefined) return { value: cell.result ?? null, formula: cell.formula };
  if (cell.link && (cell.value === null || cell.value === undefined)) {
    return { value: `${linkTarget(cell.link, finalNames).sheet}!${cell.link.cell}` };
  }
  const value = cell.value ?? null;
  return { value: typeof value === "number" ? atShownDigits(value) : value };
}

/** Significant digits a number keeps through a save (LibreOffice) and on screen (Excel). */
const KEPT_DIGITS = 15;

/** The number at KEPT_DIGITS significant digits (itself when it has no more). */
export function atShownDigits(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(KEPT_DIGITS)) : n;
}
