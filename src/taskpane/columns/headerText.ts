import { Grid } from "../../core/grid/grid";

/** Longest header text shown beside a column letter; the rest is cut with an ellipsis. */
const MAX_LENGTH = 48;

function textAt(grid: Grid, row: number, col: number): string {
  const cell = grid.cells[row]?.[col];
  const own = cell ? (cell.text ?? (cell.value === null ? "" : String(cell.value))) : "";
  if (own.trim() !== "") return own;
  // A merged header (ANGGARAN KAS over four columns) holds its text in its top-left cell only.
  const merge = grid.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  if (!merge) return "";
  const origin = grid.cells[merge.top]?.[merge.left];
  return origin ? (origin.text ?? (origin.value === null ? "" : String(origin.value))) : "";
}

/**
 * The header text of every column of a recognised table, read from its header rows top to bottom (a group heading
 * first, then the column's own: `ANGGARAN KAS · TW I`), so the officer can tell the columns apart by what they say.
 */
export function headerTexts(grid: Grid | undefined, headerRows: [number, number], colCount: number): string[] {
  return Array.from({ length: colCount }, (_, col) => {
    if (!grid) return "";
    const parts: string[] = [];
    for (let row = headerRows[0]; row <= headerRows[1]; row++) {
      const text = textAt(grid, row, col).replace(/\s+/g, " ").trim();
      if (text !== "" && !parts.includes(text)) parts.push(text);
    }
    const joined = parts.join(" · ");
    return joined.length > MAX_LENGTH ? `${joined.slice(0, MAX_LENGTH - 1)}…` : joined;
  });
}
