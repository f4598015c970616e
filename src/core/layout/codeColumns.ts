import { ColumnMap } from "../model/columns";
import { codeColumnContent } from "./kodeCells";
import { CellReader } from "./readCells";

/** What both families' headers say about the code and the names (layout/findHeader, evaluasiRenja/findHeader). */
interface TitledColumns {
  /** 0-based first and last header row. */
  rows: [number, number];
  columns: ColumnMap;
  kodeColumns: number[];
  uraianColumns: number[];
}

/** Rows under the header looked at to tell code columns from name columns. */
const SAMPLE_ROWS = 200;

/**
 * The header with code columns told apart from the names by what they hold. An export may title its code columns
 * by level (`Urusan | Bidang Urusan | Program | Kegiatan | Sub Kegiatan`) without the word KODE, right before the
 * names column: by their titles they are names, one column per level, and every row's name would be read from a
 * code. The leading columns of the names run that hold codes (or nothing, as an export leaves the columns of levels
 * a sheet does not fill), up to the last that holds codes, are the code's columns instead when the header has no
 * KODE column of its own; at least the last column of the run stays the names column.
 */
export function withCodeColumnsRead<H extends TitledColumns>(reader: CellReader, header: H): H {
  const names = header.uraianColumns;
  if (names.length < 2 || header.columns.uraian !== names[0] || header.kodeColumns.length > 0) return header;
  if (header.columns.kode !== undefined) return header;
  const from = header.rows[1] + 1;
  const to = Math.min(reader.grid.rowCount - 1, from + SAMPLE_ROWS);
  let codes = 0;
  for (let i = 0; i < names.length - 1; i++) {
    const content = codeColumnContent(reader, names[i], from, to);
    if (content === "words") break;
    if (content === "codes") codes = i + 1;
  }
  if (codes === 0) return header;
  const kodeColumns = names.slice(0, codes);
  const uraianColumns = names.slice(codes);
  return {
    ...header,
    columns: { ...header.columns, kode: kodeColumns[0], uraian: uraianColumns[0] },
    kodeColumns,
    uraianColumns,
  };
}
