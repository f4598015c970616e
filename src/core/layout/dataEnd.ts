import { COLUMN_KEYS, ColumnMap } from "../model/columns";
import { GridCell } from "../grid/grid";
import { isDateFormat, parseCellNumber } from "../numbers/parseNumber";
import { CellReader } from "./readCells";
import { classifyHeader, normaliseHeader } from "./headerWords";

const MONTHS = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember";
const DATE_LINE = new RegExp(`^[a-z][a-z .'-]*,\\s*(\\d{1,2}\\s*)?(${MONTHS})?\\s*\\d{4}$`, "i");
const SIGNATURE_WORDS =
  /^(kepala|sekretaris|plt|plh|a\.\s?n\.?|an\.|mengetahui|menyetujui|disetujui|dibuat oleh|diperiksa oleh|pembina|penata|ditetapkan di|dikeluarkan di|pada tanggal)\b/i;
const NIP = /^nip\b/i;

/**
 * A line of the signature block under the table: place and date, `KEPALA DINAS …`, rank, `NIP.`; or the whole block
 * typed in one cell with line breaks (Alt+Enter, an export's `<br>`): it begins with one of those lines, or has a
 * line of its own beginning `NIP` (a name that merely wraps onto a line beginning `Kepala` is neither).
 */
export function isSignatureText(text: string): boolean {
  const t = text.trim();
  if (isSignatureLine(t)) return true;
  if (!t.includes("\n")) return false;
  const lines = t
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return isSignatureLine(lines[0]) || lines.some((l) => NIP.test(l));
}

function isSignatureLine(line: string): boolean {
  return DATE_LINE.test(line) || SIGNATURE_WORDS.test(line) || NIP.test(line);
}

/**
 * Columns holding numbers: a row with a number in one of them is data, whatever text it has. The budget columns
 * first: most rows are budget rows, and the first number found settles it.
 */
const NUMBER_KEYS = COLUMN_KEYS.filter((k) => /^(target|kas)\d$|^(realisasi|capaian)|^pagu$/.test(k)).reverse();

/**
 * The last data row: the last row with content in a recognised column before the signature block (or the end of
 * the grid). The signature may sit in any column, the table's own included, but never in a row with numbers.
 */
export function findDataEnd(reader: CellReader, columns: ColumnMap, start: number): number {
  // The uraian and budget columns first: any content settles a row, and most rows are budget rows.
  const cols = Object.values(columns)
    .filter((c): c is number => c !== undefined)
    .sort(
      (a, b) => Number(b === columns.uraian || b === columns.pagu) - Number(a === columns.uraian || a === columns.pagu),
    );
  const numberCols = NUMBER_KEYS.map((k) => columns[k]).filter((c): c is number => c !== undefined);
  let last = start - 1;
  // The last data row before the latest blank row, and how many rows with content followed it: the title and the
  // header of another table below this one come right after a blank row.
  let beforeGap = last;
  let sinceGap = Infinity;
  for (let r = start; r < reader.grid.rowCount; r++) {
    const cells = reader.grid.cells[r];
    if (cells && !anyNumeric(cells, numberCols) && isSignatureRow(cells)) {
      if (!numberCols.some((c) => parseCellNumber(cells[c]).kind === "number")) break;
    }
    // A row holding nothing but a date (the signature's `Probolinggo, 30 Desember 2022` typed as a real date) is
    // no data row, as its words would not be.
    if (!cells || !anyContent(cells, cols) || onlyDates(cells, cols)) {
      if (sinceGap > 0) [beforeGap, sinceGap] = [last, 0];
      continue;
    }
    if (sinceGap < AFTER_GAP && !anyNumeric(cells, numberCols) && isOtherHeader(reader, r, columns)) return beforeGap;
    sinceGap++;
    last = r;
  }
  return last;
}

/** Rows after a blank row that may hold another table's title and header. */
const AFTER_GAP = 3;
/** Column titles a row must have to be a header (a recap's `NO | SASARAN | PAGU | REALISASI`). */
const MIN_HEADER_TITLES = 3;

/**
 * Another table's header under this one (a recap per sasaran or program, its columns elsewhere): a row of column
 * titles most of which are not where this table has them. A copy of this table's own header (a printed page's, or
 * another period's table stacked below, stackedTables.ts) has them where this one does, and is no end.
 */
function isOtherHeader(reader: CellReader, row: number, columns: ColumnMap): boolean {
  const cells = reader.grid.cells[row] ?? [];
  let titles = 0;
  let same = 0;
  for (let c = 0; c < cells.length; c++) {
    const text = reader.masterText(row, c);
    if (text === "" || text.length > MAX_TITLE_LENGTH) continue;
    const cls = classifyHeader(normaliseHeader(text));
    if (cls?.kind !== "key") continue;
    titles++;
    if (columns[cls.key] === c) same++;
  }
  return titles >= MIN_HEADER_TITLES && same * 2 < titles;
}

/** Longer than a column title: a name or a note. */
const MAX_TITLE_LENGTH = 60;

function anyNumeric(cells: (GridCell | undefined)[], cols: number[]): boolean {
  for (const c of cols) if (looksNumeric(cells[c])) return true;
  return false;
}

/** Some cell has text (cellText is not empty), without writing numbers out as text. */
function anyContent(cells: (GridCell | undefined)[], cols: number[]): boolean {
  for (const c of cols) {
    const cell = cells[c];
    if (!cell) continue;
    const v = cell.value;
    if (v === null || v === undefined ? (cell.text ?? "").trim() !== "" : typeof v !== "string" || v.trim() !== "")
      return true;
  }
  return false;
}

/** Every filled cell among `cols` is a number shown as a date (and at least one is). */
function onlyDates(cells: (GridCell | undefined)[], cols: number[]): boolean {
  let dates = 0;
  for (const c of cols) {
    const cell = cells[c];
    if (!cell) continue;
    const v = cell.value;
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
    if (typeof v !== "number" || !isDateFormat(cell.numFmt)) return false;
    dates++;
  }
  return dates > 0;
}

/** A cheap first look: a number, or text starting like one (`412.786.800,00`, `-0,89%`, `Rp 1.000`). */
function looksNumeric(cell: GridCell | undefined): boolean {
  const v = cell?.value;
  return typeof v === "number" || (typeof v === "string" && /^\s*[-+(]?\s*(rp\.?\s*)?\d/i.test(v));
}

function isSignatureRow(cells: (GridCell | undefined)[]): boolean {
  for (const cell of cells) if (typeof cell?.value === "string" && isSignatureText(cell.value)) return true;
  return false;
}
