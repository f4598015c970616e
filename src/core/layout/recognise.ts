import { blockGrid, latestBlock, stackedBlocks } from "./stackedTables";
import { Grid } from "../grid/grid";
import { SheetModel } from "../model/sheetModel";
import { buildModel } from "./buildModel";
import { isColumnNumberRow, isUnitRow, lastMappedColumn } from "./columnNumbers";
import { applyColumnOverrides, joinWords } from "./columnOverrides";
import { COLUMN_KEYS, ColumnMap, ER_COLUMN_KEYS, Layout, layoutsOfColumnMap, PkColumnKey } from "../model/columns";
import { findDataEnd } from "./dataEnd";
import { findErHeader } from "./evaluasiRenja/findHeader";
import { erMissingWords, noErHeader, recogniseUnder } from "./evaluasiRenja/recognise";
import { findHeader, HEADER_SCAN_ROWS, HeaderMatch, ofTheYear } from "./findHeader";
import { COLUMN_LABELS, KAS_KEYS, REQUIRED_KEYS, TARGET_KEYS } from "./headerWords";
import { programTableBelow } from "./programTableBelow";
import { KINERJA_KEYS } from "./indikatorRow";
import { withCodeColumnsRead } from "./codeColumns";
import { CellReader } from "./readCells";
import { readTitle } from "./title";
import { rupiahUnitOf } from "./rupiahUnit";
import { kasIsCumulative, withoutLoneCumulativeKas } from "./kasKumulatif";
import { pastRpMarkers } from "./rpMarkerColumns";
import { hasSasaranHeadings } from "./sectionHeadings";

/** Header words looked for and not found, per layout family. */
export type MissingByLayout = Record<Layout, string[]>;

export type RecognitionResult =
  | { model: SheetModel }
  | {
      model: null;
      /** Header words not found for the family the sheet comes closest to. */
      missingHeaders: string[];
      missingByLayout: MissingByLayout;
      /**
       * The family whose header row was found and which found more of its required columns than the other: the sheet
       * is plainly of that family, and only its missing words say what to fix. Null when neither stands out.
       */
      closerTo: Layout | null;
      reason: string;
    };

export interface RecogniseOptions {
  /** User corrections (`PAGU is column N`), 0-based; they override what header matching found. */
  columns?: ColumnMap;
}

/** One family's try: its model, or what it missed and how many of its required columns it found. */
type Attempt = { model: SheetModel } | Failure;
type Failure = { model: null; missingHeaders: string[]; reason: string; found: number };

/**
 * Find the table in a worksheet and read it: a Pengukuran Kinerja table or an Evaluasi Renja form, whichever the
 * header words say. Corrections with keys of one family only are read in that family. When both families find
 * all their required columns, the one recognising more columns is read first (Pengukuran Kinerja on a tie); when
 * neither reads, the result names the header words each family missed.
 */
export function recognise(grid: Grid, opsi: RecogniseOptions = {}): RecognitionResult {
  const result = recogniseTable(grid, opsi);
  if (!result.model) return result;
  // Tables of several periods stacked in the sheet: the latest is read, alone; the others are said.
  const blocks = stackedBlocks(grid, result.model.headerRows, result.model);
  if (blocks.length === 0) return result;
  const latest = latestBlock(blocks);
  const read = recogniseTable(blockGrid(grid, latest), opsi, latest.rows[0]);
  if (!read.model) return result;
  read.model.stackedTables = blocks.map((b) => ({ ...b, read: b === latest }));
  return read;
}

/** The one table of a sheet (the first, when it holds several). */
function recogniseTable(grid: Grid, opsi: RecogniseOptions, fromRow = 0): RecognitionResult {
  // A sheet with nothing in it is said to be empty, not asked for the column titles of both families (pane42 D4).
  if (fromRow === 0 && isEmptyGrid(grid)) {
    return {
      model: null,
      missingHeaders: [],
      missingByLayout: { "pengukuran-kinerja": [], "evaluasi-renja": [] },
      closerTo: null,
      reason: `Lembar "${grid.name}" kosong: tidak ada isi sama sekali.`,
    };
  }
  const reader = new CellReader(grid);
  const allowed = layoutsOfColumnMap(opsi.columns ?? {});
  const pkHeader = allowed.includes("pengukuran-kinerja") ? findHeader(reader, fromRow) : null;
  const erHeader = allowed.includes("evaluasi-renja") ? findErHeader(reader, fromRow) : null;
  const pkColumns = pkHeader && applyColumnOverrides(pkHeader.columns, opsi.columns, grid.colCount, COLUMN_KEYS);
  const erColumns = erHeader && applyColumnOverrides(erHeader.columns, opsi.columns, grid.colCount, ER_COLUMN_KEYS);
  const pkComplete = pkColumns !== null && REQUIRED_KEYS.every((k) => pkColumns[k] !== undefined);
  const erComplete = erColumns !== null && erMissingWords(erColumns).length === 0;
  const erFirst = erComplete && (!pkComplete || size(erColumns) > size(pkColumns));

  const tryPk = (): Attempt =>
    allowed.includes("pengukuran-kinerja") ? recognisePengukuranKinerja(reader, pkHeader, opsi.columns) : skipped();
  const tryEr = (): Attempt => {
    if (!allowed.includes("evaluasi-renja")) return skipped();
    return erHeader ? recogniseUnder(reader, erHeader, opsi.columns) : noErHeader(reader);
  };
  const [first, second] = erFirst ? [tryEr, tryPk] : [tryPk, tryEr];
  const a = first();
  if (a.model) return a;
  const b = second();
  if (b.model) return b;
  const [pk, er] = (erFirst ? [b, a] : [a, b]) as [Failure, Failure];
  const closest = er.found > pk.found ? er : pk;
  const other = closest === er ? pk : er;
  return {
    model: null,
    missingHeaders: closest.missingHeaders,
    missingByLayout: { "pengukuran-kinerja": pk.missingHeaders, "evaluasi-renja": er.missingHeaders },
    closerTo:
      closest.found > 0 && closest.found > other.found && closest.missingHeaders.length > 0
        ? closest === er
          ? "evaluasi-renja"
          : "pengukuran-kinerja"
        : null,
    reason: closest.reason,
  };
}

/** No cell of the grid holds a value or shows a text. */
function isEmptyGrid(grid: Grid): boolean {
  for (const row of grid.cells) {
    if (!row) continue;
    for (const cell of row) {
      if (!cell) continue;
      if (cell.value !== null && cell.value !== undefined && cell.value !== "") return false;
      if (cell.text !== undefined && cell.text.trim() !== "") return false;
    }
  }
  return true;
}

function size(columns: ColumnMap | null): number {
  return columns ? Object.keys(columns).length : 0;
}

/** A family the corrections rule out. */
function skipped(): Failure {
  return { model: null, missingHeaders: [], reason: "", found: -1 };
}

/** Find the Pengukuran Kinerja table under its header and read it into a model. */
function recognisePengukuranKinerja(reader: CellReader, titled: HeaderMatch | null, overrides?: ColumnMap): Attempt {
  const grid = reader.grid;
  if (!titled) {
    const looked = [...REQUIRED_KEYS.map((k) => COLUMN_LABELS[k]), "TARGET", "ANGGARAN KAS"];
    return {
      model: null,
      missingHeaders: looked,
      reason: `Lembar "${grid.name}" tidak berisi tabel Pengukuran Kinerja: tidak ada baris judul kolom (${REQUIRED_KEYS.map((k) => COLUMN_LABELS[k]).join(", ")}) di ${HEADER_SCAN_ROWS} baris teratas.`,
      found: 0,
    };
  }
  const title = readTitle(reader, titled.rows[0]);
  const header = withCodeColumnsRead(
    reader,
    ofTheYear(
      titled,
      title.tahun,
      REQUIRED_KEYS.filter((k) => titled.columns[k] !== undefined),
    ),
  );
  const columns = ofTheTriwulan(
    applyColumnOverrides(header.columns, overrides, grid.colCount, COLUMN_KEYS),
    header,
    title.triwulan,
    overrides,
  );
  const missing = REQUIRED_KEYS.filter((k) => columns[k] === undefined);
  // Without a SASARAN column the sasaran may be headings over their rows (`A. Sasaran: …`): looked for under the header.
  const sasaranAsHeadings = missing.length === 1 && missing[0] === "sasaran";
  if (missing.length > 0 && !sasaranAsHeadings) {
    return (
      programsApart(reader, header.rows, missing) ??
      budgetOnly(grid.name, header.rows[0], columns, missing) ??
      missingColumns(grid.name, header.rows[0], columns, missing)
    );
  }
  let first = header.rows[1] + 1;
  // Under the header: a row of units (`%/satuan`, `(Rp)`) and a row of column numbers, in either order.
  const lastColumn = lastMappedColumn(columns);
  let unitRow: number | null = null;
  for (let i = 0; i < 2 && first < grid.rowCount; i++) {
    if (unitRow === null && isUnitRow(reader, first, lastColumn)) unitRow = first++;
    else if (isColumnNumberRow(reader, first, lastColumn)) first++;
    else break;
  }
  const last = findDataEnd(reader, columns, first);
  if (last < first) {
    return {
      model: null,
      missingHeaders: [],
      reason: `Lembar "${grid.name}": judul kolom tabel Pengukuran Kinerja ada di baris ${header.rows[0] + 1}, tetapi tidak ada baris data di bawahnya.`,
      found: 1,
    };
  }
  if (sasaranAsHeadings && !hasSasaranHeadings(reader, columns, first, last)) {
    return missingColumns(grid.name, header.rows[0], columns, missing);
  }
  // A kode column the officer chose replaces the code parts the header names.
  const kodeColumns = columns.kode === header.columns.kode ? header.kodeColumns : [];
  const uraianColumns = columns.uraian === header.columns.uraian ? header.uraianColumns : [];
  // `Rp | 1.920.363.900` under one merged PAGU: the amount is right of the currency.
  const read = withoutLoneCumulativeKas(
    reader,
    header.rows,
    pastRpMarkers(reader, columns, [first, last], overrides),
    overrides,
  );
  const { unit: rupiahUnit, ignored: rupiahUnitIgnored } = rupiahUnitOf(reader, unitRow ?? header.rows[1], {
    cols: [read.pagu, read.kas1, read.realisasiAnggaran],
    rows: [first, last],
  });
  const model = buildModel(reader, {
    ...(rupiahUnit ? { rupiahUnit } : {}),
    ...(rupiahUnitIgnored ? { rupiahUnitIgnored } : {}),
    columns: read,
    kodeColumns,
    uraianColumns,
    ...(header.monthlyKas && !KAS_KEYS.some((k) => overrides?.[k] !== undefined)
      ? { monthlyKas: header.monthlyKas }
      : {}),
    ...(header.realisasiParts && overrides?.realisasiAnggaran === undefined
      ? { realisasiParts: header.realisasiParts }
      : {}),
    ...(kasIsCumulative(reader, header.rows, read) ? { kasKumulatif: true as const } : {}),
    headerRows: header.rows,
    dataRows: [first, last],
    title,
  });
  return { model };
}

/** The Pengukuran Kinerja header lacks required columns: which, and where it was looked for. */
function missingColumns(sheet: string, headerRow: number, columns: ColumnMap, missing: PkColumnKey[]): Failure {
  const optional = [
    ...(TARGET_KEYS.some((k) => columns[k] !== undefined) ? [] : ["TARGET"]),
    ...(KAS_KEYS.some((k) => columns[k] !== undefined) ? [] : ["ANGGARAN KAS"]),
  ];
  const words = missing.map((k) => COLUMN_LABELS[k]);
  return {
    model: null,
    missingHeaders: [...words, ...optional],
    reason: `Lembar "${sheet}" tidak dikenali sebagai tabel Pengukuran Kinerja: kolom ${joinWords(words)} tidak ditemukan pada judul kolom di baris ${headerRow + 1}.`,
    found: (REQUIRED_KEYS.length - missing.length) / REQUIRED_KEYS.length,
  };
}

/**
 * A kinerja table without a budget half, its programs in a table of their own under it: said as such, with what to
 * change, rather than as column titles not found (the sheet has them, in the wrong place).
 */
function programsApart(reader: CellReader, headerRows: [number, number], missing: PkColumnKey[]): Failure | null {
  if (!missing.every((k) => k === "uraian" || k === "pagu")) return null;
  const below = programTableBelow(reader, headerRows[1]);
  if (below === null) return null;
  return {
    model: null,
    missingHeaders: [],
    reason:
      `Lembar "${reader.grid.name}": tabel program (judul kolom di baris ${below + 1}) terpisah dari tabel kinerja ` +
      `(judul kolom di baris ${headerRows[0] + 1}), sehingga tidak diketahui sasaran mana yang didukung tiap program. ` +
      `Letakkan kolom Program, Pagu dan Realisasi di kanan kolom indikator, setiap program pada baris sasaran yang ` +
      `didukungnya, seperti formulir Pengukuran Kinerja.`,
    found: (REQUIRED_KEYS.length - missing.length) / REQUIRED_KEYS.length,
  };
}

/**
 * A budget recap: programs, kegiatan and sub kegiatan with their pagu and realisasi, and no sasaran or indikator at
 * all. Said as such, not as an Evaluasi Renja form short of its columns (year37 D4: the recap was called one).
 */
function budgetOnly(sheet: string, headerRow: number, columns: ColumnMap, missing: PkColumnKey[]): Failure | null {
  if (missing.length !== 2 || !missing.includes("sasaran") || !missing.includes("indikatorSasaran")) return null;
  if (KINERJA_KEYS.some((k) => columns[k] !== undefined)) return null;
  return {
    model: null,
    missingHeaders: [],
    reason:
      `Lembar "${sheet}" berisi program, kegiatan dan sub kegiatan dengan pagunya (judul kolom di baris ` +
      `${headerRow + 1}), tetapi tanpa kolom ${joinWords(missing.map((k) => COLUMN_LABELS[k]))}: rekap anggaran seperti ini bukan tabel ` +
      `Pengukuran Kinerja atau Evaluasi Renja, jadi tidak dibaca dan tidak diperiksa.`,
    // Plainly this, whatever the other family found.
    found: 1,
  };
}

/**
 * A table with a group per quarter (TARGET | REALISASI | CAPAIAN under each TRIWULAN): the realisasi and capaian
 * of the report's triwulan are the sheet's, not the first quarter's. Columns the officer chose stay as chosen.
 */
function ofTheTriwulan(
  columns: ColumnMap,
  header: HeaderMatch,
  triwulan: number | null,
  overrides?: ColumnMap,
): ColumnMap {
  const q = header.quarterly;
  if (!q || triwulan === null || triwulan < 1 || triwulan > 4) return columns;
  const out = { ...columns };
  const realisasi = q.realisasi[triwulan - 1];
  const capaian = q.capaian[triwulan - 1];
  if (realisasi !== undefined && overrides?.realisasiKinerja === undefined) out.realisasiKinerja = realisasi;
  if (capaian !== undefined && overrides?.capaianKinerja === undefined) out.capaianKinerja = capaian;
  return out;
}
