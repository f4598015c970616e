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

/** `I. TUJUAN : MENINGKATNYA DERAJAT KESEHATAN …` (`TUJUAN 2:`, `A. Tujuan -`): a heading over a tujuan's rows. */
const TUJUAN_HEADING = /^(?:(?:[IVXLC]+|\d{1,2}|[A-Za-z])[.)]\s*)?tujuan(?:\s+strategis)?(?:\s+[IVXLC\d]+)?\s*[:.–—-]/i;

/** A tujuan written as a heading: its words, the indikator it names, and the column its text starts in. */
export interface TujuanHeading {
  name: string;
  indikatorTujuan?: string;
  col: number;
}

/**
 * A row that only heads the tujuan its sasaran serve, written across the table where the sheet has no TUJUAN column
 * (merged, or its text in every cell): no sasaran, indikator or program of its own. Null for any other row.
 */
export function tujuanHeadingOf(reader: CellReader, row: number): TujuanHeading | null {
  if (!onlyTextOfRow(reader, row, (t) => TUJUAN_HEADING.test(t.trim()))) return null;
  const cells = reader.grid.cells[row] ?? [];
  const col = cells.findIndex((c) => typeof c?.value === "string" && c.value !== "");
  return { ...tujuanOfHeading(reader.text(row, col)), col };
}

/** A tujuan heading's own words: `MENINGKATNYA …`, and the indikator it names in brackets (`(Indikator: UHH)`). */
export function tujuanOfHeading(text: string): Omit<TujuanHeading, "col"> {
  const name = text.trim().replace(TUJUAN_HEADING, "").trim();
  const m = /\s*\(\s*indikator(?:\s+tujuan)?\s*:\s*([^)]+)\)\s*$/i.exec(name);
  if (!m) return { name };
  return { name: name.slice(0, m.index).trim(), indikatorTujuan: m[1].trim() };
}

/** The row holds text only, at least one cell, and every text passes `test`. */
function onlyTextOfRow(reader: CellReader, row: number, test: (text: string) => boolean): boolean {
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
