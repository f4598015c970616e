import { normaliseHeader } from "./headerWords";
import { CellReader, collapseSpaces } from "./readCells";

export interface TitleInfo {
  /** Title lines above the header, as written. */
  title: string[];
  triwulan: number | null;
  tahun: number | null;
  /** Where the triwulan was read: a title line, or the sheet's name when no title line states one. */
  triwulanFrom: "judul" | "lembar" | null;
  /** The triwulan the sheet's name states where it differs from the title's: the title's is read. */
  triwulanLembar?: number;
}

const QUARTER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** The reporting period a title line states: `S/D TRIWULAN II TAHUN 2022`, `s.d. Triwulan 4 Tahun 2022`, `TW III 2022`. */
export function periodOf(text: string): { triwulan: number | null; tahun: number | null } {
  const label = normaliseHeader(text);
  let triwulan: number | null = null;
  // A range (`TRIWULAN III - IV`, `TW I s.d. IV`): the period runs to its last quarter.
  const range =
    /\b(?:TRIWULAN|TRIW|TRW|TW)\s*(?:IV|III|II|I|[1-4])\s+(?:S D |SD |SAMPAI DENGAN |SAMPAI |HINGGA |DAN )?(?:TRIWULAN |TRIW |TRW |TW )?(IV|III|II|I|[1-4])\b/.exec(
      label,
    );
  const q = range ?? /\b(?:TRIWULAN|TRIW|TRW|TW)\s*(IV|III|II|I|[1-4])\b/.exec(label);
  if (q) triwulan = QUARTER[q[1]];
  else {
    const semester = /\bSEMESTER\s*(II|I|1|2)\b/.exec(label);
    if (semester) triwulan = semester[1] === "I" || semester[1] === "1" ? 2 : 4;
  }
  const year = /\b(19\d{2}|20\d{2})\b/.exec(label);
  return { triwulan, tahun: year ? Number(year[1]) : null };
}

/**
 * Title lines (each row's cells joined) and the triwulan and tahun they state; the first line stating one wins, and
 * the sheet's name when none does.
 */
export function readTitle(reader: CellReader, headerTop: number): TitleInfo {
  const title: string[] = [];
  // Words right of the table (a stray `x`, a note far off in column IV) are no part of its title (fmt42 D6: glued into
  // the office's name in every generated table).
  const right = rightmostHeaderColumn(reader, headerTop);
  for (let r = 0; r < headerTop; r++) {
    const cells = reader.grid.cells[r] ?? [];
    const parts: string[] = [];
    for (let c = 0; c < Math.min(cells.length, right + 1); c++) {
      if (reader.merges.isCovered(r, c)) continue;
      const t = reader.text(r, c);
      if (t) parts.push(t);
    }
    const line = collapseSpaces(parts.join(" "));
    if (line) title.push(line);
  }
  let triwulan: number | null = null;
  let tahun: number | null = null;
  for (const line of title) {
    const p = periodOf(line);
    if (triwulan === null && p.triwulan !== null) {
      triwulan = p.triwulan;
      if (p.tahun !== null) tahun = p.tahun;
    }
  }
  if (tahun === null) tahun = title.map((l) => periodOf(l).tahun).find((y) => y !== null) ?? null;
  // A title that gives only the year (or nothing) leaves the period to the sheet's name: `TW I 2024`, `Triwulan II`;
  // one that gives the triwulan without the year (`S/D TRIWULAN III`) leaves it the year (`PK TW III 2023`).
  // `TW4 (2)`: the ` (2)` Excel gives a copy of a sheet is no quarter (nor the end of a range `TW I - II`).
  const named = periodOf(reader.grid.name.replace(/\s*\(\d+\)$/, ""));
  if (triwulan !== null) {
    const read: TitleInfo = { title, triwulan, tahun: tahun ?? named.tahun, triwulanFrom: "judul" };
    if (named.triwulan !== null && named.triwulan !== triwulan) read.triwulanLembar = named.triwulan;
    return read;
  }
  return {
    title,
    triwulan: named.triwulan,
    tahun: tahun ?? named.tahun,
    triwulanFrom: named.triwulan !== null ? "lembar" : null,
  };
}

/** The last column of the header's first row that shows a text (a merge's columns show its master's); all without one. */
function rightmostHeaderColumn(reader: CellReader, headerTop: number): number {
  const cells = reader.grid.cells[headerTop] ?? [];
  let right = Math.max(cells.length, reader.grid.colCount) - 1;
  while (right >= 0 && reader.masterText(headerTop, right) === "") right--;
  return right < 0 ? Number.MAX_SAFE_INTEGER : right;
}
