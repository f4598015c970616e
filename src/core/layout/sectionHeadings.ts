import { ColumnMap } from "../model/columns";
import { onlyTextOfRow } from "./pageLines";
import { CellReader } from "./readCells";

/**
 * `I. TUJUAN : MENINGKATNYA …`, `Tujuan 2:`, `A. Sasaran: …`, `SASARAN I : …`, `Sasaran Strategis 2 -`: a heading
 * over a tujuan's or a sasaran's rows, told by the word after an optional numbering and before a separator.
 */
const headingOf = (word: string) =>
  new RegExp(
    String.raw`^(?:(?:[IVXLC]+|\d{1,2}|[A-Za-z])[.)]\s*)?${word}(?:\s+strategis)?(?:\s+[IVXLC\d]+)?\s*[:.–—-]`,
    "i",
  );
const HEADING = { tujuan: headingOf("tujuan"), sasaran: headingOf("sasaran") } as const;

export type HeadingLevel = keyof typeof HEADING;

/** A tujuan or a sasaran written as a heading: its words, the indikator it names, and the column its text starts in. */
export interface SectionHeading {
  level: HeadingLevel;
  name: string;
  /** `(Indikator: UHH)` after a tujuan's words: its indikator tujuan. */
  indikatorTujuan?: string;
  col: number;
}

/**
 * A row that only heads the tujuan or the sasaran below it, written across the table where the sheet has no column
 * for it (merged, or its text in every cell): no sasaran, indikator or program of its own. A sheet with a TUJUAN or
 * SASARAN column reads such a row as the name in that column. Null for any other row.
 */
export function sectionHeadingOf(reader: CellReader, row: number, columns: ColumnMap): SectionHeading | null {
  for (const level of ["tujuan", "sasaran"] as const) {
    if (columns[level] !== undefined) continue;
    if (!onlyTextOfRow(reader, row, (t) => HEADING[level].test(t.trim()))) continue;
    const cells = reader.grid.cells[row] ?? [];
    const col = cells.findIndex((c) => typeof c?.value === "string" && c.value !== "");
    return { level, ...headingWords(level, reader.text(row, col)), col };
  }
  return null;
}

/**
 * A sasaran named in the indikator column above its indikator (`Sasaran: Meningkatnya …` over `Indikator: …`, in a
 * column headed `SASARAN / INDIKATOR KINERJA`) on a sheet without a SASARAN column; null for any other cell.
 */
export function sasaranInIndikatorColumn(text: string, columns: ColumnMap): string | null {
  if (columns.sasaran !== undefined || !HEADING.sasaran.test(text)) return null;
  return headingWords("sasaran", text).name;
}

/** The sasaran a row's indikator cell names (sasaranInIndikatorColumn); the cell is read only without a SASARAN column. */
export function sasaranInIndikatorCell(reader: CellReader, row: number, columns: ColumnMap): string | null {
  if (columns.sasaran !== undefined) return null;
  return sasaranInIndikatorColumn(reader.nameText(row, columns.indikatorSasaran), columns);
}

/** Any data row names a sasaran as a heading: a sheet without a SASARAN column still has its sasaran. */
export function hasSasaranHeadings(reader: CellReader, columns: ColumnMap, first: number, last: number): boolean {
  for (let r = first; r <= last; r++) {
    if (sectionHeadingOf(reader, r, columns)?.level === "sasaran") return true;
    if (sasaranInIndikatorCell(reader, r, columns) !== null) return true;
  }
  return false;
}

/** A heading's own words: `MENINGKATNYA …`, and for a tujuan the indikator it names in brackets. */
export function headingWords(level: HeadingLevel, text: string): Pick<SectionHeading, "name" | "indikatorTujuan"> {
  const name = text.trim().replace(HEADING[level], "").trim();
  const m = level === "tujuan" ? /\s*\(\s*indikator(?:\s+tujuan)?\s*:\s*([^)]+)\)\s*$/i.exec(name) : null;
  if (!m) return { name };
  return { name: name.slice(0, m.index).trim(), indikatorTujuan: m[1].trim() };
}
