import { Grid } from "../grid/grid";
import { normaliseHeader } from "./headerWords";
import { periodOf } from "./title";

/** One table of a sheet that holds several, one below the other: its rows and the period its title states. */
export interface StackedBlock {
  /** 0-based first row (its title's first line) and last row (the row before the next table). */
  rows: [number, number];
  triwulan: number | null;
  tahun: number | null;
  /**
   * Another unit's table (`Unit Organisasi : Rumah Sakit Umum Daerah …` under the Dinas's, both of one period): the
   * unit its title names. Never the one read: the sheet's first table says whose report the sheet is.
   */
  unit?: string;
}

/** A title line naming whose table it is: `Perangkat Daerah : Dinas …`, `Unit Organisasi : RSUD …`, `OPD : …`. */
const UNIT_LINE = /^(?:nama\s+)?(?:perangkat\s+daerah|unit\s+organisasi|unit\s+kerja|opd|skpd)\s*:\s*(.+)$/i;

/** How far above a repeated header its title may start (title lines and blank rows between). */
const TITLE_ROWS = 8;
/** Share of the header's words a row must repeat, column by column, to be taken for the same header. */
const SAME_HEADER = 0.6;

/**
 * The tables of other periods stacked below the first one in a sheet: the year kept in one sheet, `S/D TRIWULAN I`
 * then `S/D TRIWULAN II` each with its title and header. A header repeated without a title of another period is a
 * header copied onto each printed page (repeatedHeader.ts), not a new table. Returns every block, the first
 * included, or [] when the sheet holds one table.
 */
export function stackedBlocks(
  grid: Grid,
  headerRows: [number, number],
  first: { triwulan: number | null; tahun: number | null },
): StackedBlock[] {
  const header = headerWords(grid, headerRows[0]);
  if (header.length < 2) return [];
  const [lead] = header;
  const starts: { row: number; triwulan: number | null; tahun: number | null; unit?: string }[] = [];
  const firstUnit = titleAbove(grid, headerRows[0], 0)?.unit ?? null;
  let previous = first;
  for (let r = headerRows[1] + 1; r < grid.rowCount; r++) {
    // Most rows are data: the header's first word is not there as text.
    const leadCell = grid.cells[r]?.[lead.col]?.value;
    if (typeof leadCell !== "string" || normaliseHeader(leadCell) !== lead.word) continue;
    if (!repeatsHeader(grid, r, header)) continue;
    const title = titleAbove(grid, r, starts.length > 0 ? starts[starts.length - 1].row : headerRows[1] + 1);
    if (title === null) continue;
    // Both titles name their unit, and not the same one (a title that names none may be the same office's).
    if (title.unit !== null && firstUnit !== null && unitKey(title.unit) !== unitKey(firstUnit)) {
      starts.push({ row: title.top, triwulan: title.triwulan, tahun: title.tahun, unit: title.unit });
      continue;
    }
    const differs =
      title.triwulan !== null &&
      (title.triwulan !== previous.triwulan || (title.tahun !== null && title.tahun !== previous.tahun));
    if (!differs) continue;
    starts.push({ row: title.top, triwulan: title.triwulan, tahun: title.tahun ?? previous.tahun });
    previous = { triwulan: title.triwulan, tahun: title.tahun ?? previous.tahun };
  }
  if (starts.length === 0) return [];
  const blocks: StackedBlock[] = [{ rows: [0, starts[0].row - 1], triwulan: first.triwulan, tahun: first.tahun }];
  starts.forEach((s, i) =>
    blocks.push({
      rows: [s.row, (starts[i + 1]?.row ?? grid.rowCount) - 1],
      triwulan: s.triwulan,
      tahun: s.tahun,
      ...(s.unit !== undefined ? { unit: s.unit } : {}),
    }),
  );
  return blocks;
}

/** Unit names compared without case, spacing and punctuation. */
function unitKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

/** The latest period's block of the sheet's own unit: the year first, then the triwulan; the lower one on a tie. */
export function latestBlock(blocks: readonly StackedBlock[]): StackedBlock {
  let best = blocks[0];
  for (const b of blocks) {
    if (b.unit !== undefined) continue;
    const later =
      (b.tahun ?? 0) > (best.tahun ?? 0) ||
      ((b.tahun ?? 0) === (best.tahun ?? 0) && (b.triwulan ?? 0) >= (best.triwulan ?? 0));
    if (later) best = b;
  }
  return best;
}

/** The sheet with only a block's rows, at their places (addresses stay those of the sheet). */
export function blockGrid(grid: Grid, block: StackedBlock): Grid {
  const [top, bottom] = block.rows;
  return {
    ...grid,
    cells: grid.cells.map((row, r) => (r >= top && r <= bottom ? row : [])),
    merges: grid.merges.filter((m) => m.top >= top && m.bottom <= bottom),
  };
}

interface HeaderWord {
  col: number;
  word: string;
}

/** The header's top row: each text cell's words by column. */
function headerWords(grid: Grid, row: number): HeaderWord[] {
  const out: HeaderWord[] = [];
  const cells = grid.cells[row] ?? [];
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c]?.value;
    if (typeof v !== "string") continue;
    const word = normaliseHeader(v);
    if (word !== "") out.push({ col: c, word });
  }
  return out;
}

function repeatsHeader(grid: Grid, row: number, header: readonly HeaderWord[]): boolean {
  const cells = grid.cells[row] ?? [];
  let same = 0;
  for (const h of header) {
    const v = cells[h.col]?.value;
    if (typeof v === "string" && normaliseHeader(v) === h.word) same++;
  }
  return same >= Math.max(2, Math.ceil(header.length * SAME_HEADER));
}

/**
 * The title lines right above a header (blank rows between them allowed, a row with a number ends them): the first
 * line's row and the period the lines state; null without a title line.
 */
function titleAbove(
  grid: Grid,
  headerTop: number,
  floor: number,
): { top: number; triwulan: number | null; tahun: number | null; unit: string | null } | null {
  let top = -1;
  let triwulan: number | null = null;
  let tahun: number | null = null;
  let unit: string | null = null;
  for (let r = headerTop - 1; r >= Math.max(floor, headerTop - TITLE_ROWS); r--) {
    const cells = grid.cells[r] ?? [];
    const texts: string[] = [];
    let number = false;
    for (const cell of cells) {
      const v = cell?.value;
      if (typeof v === "number") number = true;
      else if (typeof v === "string" && v.trim() !== "") texts.push(v);
    }
    if (number) break;
    if (texts.length === 0) continue;
    top = r;
    for (const t of texts) {
      const m = UNIT_LINE.exec(t.trim());
      if (m && m[1].trim() !== "") unit = m[1].trim();
    }
    const p = periodOf(texts.join(" "));
    // The line nearest the header that states a period wins (a signature's date above it belongs to the table
    // before).
    if (triwulan === null && p.triwulan !== null) {
      triwulan = p.triwulan;
      if (p.tahun !== null) tahun = p.tahun;
    } else if (triwulan === null && tahun === null && p.tahun !== null) tahun = p.tahun;
  }
  return top < 0 ? null : { top, triwulan, tahun, unit };
}
