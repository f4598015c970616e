import { CellReader } from "../readCells";
import { NumberCellText, readNumberCell } from "./equations";

/** One cell of a row of column numbers. */
export interface NumberRowCell extends NumberCellText {
  /** 0-based columns the cell spans (a number merged over its K and Rp columns). */
  columns: number[];
  /** 0-based column of the cell holding it. */
  col: number;
}

const SUB_NUMBER = /^\(?\s*\d{1,3}\s*[.-]?\s*[a-zA-Z]\s*\)?\.?$/;

/**
 * The cells of a row that holds only column numbers and equations (at least three), or null. Merged cells are
 * read once, with every column they span.
 */
export function readNumberRow(reader: CellReader, row: number, width: number): NumberRowCell[] | null {
  const out: NumberRowCell[] = [];
  for (let c = 0; c < width; c++) {
    const m = reader.merges.find(row, c);
    if (m && (m.top !== row || m.left !== c)) {
      // A number merged down from the row above belongs to that row; one merged across is read at its left.
      if (m.top !== row) {
        if (reader.masterText(row, c) !== "") return null;
      }
      continue;
    }
    const text = reader.masterText(row, c);
    if (text === "") continue;
    const read = readNumberCell(text);
    if (!read) {
      // A column numbered under another (`5a`, `(6b)`) numbers no group the equations name: part of the row all
      // the same.
      if (SUB_NUMBER.test(text.trim())) continue;
      return null;
    }
    const right = m ? Math.min(m.right, width - 1) : c;
    const columns: number[] = [];
    for (let k = c; k <= right; k++) columns.push(k);
    out.push({ ...read, columns, col: c });
  }
  return out.length >= 3 ? out : null;
}
