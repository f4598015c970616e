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
 * value shows where it leads.
 */
export function writtenContent(
  cell: CellSpec,
  finalNames: ReadonlyMap<string, string>,
): { value: string | number | null; formula?: string } {
  if (cell.formula !== undefined) return { value: cell.result ?? null, formula: cell.formula };
  if (cell.link && (cell.value === null || cell.value === undefined)) {
    return { value: `${linkTarget(cell.link, finalNames).sheet}!${cell.link.cell}` };
  }
  return { value: cell.value ?? null };
}
