import { Grid } from "../grid/grid";
import { SheetModel } from "../model/types";
import { buildModel } from "./buildModel";
import { isColumnNumberRow } from "./columnNumbers";
import { COLUMN_KEYS, ColumnKey, ColumnMap } from "../model/columns";
import { findDataEnd } from "./dataEnd";
import { findHeader, HEADER_SCAN_ROWS } from "./findHeader";
import { COLUMN_LABELS, KAS_KEYS, REQUIRED_KEYS, TARGET_KEYS } from "./headerWords";
import { CellReader } from "./readCells";
import { readTitle } from "./title";

export type RecognitionResult = { model: SheetModel } | { model: null; missingHeaders: string[]; reason: string };

export interface RecogniseOptions {
  /** User corrections (`PAGU is column N`), 0-based; they override what header matching found. */
  columns?: ColumnMap;
}

/** Find the Pengukuran Kinerja table in a worksheet and read it into a SheetModel. */
export function recognise(grid: Grid, opsi: RecogniseOptions = {}): RecognitionResult {
  const reader = new CellReader(grid);
  const header = findHeader(reader);
  if (!header) {
    const looked = [...REQUIRED_KEYS.map((k) => COLUMN_LABELS[k]), "TARGET", "ANGGARAN KAS"];
    return {
      model: null,
      missingHeaders: looked,
      reason: `Sheet "${grid.name}" tidak berisi tabel Pengukuran Kinerja: tidak ada baris judul kolom (${REQUIRED_KEYS.map((k) => COLUMN_LABELS[k]).join(", ")}) di ${HEADER_SCAN_ROWS} baris teratas.`,
    };
  }
  const columns = applyOverrides(header.columns, opsi.columns, grid.colCount);
  const missing = REQUIRED_KEYS.filter((k) => columns[k] === undefined);
  if (missing.length > 0) {
    const optional = [
      ...(TARGET_KEYS.some((k) => columns[k] !== undefined) ? [] : ["TARGET"]),
      ...(KAS_KEYS.some((k) => columns[k] !== undefined) ? [] : ["ANGGARAN KAS"]),
    ];
    const words = missing.map((k) => COLUMN_LABELS[k]);
    return {
      model: null,
      missingHeaders: [...words, ...optional],
      reason: `Sheet "${grid.name}" tidak dikenali sebagai tabel Pengukuran Kinerja: kolom ${joinWords(words)} tidak ditemukan pada judul kolom di baris ${header.rows[0] + 1}.`,
    };
  }
  let first = header.rows[1] + 1;
  if (first < grid.rowCount && isColumnNumberRow(reader, first)) first++;
  const last = findDataEnd(reader, columns, first);
  if (last < first) {
    return {
      model: null,
      missingHeaders: [],
      reason: `Sheet "${grid.name}": judul kolom tabel Pengukuran Kinerja ada di baris ${header.rows[0] + 1}, tetapi tidak ada baris data di bawahnya.`,
    };
  }
  const model = buildModel(reader, {
    columns,
    headerRows: header.rows,
    dataRows: [first, last],
    title: readTitle(reader, header.rows[0]),
  });
  return { model };
}

/** The user's columns win; a column the user gave to one key is taken from any other key that claimed it. */
function applyOverrides(found: ColumnMap, overrides: ColumnMap | undefined, colCount: number): ColumnMap {
  if (!overrides) return found;
  const columns: ColumnMap = { ...found };
  for (const key of COLUMN_KEYS) {
    const col = overrides[key];
    if (col === undefined || !Number.isInteger(col) || col < 0 || col >= Math.max(colCount, 1)) continue;
    for (const other of Object.keys(columns) as ColumnKey[]) if (columns[other] === col) delete columns[other];
    columns[key] = col;
  }
  return columns;
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} dan ${words[words.length - 1]}`;
}
