import { planRowBreaks, TableRows } from "../../../src/core/tables/pageBreaks";
import { pageGeometry } from "../../../src/core/tables/pageGeometry";
import { estimateRowHeights, MAX_ROW_POINTS, wrappedLines } from "../../../src/core/tables/rowHeights";
import { LANDSCAPE_A4 } from "../../../src/core/tables/sheetBuilder";

/** A table of `rows` data rows at `top`: 3 caption rows, 2 header rows, the data, 1 footnote. */
function tableAt(top: number, rows: number): TableRows {
  const header: [number, number] = [top + 3, top + 4];
  const body: [number, number] = [top + 5, top + 4 + rows];
  return { top, header, body, end: body[1] + 1 };
}

const flat = () => 15;

/** The rows each page prints, from the planned breaks. */
function pages(breaks: number[], lastRow: number): [number, number][] {
  const starts = [0, ...breaks];
  return starts.map((s, i) => [s, (starts[i + 1] ?? lastRow + 1) - 1]);
}

/** Page boundaries the printing rules forbid, and tables that fit a page but were split. */
function violations(
  tables: TableRows[],
  breaks: number[],
  lastRow: number,
  capacity: number,
  points: (r: number) => number,
) {
  const out: string[] = [];
  for (const t of tables) {
    let h = 0;
    for (let r = t.top; r <= t.end; r++) h += points(r);
    const inside = breaks.filter((b) => b > t.top && b <= t.end);
    // Only under the sheet's title (no other table on its page) may a table that fits a page start there and
    // break, so that the title does not stand alone on a page.
    const pageStart = Math.max(0, ...breaks.filter((b) => b <= t.top));
    const underTitle = !tables.some((o) => o !== t && o.end >= pageStart && o.top < t.top);
    if (h <= capacity && inside.length > 0 && !underTitle)
      out.push(`table at ${t.top} fits a page but breaks at ${inside}`);
    for (const b of inside) if (b <= t.header[1] + 1) out.push(`table at ${t.top}: caption or header alone above ${b}`);
  }
  for (const [a, z] of pages(breaks, lastRow)) {
    let h = 0;
    for (let r = a; r <= z; r++) h += points(r);
    if (h > capacity + 1e-9 && z > a) out.push(`page ${a}..${z} holds ${h} points, more than ${capacity}`);
  }
  return out;
}

describe("row heights", () => {
  it("wraps at word boundaries and splits words longer than a line", () => {
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("satu dua", 10)).toBe(1);
    expect(wrappedLines("satu dua tiga", 10)).toBe(2);
    expect(wrappedLines("Penyelenggaraan", 5)).toBe(3);
    expect(wrappedLines("ab Penyelenggaraan cd", 5)).toBe(5);
  });

  it("gives a merged cell's wrapped text enough height over its rows, and leaves one-line rows alone", () => {
    const text = "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan";
    const cells = [
      { row: 0, col: 0, cell: { value: text, wrap: true } },
      { row: 3, col: 0, cell: { value: text, wrap: true } },
      { row: 5, col: 0, cell: { value: "pendek", wrap: true } },
    ];
    const heights = estimateRowHeights(cells, [{ top: 3, left: 0, bottom: 4, right: 0 }], [20]);
    const h0 = heights.find((h) => h.row === 0)!.height;
    expect(h0).toBeGreaterThanOrEqual(45);
    const merged = heights.filter((h) => h.row === 3 || h.row === 4);
    expect(merged.reduce((a, h) => a + h.height, 0)).toBeGreaterThanOrEqual(h0);
    expect(heights.find((h) => h.row === 5)).toBeUndefined();
  });
});

describe("page geometry: A4 landscape, fit to one page wide", () => {
  it("a sheet narrower than the page prints at 100%: (595 − 108) points a page, less a safety share", () => {
    const g = pageGeometry([20, 20, 20], LANDSCAPE_A4);
    expect(g.scale).toBe(1);
    expect(g.capacity).toBeCloseTo(487 * 0.97, 6);
    expect(Math.floor(g.capacity / 15)).toBe(31);
  });

  it("a wider sheet is shrunk to the page width, to a whole percentage, and a page then holds more rows", () => {
    const widths = [40, 40, 40, 30, 30];
    const g = pageGeometry(widths, LANDSCAPE_A4);
    const sheetPoints = widths.reduce((a, w) => a + (w * 7 + 5) * 0.75, 0);
    expect(g.scale).toBe(Math.floor((770 / sheetPoints) * 100) / 100);
    expect(g.scale).toBeLessThan(1);
    expect(g.capacity).toBeCloseTo((487 / g.scale) * 0.97, 6);
    expect(Math.floor(g.capacity / 15)).toBeGreaterThan(31);
  });

  it("without fitting the width the scale stays 100%", () => {
    expect(pageGeometry([200, 200], { ...LANDSCAPE_A4, fitToWidth: false }).scale).toBe(1);
  });
});

describe("page breaks", () => {
  const capacity = 300; // 20 rows of 15 points

  it("never splits a table that fits a page: it moves to the next page whole", () => {
    const tables = [tableAt(0, 5), tableAt(13, 8), tableAt(28, 4)];
    const lastRow = tables[2].end;
    const breaks = planRowBreaks({ lastRow, rowPoints: flat, capacity, tables });
    // 0..11 (12 rows) fit; 13..27 (15 rows) would not fit after them: the page breaks above its caption.
    expect(breaks).toEqual([13, 28]);
    expect(violations(tables, breaks, lastRow, capacity, flat)).toEqual([]);
  });

  it("a title is not left alone on a page: a sheet's one table with print titles starts under it and breaks", () => {
    // Rows 0..5 are the sheet's title; the table (rows 6..23, 18 rows) fits a page by itself, not under the title.
    const t = tableAt(6, 12);
    const alone = planRowBreaks({ lastRow: t.end, rowPoints: flat, capacity, tables: [t] });
    // Without its header printed again on the next page, the table moves whole (a title alone is the lesser harm).
    expect(alone).toEqual([6]);
    const breaks = planRowBreaks({ lastRow: t.end, rowPoints: flat, capacity, tables: [t], titleWithTable: true });
    expect(breaks[0]).toBeGreaterThan(t.header[1] + 2);
    expect(breaks[0]).toBeLessThanOrEqual(t.body[1]);
    expect(violations([t], breaks, t.end, capacity, flat)).toEqual([]);
    // After another table, it still moves to the next page whole.
    const two = [tableAt(0, 3), tableAt(9, 12)];
    expect(
      planRowBreaks({ lastRow: two[1].end, rowPoints: flat, capacity, tables: two, titleWithTable: true }),
    ).toEqual([9]);
  });

  it("keeps consecutive tables on one page while they fit", () => {
    const tables = [tableAt(0, 2), tableAt(10, 2)];
    expect(planRowBreaks({ lastRow: tables[1].end, rowPoints: flat, capacity, tables })).toEqual([]);
  });

  it("taller rows push a table to the next page too", () => {
    const tables = [tableAt(0, 5), tableAt(11, 3)];
    expect(planRowBreaks({ lastRow: tables[1].end, rowPoints: flat, capacity, tables })).toEqual([]);
    const tall = (r: number) => (r >= 5 && r <= 9 ? 40 : 15);
    expect(planRowBreaks({ lastRow: tables[1].end, rowPoints: tall, capacity, tables })).toEqual([11]);
  });

  it("breaks a table taller than a page only between data rows, with the header and two rows on its first page", () => {
    const tables = [tableAt(0, 4), tableAt(11, 50)];
    const lastRow = tables[1].end;
    const breaks = planRowBreaks({ lastRow, rowPoints: flat, capacity, tables });
    expect(violations(tables, breaks, lastRow, capacity, flat)).toEqual([]);
    const tall = tables[1];
    for (const b of breaks.filter((x) => x > tall.top)) {
      expect(b).toBeGreaterThan(tall.header[1] + 2);
      expect(b).toBeLessThanOrEqual(tall.body[1]);
    }
    expect(breaks.length).toBeGreaterThanOrEqual(2);
  });

  it("starts a tall table on a new page when its caption, header and first rows do not fit what is left", () => {
    const tables = [tableAt(0, 12), tableAt(19, 40)];
    const breaks = planRowBreaks({ lastRow: tables[1].end, rowPoints: flat, capacity, tables });
    expect(breaks[0]).toBe(19);
  });

  it("with print titles, pages after the first hold the repeated header too", () => {
    const t = tableAt(0, 60);
    const without = planRowBreaks({ lastRow: t.end, rowPoints: flat, capacity, tables: [t] });
    const withTitles = planRowBreaks({ lastRow: t.end, rowPoints: flat, capacity, tables: [t], repeatRows: t.header });
    expect(without[1] - without[0]).toBe(20);
    expect(withTitles[1] - withTitles[0]).toBe(18);
    // Every page after the first: 2 repeated header rows + at most 18 data rows.
    const p = pages(withTitles, t.end);
    for (const [a, z] of p.slice(1)) expect(z - a + 1).toBeLessThanOrEqual(18);
  });

  it("does not break inside a cell merged over several rows when it can break above it", () => {
    const t = tableAt(0, 40);
    const free = planRowBreaks({ lastRow: t.end, rowPoints: flat, capacity, tables: [t] });
    const merged: [number, number] = [free[0] - 2, free[0] + 1];
    const breaks = planRowBreaks({ lastRow: t.end, rowPoints: flat, capacity, tables: [t], unbreakable: [merged] });
    expect(breaks[0]).toBe(merged[0]);
  });

  it("a merge taller than a page (a Tujuan down the whole table) does not push the break into a small merge", () => {
    const t = tableAt(0, 40);
    const free = planRowBreaks({ lastRow: t.end, rowPoints: flat, capacity, tables: [t] });
    const sasaran: [number, number] = [free[0] - 1, free[0]];
    const tujuan: [number, number] = [t.body[0], t.body[1]];
    const breaks = planRowBreaks({
      lastRow: t.end,
      rowPoints: flat,
      capacity,
      tables: [t],
      unbreakable: [tujuan, sasaran],
    });
    // Above the sasaran's two rows, never between them.
    expect(breaks[0]).toBe(sasaran[0]);
    for (const b of breaks) expect(b > sasaran[0] && b <= sasaran[1]).toBe(false);
  });

  it("with no row outside a merge, it splits a tall merge (its text stays on top) rather than a two-row sasaran", () => {
    const t = tableAt(0, 30);
    const b0 = t.body[0];
    const pairs: [number, number][] = [];
    for (let r = b0; r + 1 <= t.body[1]; r += 2) pairs.push([r, r + 1]);
    const tujuan: [number, number] = [b0, b0 + 15];
    const breaks = planRowBreaks({
      lastRow: t.end,
      rowPoints: flat,
      capacity,
      tables: [t],
      unbreakable: [tujuan, ...pairs],
    });
    expect(breaks.length).toBeGreaterThan(0);
    for (const b of breaks.filter((x) => x > t.header[1])) expect((b - b0) % 2).toBe(0);
  });

  it("the notes under a table never make a page of their own under a repeated header: a data row goes with them", () => {
    // Two data rows so tall that the table is taller than a page, then three note rows.
    const t: TableRows = { top: 0, header: [1, 2], body: [3, 4], end: 7 };
    const points = (r: number) => (r === 3 || r === 4 ? 120 : 15);
    const breaks = planRowBreaks({ lastRow: 7, rowPoints: points, capacity, tables: [t], repeatRows: t.header });
    expect(breaks).toEqual([4]);
  });

  it("a table in two parts keeps the second part's header with its first rows", () => {
    const t: TableRows = {
      top: 0,
      header: [2, 3],
      body: [4, 15],
      end: 40,
      parts: [{ header: [16, 17], body: [18, 39] }],
    };
    const breaks = planRowBreaks({ lastRow: 40, rowPoints: flat, capacity, tables: [t] });
    for (const b of breaks) expect([17, 18, 19]).not.toContain(b);
    expect(breaks.every((b) => b >= 6)).toBe(true);
  });

  it("holds the rules over many random sheets", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 300; n++) {
      const tables: TableRows[] = [];
      let row = 4;
      const count = 1 + Math.floor(random() * 6);
      for (let i = 0; i < count; i++) {
        const t = tableAt(row, 1 + Math.floor(random() * (random() < 0.2 ? 60 : 14)));
        tables.push(t);
        row = t.end + 2;
      }
      const heights = new Map<number, number>();
      for (let r = 0; r < row; r++) if (random() < 0.25) heights.set(r, 15 * (1 + Math.floor(random() * 3)));
      const points = (r: number) => heights.get(r) ?? 15;
      const breaks = planRowBreaks({ lastRow: row - 2, rowPoints: points, capacity, tables });
      expect(violations(tables, breaks, row - 2, capacity, points)).toEqual([]);
    }
  });
});

describe("row heights stay within Excel's", () => {
  it("a text that would need more than 409 points gets 409, the tallest row Excel has", () => {
    const long = Array.from({ length: 400 }, (_, i) => `kata${i}`).join(" ");
    const heights = estimateRowHeights([{ row: 3, col: 0, cell: { value: long, wrap: true } }], [], [20]);
    expect(heights).toEqual([{ row: 3, height: MAX_ROW_POINTS }]);
    expect(MAX_ROW_POINTS).toBe(409);
  });
});
