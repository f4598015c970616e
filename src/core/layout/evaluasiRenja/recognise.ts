import { ColumnMap, ER_COLUMN_KEYS, ErColumnKey } from "../../model/columns";
import { EvaluasiRenjaModel } from "../../model/evaluasiRenja";
import { applyColumnOverrides, joinWords } from "../columnOverrides";
import { CellReader } from "../readCells";
import { buildErModel } from "./buildModel";
import { withCodeColumnsRead } from "../codeColumns";
import { ER_HEADER_SCAN_ROWS, ErHeaderMatch, findErHeader } from "./findHeader";
import { ER_LABELS } from "./headerWords";

export type ErRecognition =
  | { model: EvaluasiRenjaModel }
  | {
      model: null;
      /** Header words of this family that were not found. */
      missingHeaders: string[];
      reason: string;
      /** The share (0–1) of the family's required columns found: which family a sheet comes closest to. */
      found: number;
    };

const TW_KEYS: readonly ErColumnKey[] = ["realisasiTw1", "realisasiTw2", "realisasiTw3", "realisasiTw4"].flatMap(
  (g) => [`${g}K`, `${g}Persen`, `${g}Rp`] as ErColumnKey[],
);

/** The columns without which there is no Evaluasi Renja table, as header words. */
export function erMissingWords(columns: ColumnMap): string[] {
  const missing: string[] = [];
  if (columns.uraian === undefined) missing.push(ER_LABELS.uraian);
  if (columns.targetRenjaK === undefined && columns.targetRenjaRp === undefined) missing.push(ER_LABELS.targetRenja);
  if (!TW_KEYS.some((k) => columns[k] !== undefined)) missing.push(ER_LABELS.triwulan);
  return missing;
}

/** Find the Evaluasi Renja table in a worksheet and read it into its model. */
export function recogniseEvaluasiRenja(reader: CellReader, overrides?: ColumnMap): ErRecognition {
  const header = findErHeader(reader);
  return header ? recogniseUnder(reader, header, overrides) : noErHeader(reader);
}

export function noErHeader(reader: CellReader): ErRecognition {
  const words = [ER_LABELS.uraian, ER_LABELS.indikator, ER_LABELS.targetRenja, ER_LABELS.triwulan];
  return {
    model: null,
    missingHeaders: words,
    reason: `Lembar "${reader.sheet}" tidak berisi tabel Evaluasi Renja: tidak ada baris judul kolom (${words.join(", ")}) di ${ER_HEADER_SCAN_ROWS} baris teratas.`,
    found: 0,
  };
}

export function recogniseUnder(reader: CellReader, titled: ErHeaderMatch, overrides?: ColumnMap): ErRecognition {
  const header = withCodeColumnsRead(reader, titled);
  const columns = applyColumnOverrides(header.columns, overrides, reader.grid.colCount, ER_COLUMN_KEYS);
  const missing = erMissingWords(columns);
  if (missing.length > 0) {
    return {
      model: null,
      missingHeaders: missing,
      reason: `Lembar "${reader.sheet}" tidak dikenali sebagai tabel Evaluasi Renja: kolom ${joinWords(missing)} tidak ditemukan pada judul kolom di baris ${header.rows[0] + 1}.`,
      found: (3 - missing.length) / 3,
    };
  }
  const built = buildErModel(reader, header, columns);
  if (!built.model) return { model: null, missingHeaders: [], reason: built.reason, found: 1 };
  return { model: built.model };
}
