import { toA1 } from "../grid/address";
import { Indikator, Quarterly } from "../model/types";
import { ColumnKey, ColumnMap, TARGET_COLUMN_KEYS } from "../model/columns";
import { CellReader, collapseSpaces, ReadNumber } from "./readCells";
import { readPerLine } from "./indikatorLines";
import { parsePolaritas, Polaritas } from "../formulas/polaritas";
import { polaritasInNote } from "../formulas/polaritasWords";

/** The kinerja half of one row as read. */
export interface IndikatorRow {
  row: number;
  name: string;
  /** A merge from an earlier row covers the name cell: the row continues that indikator. */
  nameCovered: boolean;
  formulasi: string;
  target: ReadNumber[];
  realisasi: ReadNumber;
  capaian: ReadNumber;
  /** The capaian against the year's target, where the sheet states one beside `capaian` (Indikator.capaianTahunan). */
  capaianTahunan?: ReadNumber;
  /** Any target, realisasi or capaian cell has content (readable or not). */
  hasNumbers: boolean;
  /** Its line (1-based) in cells that hold several indikator one per line. */
  line?: number;
  /** What the POLARITAS column (or the Keterangan, in words) says, when it says one (formulas/polaritas.ts). */
  polaritas?: Polaritas;
  /** The SATUAN cell, when there is one and it is not empty. */
  satuan?: string;
}

/**
 * The kinerja half of one row: one indikator, several written one per line of the same cells (indikatorLines.ts,
 * each with its `line`), or none when the row has no indikator name, formulasi or number there.
 */
export function readIndikatorRows(reader: CellReader, columns: ColumnMap, row: number): IndikatorRow[] {
  // Most rows of a large sheet are budget lines with nothing in the kinerja half: passed over without reading it.
  if (blankKinerja(reader, columns, row)) return [];
  const figures = () => KINERJA_KEYS.map((k) => columns[k]);
  return readPerLine(reader, row, columns.indikatorSasaran, figures, (r) => readIndikatorRow(r, columns, row));
}

/** The columns of an indikator's figures: its targets, realisasi and capaian. */
export const KINERJA_KEYS = [...TARGET_COLUMN_KEYS, "realisasiKinerja", "capaianKinerja", "capaianTahunan"] as const;
const BLANK_CHECKED: readonly ColumnKey[] = [...KINERJA_KEYS, "indikatorSasaran", "formulasi"];

/** Every cell readIndikatorRow reads is blank (CellReader.isBlank): it would find no indikator there, and say nothing. */
function blankKinerja(reader: CellReader, columns: ColumnMap, row: number): boolean {
  for (const key of BLANK_CHECKED) if (!reader.isBlank(row, columns[key])) return false;
  return true;
}

/** The kinerja half of one row, or null when it has no indikator name, formulasi or number there. */
function readIndikatorRow(reader: CellReader, columns: ColumnMap, row: number): IndikatorRow | null {
  // Checked before any cell is read as a number: the satuan's words are no unreadable figure.
  if (
    isSatuanRow(reader, columns, row) &&
    reader.nameText(row, columns.indikatorSasaran) === "" &&
    reader.text(row, columns.formulasi) === ""
  )
    return null;
  // Read in column order (TARGET_KEYS); every row of a large sheet passes here, most without an indikator.
  const target1 = targetNumber(reader, row, columns.target1);
  const target2 = targetNumber(reader, row, columns.target2);
  const target3 = targetNumber(reader, row, columns.target3);
  const target4 = targetNumber(reader, row, columns.target4);
  const realisasi = reader.kinerja(row, columns.realisasiKinerja);
  const capaian = capaianNumber(reader, row, columns.capaianKinerja);
  const capaianTahunan =
    columns.capaianTahunan === undefined ? null : capaianNumber(reader, row, columns.capaianTahunan);
  const name = withoutIndikatorLabel(reader.nameText(row, columns.indikatorSasaran));
  // Formulasi is kept as written (it may hold LaTeX-like text from a PDF); only the ends are trimmed.
  const formulasi = reader.text(row, columns.formulasi);
  const hasNumbers =
    target1.present ||
    target2.present ||
    target3.present ||
    target4.present ||
    realisasi.present ||
    capaian.present ||
    capaianTahunan?.present === true;
  if (name === "" && formulasi === "" && !hasNumbers) return null;
  // A POLARITAS column says it; else a Keterangan that says it in words (`Semakin kecil semakin baik`).
  const polaritas =
    (columns.polaritas === undefined ? null : polaritasText(reader.text(row, columns.polaritas))) ??
    (columns.keterangan === undefined ? null : polaritasInNote(reader.text(row, columns.keterangan)));
  const satuan = columns.satuan === undefined ? "" : collapseSpaces(reader.text(row, columns.satuan));
  return {
    row,
    name,
    nameCovered: columns.indikatorSasaran !== undefined && reader.coveredFromAbove(row, columns.indikatorSasaran),
    formulasi,
    target: [target1, target2, target3, target4],
    realisasi,
    capaian,
    ...(capaianTahunan ? { capaianTahunan } : {}),
    hasNumbers,
    ...(polaritas !== null ? { polaritas } : {}),
    ...(satuan !== "" ? { satuan } : {}),
  };
}

/** A POLARITAS cell: the words of Data Pendukung (`Stabil`, `Negatif`), or `Maximize` / `Minimize` of e-SAKIP apps. */
function polaritasText(text: string): Polaritas | null {
  const t = text.trim().toLowerCase();
  if (/^(maximi[sz]e|max|semakin\s+(tinggi|besar|banyak)\s+semakin\s+baik)/.test(t)) return "positif";
  if (/^(minimi[sz]e|min|semakin\s+(kecil|rendah|sedikit)\s+semakin\s+baik)/.test(t)) return "negatif";
  return parsePolaritas(t);
}

/**
 * A row under an indikator's figures that writes its satuan in their cells (`%` | `%` | … , `nilai`, `dokumen`)
 * instead of a SATUAN column: no indikator of its own. Every filled kinerja cell holds the same word, without a digit.
 */
function isSatuanRow(reader: CellReader, columns: ColumnMap, row: number): boolean {
  let unit: string | null = null;
  for (const key of KINERJA_KEYS) {
    const col = columns[key];
    if (col === undefined) continue;
    const v = reader.grid.cells[row]?.[col]?.value;
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string") return false;
    const t = v.trim().toLowerCase();
    if (t === "" || t.length > 20 || /\d/.test(t) || (unit !== null && t !== unit)) return false;
    unit = t;
  }
  return unit !== null;
}

/** `Indikator: ` before an indikator's name, in a column it shares with the sasaran (`Sasaran: …` above it). */
const INDIKATOR_LABEL = /^indikator(?:\s+(?:kinerja|sasaran))?\s*:\s*/i;

function withoutIndikatorLabel(name: string): string {
  return name === "" ? name : name.replace(INDIKATOR_LABEL, "");
}

const NOT_SET: ReadNumber = { value: null, present: false, percent: false };
const DASH: ReadNumber = { value: null, present: false, percent: false, dash: true };

/**
 * A target as read: a dash alone is a target not set (a TW IV target left `-` on a TW III sheet), not a target of 0
 * that would print as 0 and make every capaian against it meaningless.
 */
function targetNumber(reader: CellReader, row: number, col: number | undefined): ReadNumber {
  if (col === undefined) return NOT_SET;
  if (reader.isDash(row, col)) return DASH;
  const range = reader.targetRange(row, col);
  if (range) return { value: null, present: true, percent: range.percent, range: range.rentang };
  const bound = reader.targetBound(row, col);
  if (bound) return { value: bound.number, present: true, percent: bound.percent, batas: bound.batas };
  return reader.kinerja(row, col);
}

/** A stated capaian as read: a bound (`>100%`: more than a hundred percent) is read as one, not as unreadable. */
function capaianNumber(reader: CellReader, row: number, col: number | undefined): ReadNumber {
  if (col === undefined) return NOT_SET;
  const bound = reader.targetBound(row, col);
  if (bound) return { value: bound.number, present: true, percent: bound.percent, batas: bound.batas };
  return reader.kinerja(row, col);
}

/** A new Indikator from its first row. */
export function newIndikator(r: IndikatorRow, columns: ColumnMap): Indikator {
  const nameCell = toA1(r.row, columns.indikatorSasaran as number);
  const cell =
    r.name === "" && r.formulasi !== "" && columns.formulasi !== undefined ? toA1(r.row, columns.formulasi) : nameCell;
  const ind: Indikator = {
    name: r.name,
    cell,
    formulasi: r.formulasi !== "" ? [r.formulasi] : [],
    target: [null, null, null, null],
    realisasi: null,
    capaian: null,
    persen: false,
    row: r.row,
  };
  if (r.line !== undefined) ind.line = r.line;
  if (r.polaritas !== undefined) ind.polaritas = r.polaritas;
  if (r.satuan !== undefined) ind.satuan = r.satuan;
  setNumbers(ind, r);
  return ind;
}

/** Targets, realisasi and capaian of a row into the indikator. */
export function setNumbers(ind: Indikator, r: IndikatorRow): void {
  ind.target = r.target.map((t) => t.value) as Quarterly;
  ind.realisasi = r.realisasi.value;
  ind.capaian = r.capaian.value;
  if (r.capaianTahunan?.value) ind.capaianTahunan = r.capaianTahunan.value;
  else delete ind.capaianTahunan;
  if (r.capaian.batas) ind.capaianBatas = r.capaian.batas;
  else delete ind.capaianBatas;
  ind.persen = [...r.target, r.realisasi].some((n) => n.percent);
  if (r.target.some((t) => t.range)) {
    ind.targetRentang = r.target.map((t) => t.range ?? null) as NonNullable<Indikator["targetRentang"]>;
  } else delete ind.targetRentang;
  if (r.target.some((t) => t.batas)) {
    ind.targetBatas = r.target.map((t) => t.batas ?? null) as NonNullable<Indikator["targetBatas"]>;
  } else delete ind.targetBatas;
  if (r.target.some((t) => t.dash)) {
    ind.targetStrip = r.target.map((t) => t.dash === true) as NonNullable<Indikator["targetStrip"]>;
  } else delete ind.targetStrip;
  const read: [ColumnKey, ReadNumber][] = [
    ["target1", r.target[0]],
    ["target2", r.target[1]],
    ["target3", r.target[2]],
    ["target4", r.target[3]],
    ["realisasiKinerja", r.realisasi],
    ["capaianKinerja", r.capaian],
  ];
  const kualitatif: NonNullable<Indikator["kualitatif"]> = {};
  for (const [key, n] of read) if (n.kualitatif) kualitatif[key as keyof typeof kualitatif] = n.kualitatif;
  if (Object.keys(kualitatif).length > 0) ind.kualitatif = kualitatif;
  else delete ind.kualitatif;
  const unreadable = read
    .filter(([, n]) => n.present && n.value === null && !n.range && !n.kualitatif)
    .map(([key]) => key);
  if (unreadable.length > 0) ind.unreadable = unreadable;
  else delete ind.unreadable;
}

export function hasNumbers(ind: Indikator): boolean {
  return (
    ind.target.some((t) => t !== null) ||
    ind.targetRentang !== undefined ||
    ind.kualitatif !== undefined ||
    ind.realisasi !== null ||
    ind.capaian !== null
  );
}
