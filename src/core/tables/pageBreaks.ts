import { PrintSetup } from "./sheetSpec";

const DEFAULT_ROW_POINTS = 15;
/** A4 in points, less the margins the writers use by default (0,5" left/right, 0,75" top/bottom). */
const A4_LONG = 842;
const A4_SHORT = 595;
const SIDE_MARGINS = 72;
const TOP_BOTTOM_MARGINS = 108;

/** Points an Excel column of `units` width takes: about 7 pixels per unit plus 5, at 0,75 point per pixel. */
function columnPoints(units: number): number {
  return (units * 7 + 5) * 0.75;
}

/**
 * Rows above which to break the page so that no block (a table with its notes) is split when it fits on a page.
 * The page holds the printable height divided by the fit-to-width scale; rows are 15 points unless set.
 */
export function planRowBreaks(
  blocks: [number, number][],
  lastRow: number,
  rowHeights: { row: number; height: number }[],
  columnWidths: number[],
  print: PrintSetup,
): number[] {
  const landscape = print.orientation === "landscape";
  const printableWidth = (landscape ? A4_LONG : A4_SHORT) - SIDE_MARGINS;
  const printableHeight = (landscape ? A4_SHORT : A4_LONG) - TOP_BOTTOM_MARGINS;
  const sheetWidth = columnWidths.reduce((a, w) => a + columnPoints(w), 0);
  const scale = print.fitToWidth ? Math.min(1, printableWidth / Math.max(1, sheetWidth)) : 1;
  const capacity = printableHeight / scale;
  const height = new Map(rowHeights.map((h) => [h.row, h.height]));
  const rowPoints = (r: number) => height.get(r) ?? DEFAULT_ROW_POINTS;
  const blockAt = new Map(blocks.map((b) => [b[0], b]));

  const breaks: number[] = [];
  let used = 0;
  let row = 0;
  while (row <= lastRow) {
    const block = blockAt.get(row);
    const end = block ? block[1] : row;
    let h = 0;
    for (let r = row; r <= end; r++) h += rowPoints(r);
    if (used > 0 && used + h > capacity) {
      if (block && h <= capacity) {
        breaks.push(row);
        used = 0;
      } else {
        // Too tall for any page, or a loose row: the page breaks by itself somewhere inside.
        used = (used + h) % capacity;
        row = end + 1;
        continue;
      }
    }
    used += h;
    row = end + 1;
  }
  return breaks;
}
