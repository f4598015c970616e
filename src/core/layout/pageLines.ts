import { CellReader } from "./readCells";

/** A page line of a print-ready copy: `Halaman 2 dari 5`, `Hal. 2/5`, `- 2 -`, `Page 2 of 5`. */
const PAGE_LINE = /^(?:(?:halaman|hlm\.?|hal\.?|page)\s*:?\s*\d+(?:\s*(?:dari|of|\/)\s*\d+)?|-\s*\d+\s*-)$/i;

export function isPageLineText(text: string): boolean {
  return PAGE_LINE.test(text.trim());
}

/**
 * A row that holds nothing but a page line (offices lay a sheet out for print by hand and centre `Halaman 2 dari 5`
 * across the table, or a PDF conversion leaves it there): print furniture, not a tujuan, a sasaran or a budget row.
 * A line merged across the table counts once, whether the host repeats its text in the covered cells or not.
 */
export function isPageLineRow(reader: CellReader, row: number): boolean {
  return onlyTextOfRow(reader, row, isPageLineText);
}

/** The row holds text only, at least one cell, and every text passes `test`. */
export function onlyTextOfRow(reader: CellReader, row: number, test: (text: string) => boolean): boolean {
  const cells = reader.grid.cells[row];
  if (!cells) return false;
  let found = false;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c]?.value;
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string" || !test(v)) return false;
    found = true;
  }
  return found;
}
