import { planRowBreaks } from "../../../src/core/tables/pageBreaks";
import { estimateRowHeights, wrappedLines } from "../../../src/core/tables/rowHeights";
import { LANDSCAPE_A4 } from "../../../src/core/tables/sheetBuilder";

describe("row heights and page breaks", () => {
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

  it("breaks the page above a table that would not fit, but not above one that does", () => {
    const widths = [20, 20, 20];
    // Narrow sheet: scale 1, a page holds (595 − 108) / 15 ≈ 32 rows of 15 points.
    const blocks: [number, number][] = [
      [0, 19],
      [21, 35],
      [37, 40],
    ];
    expect(planRowBreaks(blocks, 40, [], widths, LANDSCAPE_A4)).toEqual([21]);
    expect(planRowBreaks(blocks.slice(0, 1), 19, [], widths, LANDSCAPE_A4)).toEqual([]);
    // Taller rows push the third table onto the next page as well.
    const tall = Array.from({ length: 15 }, (_, i) => ({ row: 21 + i, height: 30 }));
    expect(planRowBreaks(blocks, 40, tall, widths, LANDSCAPE_A4)).toEqual([21, 37]);
    // A block taller than a page is left to break by itself.
    expect(planRowBreaks([[0, 5], [6, 80]], 80, [], widths, LANDSCAPE_A4)).toEqual([]);
  });
});
