// estimateRowHeights as it was before its shortcuts (commit 94941f0), kept as the reference they must match.
import { CellRange } from "../../../../src/core/grid/grid";
import { CellSpec } from "../../../../src/core/tables/sheetSpec";

const LINE_POINTS = 15;
const DEFAULT_WIDTH = 9;
/** Excel width units count '0' digits; ordinary text is a little narrower. Kept low so text is never cut off. */
const CHARS_PER_UNIT = 1.05;

/**
 * Row heights (points) for rows whose wrapped text needs more than one line. Excel and LibreOffice never grow a
 * merged cell's row by themselves, so the heights are written out for every row that needs them.
 */
export function estimateRowHeights(
  cells: { row: number; col: number; cell: CellSpec }[],
  merges: CellRange[],
  widths: number[],
): { row: number; height: number }[] {
  const byTopLeft = new Map(merges.map((m) => [`${m.top}:${m.left}`, m]));
  const needed = new Map<number, number>();
  for (const { row, col, cell } of cells) {
    if (!cell.wrap || cell.value === undefined || cell.value === null) continue;
    const text = String(cell.value);
    const m = byTopLeft.get(`${row}:${col}`) ?? { top: row, left: col, bottom: row, right: col };
    let width = 0;
    for (let c = m.left; c <= m.right; c++) width += widths[c] ?? DEFAULT_WIDTH;
    const scale = (cell.fontSize ?? 11) / 11;
    const widthFactor = (cell.bold ? 1.1 : 1) * (mostlyCapitals(text) ? 1.3 : 1);
    const perLine = Math.max(1, Math.floor((width * CHARS_PER_UNIT) / scale / widthFactor) - 1);
    const lines = text.split("\n").reduce((n, p) => n + wrappedLines(p, perLine), 0);
    const rowsSpanned = m.bottom - m.top + 1;
    // Excel's tallest row is 409 points (added with the print probe of round 11).
    const perRow = Math.min(409, Math.ceil((lines * LINE_POINTS * scale) / rowsSpanned));
    for (let r = m.top; r <= m.bottom; r++) needed.set(r, Math.max(needed.get(r) ?? 0, perRow));
  }
  return [...needed.entries()]
    .filter(([, h]) => h > LINE_POINTS)
    .sort((a, b) => a[0] - b[0])
    .map(([row, height]) => ({ row, height }));
}

/** Lines a paragraph takes when wrapped at word boundaries, as Excel wraps it. */
export function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) {
      used = need;
      continue;
    }
    if (used > 0) lines++;
    lines += Math.floor(Math.max(0, word.length - 1) / perLine);
    used = word.length % perLine || perLine;
  }
  return lines;
}

/** Capitals are about a third wider than lower case. */
function mostlyCapitals(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, "");
  return letters.length > 0 && letters.replace(/[^A-Z]/g, "").length / letters.length > 0.6;
}
