import { SheetBuilder } from "./sheetBuilder";
import { columnNumberCell, headerCell } from "./cellStyles";

/** One column of a table header; columns sharing a `group` get a two-row header (e.g. Kinerja / Anggaran). */
export interface HeaderColumn {
  label: string;
  group?: string;
}

/** Caption lines (`Tabel 3.5`, title, `Sasaran Strategis I`), bold and centred over the table. Returns the next row. */
export function writeCaption(b: SheetBuilder, row: number, width: number, lines: string[]): number {
  lines.forEach((text, i) => {
    b.set(row + i, 0, { value: text, bold: true, align: "center", wrap: true });
    b.merge(row + i, 0, row + i, width - 1);
  });
  return row + lines.length;
}

/** The header (one or two rows) and the row of column numbers 1..n. Returns the first data row. */
export function writeHeader(b: SheetBuilder, row: number, columns: HeaderColumn[]): number {
  const twoRows = columns.some((c) => c.group !== undefined);
  let col = 0;
  while (col < columns.length) {
    const c = columns[col];
    if (twoRows && c.group !== undefined) {
      let end = col;
      while (end + 1 < columns.length && columns[end + 1].group === c.group) end++;
      b.setMerged(row, col, row, end, headerCell(c.group));
      for (let k = col; k <= end; k++) b.set(row + 1, k, headerCell(columns[k].label));
      col = end + 1;
    } else {
      b.setMerged(row, col, twoRows ? row + 1 : row, col, headerCell(c.label));
      col++;
    }
  }
  const numbersRow = row + (twoRows ? 2 : 1);
  columns.forEach((_, k) => b.set(numbersRow, k, columnNumberCell(k + 1)));
  return numbersRow + 1;
}

/** Notes in italics under a table, each merged over its width. Returns the row after the notes. */
export function writeNotes(b: SheetBuilder, row: number, width: number, notes: string[]): number {
  notes.forEach((text, i) => {
    b.set(row + i, 0, { value: text, italic: true, wrap: true, valign: "top", fontSize: 9 });
    b.merge(row + i, 0, row + i, width - 1);
  });
  return row + notes.length;
}

/**
 * Rows of `count` items laid over `total` rows: item i takes row i, the last item also takes the rows left over
 * (one indikator beside four programs spans all four rows, as in the seed's Tabel 3.4).
 */
export function spreadRows(count: number, total: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < count; i++) spans.push([i, i === count - 1 ? total - 1 : i]);
  return spans;
}
