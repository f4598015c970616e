/**
 * Where a generated sheet's pages break. Every page boundary gets a manual break, so the pages come out as planned
 * whenever a page holds at least what the plan puts on it (pageGeometry plans conservatively).
 */

/** The rows of one table, 0-based and inclusive. */
export interface TableRows {
  /** The caption's first row (`Tabel 3.5`). */
  top: number;
  /** The header rows, the row of column numbers included: a sheet of its own repeats them on every page. */
  header: [number, number];
  /** The data rows. */
  body: [number, number];
  /** The last row, footnotes included. */
  end: number;
  /**
   * Further header + body parts inside the same table (Tabel 2.2's program list under its targets): each header
   * is kept with the first row under it.
   */
  parts?: { header: [number, number]; body: [number, number] }[];
}

export interface PagePlanInput {
  /** Last row of the sheet that prints. */
  lastRow: number;
  rowPoints: (row: number) => number;
  /** Sheet points one page holds. */
  capacity: number;
  tables: TableRows[];
  /** Print titles of the sheet: printed again at the top of every page after the first. */
  repeatRows?: [number, number];
  /** Row ranges a page must not break inside (a cell merged over several rows). */
  unbreakable?: [number, number][];
  /**
   * The sheet's one table prints its header again on every page (print titles): a table that fits a page but not
   * under the sheet's title starts under it and breaks between data rows, rather than leave the title alone.
   */
  titleWithTable?: boolean;
}

/** Data rows kept under a header on the header's page (or all of them, when fewer). */
const ROWS_UNDER_HEADER = 2;

export function tableHeight(t: TableRows, rowPoints: (row: number) => number): number {
  return span(t.top, t.end, rowPoints);
}

function span(from: number, to: number, rowPoints: (row: number) => number): number {
  let h = 0;
  for (let r = from; r <= to; r++) h += rowPoints(r);
  return h;
}

/**
 * Rows above which to break the page. A table that fits on a page is never split: it starts a new page when it
 * does not fit in what is left. A taller table starts where at least its caption, header and first data rows fit,
 * and breaks only between data rows (never inside a merged cell when that can be helped); every page boundary of
 * it is a manual break. Rows outside tables flow on.
 */
export function planRowBreaks(input: PagePlanInput): number[] {
  const { rowPoints, capacity } = input;
  const repeat = input.repeatRows ? span(input.repeatRows[0], input.repeatRows[1], rowPoints) : 0;
  const tables = [...input.tables].sort((a, b) => a.top - b.top);
  // A merge taller than a page is split whatever is done: it must not also forbid every break of the rows it spans
  // (a Tujuan merged down a whole table would force the break into a sasaran's own merge).
  const keepable = (input.unbreakable ?? []).filter(([a, b]) => span(a, b, rowPoints) <= capacity - repeat);
  const allowed = breakRows(tables, keepable);
  const breaks: number[] = [];
  let used = 0;
  let pageTop = 0;
  let empty = true;
  /** A table's rows are on the page: a table moved to the next page leaves them, not a title, behind. */
  let tableOnPage = false;
  const newPage = (row: number) => {
    if (row > 0 && breaks[breaks.length - 1] !== row) breaks.push(row);
    pageTop = row;
    used = repeat;
    empty = true;
    tableOnPage = false;
  };
  const place = (from: number, to: number) => {
    used += span(from, to, rowPoints);
    if (to >= from) empty = false;
  };
  /**
   * Rows from..to onto the pages. When a row overflows, the page breaks above the last row of the page that the first
   * of `choices` allows, else the next one's, else at the overflowing row.
   */
  const flow = (from: number, to: number, choices: readonly ((r: number) => boolean)[]) => {
    const lastAbove = (r: number, ok: (k: number) => boolean) => {
      let k = r;
      while (k > pageTop + 1 && !ok(k)) k--;
      return k > pageTop && ok(k) ? k : null;
    };
    for (let r = from; r <= to; r++) {
      if (empty || used + rowPoints(r) <= capacity) {
        place(r, r);
        continue;
      }
      const k = choices.reduce<number | null>((found, ok) => found ?? lastAbove(r, ok), null) ?? r;
      newPage(k);
      place(k, r);
    }
  };
  // In a table: a data row past the first under its header, then any data row but the first (notes keep one with
  // them rather than stand alone under a repeated header), then one splitting only tall merges.
  const inTable = [allowed.has, allowed.hasSecondChoice, allowed.hasLastChoice];
  const anywhere = [() => true];

  let row = 0;
  for (const t of tables) {
    if (t.top < row) continue;
    flow(row, t.top - 1, anywhere);
    const h = tableHeight(t, rowPoints);
    if (empty || used + h <= capacity) {
      if (used + h <= capacity) place(t.top, t.end);
      else flow(t.top, t.end, inTable);
    } else if (repeat + h <= capacity && (tableOnPage || !input.titleWithTable)) {
      newPage(t.top);
      place(t.top, t.end);
    } else {
      // Taller than a page, or than what is left under the sheet's title when its header prints again on every
      // page: it starts here when its caption, header and first rows fit, and breaks between data rows.
      const lead = span(t.top, Math.min(t.body[1], t.header[1] + ROWS_UNDER_HEADER), rowPoints);
      if (used + lead > capacity) newPage(t.top);
      flow(t.top, t.end, inTable);
    }
    tableOnPage = true;
    row = t.end + 1;
  }
  flow(row, input.lastRow, anywhere);
  return breaks;
}

/** A merge at least this many rows tall keeps its text (top-aligned) on its first rows when a page splits it. */
const SPLITTABLE_MERGE_ROWS = 4;

interface BreakRows {
  /** A data row after the first few under a header, inside no merge. */
  has(row: number): boolean;
  /** Any data row but the first under a header, inside no merge. */
  hasSecondChoice(row: number): boolean;
  /** Such a data row inside tall merges only (a Tujuan merged down its sasaran), never a short one. */
  hasLastChoice(row: number): boolean;
}

/**
 * Rows a tall table may break above, best first (see BreakRows). One flag per row up to the last such row (a table
 * can have tens of thousands of rows), and the height in rows of the shortest merge a break above it would split.
 */
function breakRows(tables: TableRows[], unbreakable: [number, number][]): BreakRows {
  let last = -1;
  for (const t of tables) {
    for (const part of [{ header: t.header, body: t.body }, ...(t.parts ?? [])]) last = Math.max(last, part.body[1]);
    for (const part of t.parts ?? []) last = Math.max(last, part.header[0]);
  }
  const flags = new Uint8Array(Math.max(0, last + 1));
  const mark = (r: number, on: 0 | 1 | 2) => {
    if (Number.isInteger(r) && r >= 0 && r <= last) flags[r] = on;
  };
  for (const t of tables) {
    for (const part of [{ header: t.header, body: t.body }, ...(t.parts ?? [])]) {
      const first = Math.min(part.body[1], part.header[1] + ROWS_UNDER_HEADER);
      for (let r = part.header[1] + 2; r <= first; r++) mark(r, 2);
      for (let r = first + 1; r <= part.body[1]; r++) mark(r, 1);
    }
    // A next part's header may start a page, with its rows; the last data row stays with the footnotes.
    for (const part of t.parts ?? []) mark(part.header[0], 1);
  }
  // 0: no merge is split by a break above the row.
  const shortestSplit = new Uint32Array(Math.max(0, last + 1));
  for (const [a, b] of unbreakable) {
    const rows = b - a + 1;
    for (let r = Math.max(a + 1, 0); r <= Math.min(b, last); r++) {
      if (shortestSplit[r] === 0 || rows < shortestSplit[r]) shortestSplit[r] = rows;
    }
  }
  const inRange = (row: number) => Number.isInteger(row) && row >= 0 && row <= last;
  return {
    has: (row) => inRange(row) && flags[row] === 1 && shortestSplit[row] === 0,
    hasSecondChoice: (row) => inRange(row) && flags[row] !== 0 && shortestSplit[row] === 0,
    hasLastChoice: (row) =>
      inRange(row) && flags[row] !== 0 && (shortestSplit[row] === 0 || shortestSplit[row] >= SPLITTABLE_MERGE_ROWS),
  };
}
