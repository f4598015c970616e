import { PrintSetup } from "./sheetSpec";

/** A4 in points, less the margins the writers use (0,5" left/right, 0,75" top/bottom; header and footer sit inside). */
const A4_LONG = 842;
const A4_SHORT = 595;
const SIDE_MARGINS = 72;
const TOP_BOTTOM_MARGINS = 108;
/**
 * Excel picks a whole percentage no larger than the fitting scale, and rows can come out a little taller on some
 * screens' DPI: plan pages a little shorter than the arithmetic allows. (LibreOffice, measured, fits more rows than
 * this: its fitting scale comes out smaller, so it never breaks a page before a planned break.)
 */
const SAFETY = 0.97;

/** Points an Excel column of `units` width takes: about 7 pixels per unit plus 5, at 0,75 point per pixel. */
export function columnPoints(units: number): number {
  return (units * 7 + 5) * 0.75;
}

/**
 * The scale at which the printed columns fit the page width (fit to one page wide never enlarges), and the sheet
 * height in points one page then holds. `columnWidths` are the printed columns only.
 */
export function pageGeometry(columnWidths: number[], print: PrintSetup): { scale: number; capacity: number } {
  const landscape = print.orientation === "landscape";
  const printableWidth = (landscape ? A4_LONG : A4_SHORT) - SIDE_MARGINS;
  const printableHeight = (landscape ? A4_SHORT : A4_LONG) - TOP_BOTTOM_MARGINS;
  const sheetWidth = columnWidths.reduce((a, w) => a + columnPoints(w), 0);
  const exact = print.fitToWidth ? Math.min(1, printableWidth / Math.max(1, sheetWidth)) : 1;
  const scale = Math.floor(exact * 100) / 100;
  return { scale, capacity: (printableHeight / Math.max(0.1, scale)) * SAFETY };
}
