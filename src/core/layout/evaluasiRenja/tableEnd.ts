import { ColumnMap } from "../../model/columns";
import { isSignatureText } from "../dataEnd";
import { normaliseHeader } from "../headerWords";
import { CellReader, cellText } from "../readCells";
import { classifyErLabel } from "./headerWords";
import { readNumberCell } from "./equations";
import { readNumberRow } from "./numberRow";

/** Lines of the form under the table: the averages, the predikat, the factors and follow-ups; not data. */
const FOOTER =
  /^(rata[\s-]*rata\b|predikat\b|faktor\s+(pendorong|penghambat)|tindak\s+lanjut|kesimpulan\b|catatan\s*:)/i;

export function isFooterText(text: string): boolean {
  return FOOTER.test(text.trim());
}

/** The first cell with letters in a row: where a footer or signature line starts. */
export function rowLabel(reader: CellReader, row: number): string {
  const cells = reader.grid.cells[row] ?? [];
  for (let c = 0; c < cells.length; c++) {
    const t = cellText(cells[c]);
    if (/[A-Za-z]/.test(t)) return t;
  }
  return "";
}

/**
 * The last data row: the last row with content in a recognised column before the signature block (or the end of
 * the grid). Footer lines of the form count as the table's, so blocks pasted under them are still read.
 */
export function findErDataEnd(reader: CellReader, columns: ColumnMap, numberCols: number[], start: number): number {
  const cols = [...new Set(Object.values(columns).filter((c): c is number => c !== undefined))];
  let last = start - 1;
  for (let r = start; r < reader.grid.rowCount; r++) {
    const cells = reader.grid.cells[r];
    if (!cells) continue;
    const hasNumber = numberCols.some((c) => looksNumeric(cells[c]?.value));
    if (!hasNumber && signatureRow(reader, r)) break;
    if (cols.some((c) => cellText(cells[c]) !== "")) last = r;
  }
  return last;
}

function looksNumeric(v: unknown): boolean {
  return typeof v === "number" || (typeof v === "string" && /^\s*[-+(]?\s*(rp\.?\s*)?\d/i.test(v));
}

/** The form's own signature lines: who compiled it and who evaluated it. */
const COMPILED_BY = /^(disusun|dievaluasi|diverifikasi|mengetahui)\b/i;

function signatureRow(reader: CellReader, row: number): boolean {
  const cells = reader.grid.cells[row] ?? [];
  for (const cell of cells) {
    const v = cell?.value;
    if (typeof v === "string" && (isSignatureText(v) || COMPILED_BY.test(v.trim()))) return true;
  }
  return false;
}

/**
 * A copy of the header inside the data (offices repeat it on every printed page): the names title with the
 * indikator title, a row of column numbers, or a row of units or triwulan labels only (`K | Rp`, `I | II | III | IV`).
 */
export function isRepeatedHeaderRow(reader: CellReader, columns: ColumnMap, row: number, width: number): boolean {
  // Every data row passes here: look at the names and indikator cells first, the whole row only when they allow.
  const uraianText = reader.text(row, columns.uraian);
  const indikatorText = reader.text(row, columns.indikator);
  if (/indikator/i.test(indikatorText) && !isSubtitle(indikatorText)) {
    const uraian = classifyErLabel(normaliseHeader(uraianText));
    // A program named `PROGRAM …` whose indikator is named `Indikator …` reads like the titles; its figures do not.
    return uraian?.kind === "key" && uraian.key === "uraian" && !holdsFigures(reader, columns, row);
  }
  // Column numbers, the names column's own number among them: a data row never has a number for a name.
  if (readNumberCell(uraianText)) {
    const numbers = readNumberRow(reader, row, width);
    return numbers !== null && numbers.some((n) => n.columns.includes(columns.uraian as number));
  }
  if (!isSubtitle(uraianText) || !isSubtitle(indikatorText)) return false;
  let labels = 0;
  const cells = reader.grid.cells[row] ?? [];
  for (let c = 0; c < Math.min(cells.length, width); c++) {
    const t = cellText(cells[c]);
    if (t === "" || isSubtitle(t)) continue;
    const kind = classifyErLabel(normaliseHeader(t))?.kind;
    if (kind !== "unit" && kind !== "quarter") return false;
    labels++;
  }
  return labels >= 2;
}

/** A figure in the target Renja (8) or in a triwulan's realisasi (9)–(12): a data row, never a title. */
function holdsFigures(reader: CellReader, columns: ColumnMap, row: number): boolean {
  const cells = reader.grid.cells[row] ?? [];
  return FIGURE_KEYS.some((k) => {
    const c = columns[k];
    return c !== undefined && looksNumeric(cells[c]?.value);
  });
}

const FIGURE_KEYS = [
  "targetRenjaK",
  "targetRenjaRp",
  "realisasiTw1K",
  "realisasiTw1Rp",
  "realisasiTw2K",
  "realisasiTw2Rp",
  "realisasiTw3K",
  "realisasiTw3Rp",
  "realisasiTw4K",
  "realisasiTw4Rp",
] as const;

/** `Uraian` / `Indikator` / `Satuan` / `Kode` under a title, as the units row writes them beside `K | Rp`; or nothing. */
function isSubtitle(text: string): boolean {
  return text === "" || /^(?:uraian|indikator|satuan|kode)$/i.test(text.trim());
}
