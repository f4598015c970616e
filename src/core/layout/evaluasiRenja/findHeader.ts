import { ColumnMap, ErGroup, erGroupKey, ErUnit } from "../../model/columns";
import { bareQuarter, Quarter } from "../headerWords";
import { normaliseHeader } from "../headerWords";
import { CellReader } from "../readCells";
import {
  classifyErLabel,
  ErGroupWord,
  ErHeaderClass,
  ErSingleKey,
  isSemesterTitle,
  isTargetAndRealisasi,
  planWordsOf,
  semesterQuarter,
} from "./headerWords";
import { NumberRowCell, readNumberRow } from "./numberRow";

/** How many rows from the top may hold the header, and how many rows a header block may have. */
export const ER_HEADER_SCAN_ROWS = 40;
const MAX_BLOCK_ROWS = 5;
const MAX_COLUMNS = 256;

export interface ErHeaderMatch {
  /** 0-based first and last row of the header block, the row of column numbers included. */
  rows: [number, number];
  /** The row of column numbers (inside the block or right under it), or null. */
  numberRow: number | null;
  numberCells: NumberRowCell[];
  columns: ColumnMap;
  /** Every column under the KODE title (app exports split the code over several). */
  kodeColumns: number[];
  /** Every column under the names title (hand-made copies write each level in its own column). */
  uraianColumns: number[];
}

/** What one column's header labels say, top to bottom. */
type ColumnClass =
  | { kind: "single"; key: ErSingleKey }
  | { kind: "group"; group: ErGroupWord; quarter?: Quarter; unit?: ErUnit; rpWord: boolean; revision?: Revision };

/** Which budget a Renja Perubahan form's pair of columns holds: the one first set, or the revised one. */
type Revision = "murni" | "perubahan";

/**
 * `Murni`, `Sebelum Perubahan`, `Awal`, `Induk`: the Renja as first set; `Perubahan`, `Setelah Perubahan`, `Renja
 * Perubahan`: as revised after the APBD-P, which the realisasi is measured against.
 */
function revisionOf(label: string): Revision | null {
  if (/\b(MURNI|SEBELUM|AWAL|INDUK|PENETAPAN)\b/.test(label)) return "murni";
  if (/\b(PERUBAHAN|SETELAH)\b/.test(label)) return "perubahan";
  return null;
}

/**
 * Find the Evaluasi Renja header among the top rows (from `fromRow`, for a table stacked under another): a row with the names title and a numbered group title, and
 * the rows under it that continue it (group titles, quarters, units, the row of column numbers), up to five rows.
 * The candidate recognising the most columns wins; on a tie the earlier. Null when no row looks like one.
 */
export function findErHeader(reader: CellReader, fromRow = 0): ErHeaderMatch | null {
  const { grid } = reader;
  const width = Math.min(grid.colCount, MAX_COLUMNS);
  const limit = Math.min(grid.rowCount, fromRow + ER_HEADER_SCAN_ROWS);
  let best: { match: ErHeaderMatch; score: number } | null = null;
  for (let top = fromRow; top < limit; top++) {
    if (!looksLikeTop(reader, top, width)) continue;
    const match = readBlock(reader, top, width);
    const score = Object.keys(match.columns).length;
    if (!best || score > best.score) best = { match, score };
  }
  return best?.match ?? null;
}

function labelAt(reader: CellReader, row: number, col: number): string {
  return normaliseHeader(reader.masterText(row, col));
}

/** The top row names the program/kegiatan column or the indikator, and it or the next rows a numbered group. */
function looksLikeTop(reader: CellReader, top: number, width: number): boolean {
  let names = false;
  for (let c = 0; c < width && !names; c++) {
    if (reader.coveredFromAbove(top, c)) continue;
    const cls = classifyErLabel(labelAt(reader, top, c));
    names = cls?.kind === "key" && (cls.key === "uraian" || cls.key === "indikator");
  }
  if (!names) return false;
  for (let r = top; r < Math.min(top + 3, reader.grid.rowCount); r++)
    for (let c = 0; c < width; c++) if (classifyErLabel(labelAt(reader, r, c))?.kind === "group") return true;
  return false;
}

function readBlock(reader: CellReader, top: number, fullWidth: number): ErHeaderMatch {
  const rowCount = reader.grid.rowCount;
  // The table is as wide as its top row's titles: notes and scratch cells further right are not header.
  const width = Math.min(fullWidth, extentOf(reader, top, fullWidth) + 1);
  let bottom = top;
  const numeric = new Map<number, NumberRowCell[]>();
  const namesCol = namesColumn(reader, top, width);
  for (let r = top + 1; r < Math.min(top + MAX_BLOCK_ROWS, rowCount); r++) {
    const numbers = readNumberRow(reader, r, width);
    if (numbers) numeric.set(r, numbers);
    else if (!continuesHeader(reader, top, r, width, namesCol)) break;
    bottom = r;
  }
  // The row of column numbers: the numeric row with the most cells, not a row of quarters under the triwulan title.
  let numberRow: number | null = null;
  for (const [r, cells] of numeric) {
    if (quarterRow(reader, top, cells)) continue;
    if (numberRow === null || cells.length > (numeric.get(numberRow) as NumberRowCell[]).length) numberRow = r;
  }
  if (numberRow === null && bottom + 1 < rowCount) {
    const after = readNumberRow(reader, bottom + 1, width);
    if (after) {
      numberRow = bottom + 1;
      numeric.set(numberRow, after);
      bottom = numberRow;
    } else if (numbersInOneCell(reader, bottom + 1, width)) bottom += 1;
  }
  const classes: (ColumnClass | null)[] = [];
  for (let c = 0; c < width; c++) classes.push(classifyColumn(reader, top, bottom, numberRow, c));
  const { columns, kodeColumns, uraianColumns } = resolveErColumns(classes);
  return {
    rows: [top, bottom],
    numberRow,
    numberCells: numberRow === null ? [] : (numeric.get(numberRow) as NumberRowCell[]),
    columns,
    kodeColumns,
    uraianColumns,
  };
}

/** `1 | 2 | 3 | … | 17` typed in one cell merged across the table: the column numbers, no data row (er33 D4). */
const NUMBERS_LINE = /^\(?\d{1,2}\)?(?:\s*[|,;/]?\s*\(?\d{1,2}\)?){3,}$/;

/** The row holds its column numbers as one line of text in a single cell (they say nothing of each column). */
function numbersInOneCell(reader: CellReader, row: number, width: number): boolean {
  let text = "";
  for (let c = 0; c < width; c++) {
    const m = reader.merges.find(row, c);
    if (m && (m.top !== row || m.left !== c)) continue;
    const t = reader.masterText(row, c);
    if (t === "") continue;
    if (text !== "") return false;
    text = t;
  }
  return NUMBERS_LINE.test(text.trim());
}

/** The column of the names title in the top row (the indikator's when the names title is not found). */
function namesColumn(reader: CellReader, top: number, width: number): number {
  let indikator = -1;
  for (let c = 0; c < width; c++) {
    const cls = classifyErLabel(labelAt(reader, top, c));
    if (cls?.kind !== "key") continue;
    if (cls.key === "uraian") return c;
    if (cls.key === "indikator" && indikator < 0) indikator = c;
  }
  return indikator;
}

/** The last column the top row's titles reach (a merged title to its right edge). */
function extentOf(reader: CellReader, top: number, width: number): number {
  let last = 0;
  for (let c = 0; c < width; c++) {
    if (labelAt(reader, top, c) === "") continue;
    const m = reader.merges.find(top, c);
    last = Math.max(last, m ? m.right : c);
  }
  return last;
}

/**
 * A row under the top continues the header when every cell that starts on it is a group title, a quarter, a unit
 * or `Satuan`, and it has at least one: a row with a name, a text or an amount is data. A title written again on
 * the row (unmerged copies repeat `No`, the names title, `Keterangan` on every header row) and a bare `Uraian` or
 * `Kode` under its title are header too, but say nothing by themselves: the unit row under the number row
 * (`Uraian | Satuan | K | Rp …`) continues the header, a data row that only names a program does not.
 */
function continuesHeader(reader: CellReader, top: number, r: number, width: number, namesCol: number): boolean {
  // Under the names title merged down the row is still header, whatever it says (`Indikator` / `Satuan` under a
  // title merged over both).
  const names = reader.merges.find(r, namesCol);
  if (names && names.top < r && names.top >= top) return true;
  let labels = 0;
  let coveredFromHeader = 0;
  for (let c = 0; c < width; c++) {
    const m = reader.merges.find(r, c);
    if (m && m.top < r) {
      if (m.top >= top) coveredFromHeader++;
      continue;
    }
    if (m && m.left !== c) continue;
    const label = labelAt(reader, r, c);
    if (label === "") continue;
    const cls = classifyErLabel(label);
    // `Urusan/Bidang | Program | Kegiatan | Sub Kegiatan` under the names title merged over as many columns: the
    // level each column holds.
    if (cls?.kind === "key" && cls.key === "uraian" && underNamesTitle(reader, top, r, c, namesCol)) {
      labels++;
      continue;
    }
    // A roman numeral that is no quarter is a quarter mistyped (`VI` for IV): its place under the title says which.
    const mistypedQuarter = !cls && /^[IVX]{1,4}$/.test(label);
    if (!mistypedQuarter && (!cls || (cls.kind === "key" && cls.key !== "satuan"))) {
      if (cls?.kind === "key" && (BARE_SUBTITLES.has(label) || repeatsTitleAbove(reader, top, r, c, label))) continue;
      return false;
    }
    labels++;
  }
  return labels > 0 || coveredFromHeader > 0;
}

/** Column c lies under the names title, merged over several columns on a header row above r. */
function underNamesTitle(reader: CellReader, top: number, r: number, c: number, namesCol: number): boolean {
  if (namesCol < 0) return false;
  const title = reader.merges.find(top, namesCol);
  return title !== undefined && title.right > title.left && title.bottom < r && c >= title.left && c <= title.right;
}

/** Column words written alone under a title (`Indikator Kinerja …` over `Uraian` and `Satuan`). */
const BARE_SUBTITLES = new Set(["URAIAN", "KODE"]);

/** True when the same title stands in this column on a header row above. */
function repeatsTitleAbove(reader: CellReader, top: number, r: number, c: number, label: string): boolean {
  for (let k = top; k < r; k++) if (labelAt(reader, k, c) === label) return true;
  return false;
}

/** Quarter labels `1 2 3 4` under the triwulan title read like numbers; they stand only under that title. */
function quarterRow(reader: CellReader, top: number, cells: NumberRowCell[]): boolean {
  if (cells.some((cell) => cell.equation !== undefined || cell.number < 1 || cell.number > 4)) return false;
  return cells.every((cell) => {
    for (let r = top; r < top + MAX_BLOCK_ROWS; r++) {
      const cls = classifyErLabel(labelAt(reader, r, cell.col));
      if (cls?.kind === "group") return cls.group === "realisasiTw";
    }
    return false;
  });
}

/** The labels of one column top to bottom (a merged title counted once; a title written once carried right). */
function classifyColumn(
  reader: CellReader,
  top: number,
  bottom: number,
  numberRow: number | null,
  c: number,
): ColumnClass | null {
  const path: ErHeaderClass[] = [];
  let rpWord = false;
  let last = "";
  let realisasiTitle = "";
  let semester = false;
  let bare: Quarter | null = null;
  let revision: Revision | null = null;
  /** The plan a title above names, for a title under it that names only TARGET or REALISASI (`Target Tahun 2026`). */
  let plan = "";
  /** The first group title is over both a plan's target and its realisasi: a group title under it says which. */
  let overBoth = false;
  /** A title over a block of groups that says their unit (`CAPAIAN KINERJA (K)` | `REALISASI ANGGARAN (Rp)`). */
  let blockUnit: ErUnit | undefined;
  for (let r = top; r <= bottom; r++) {
    if (r === numberRow) continue;
    const m = reader.merges.find(r, c);
    if (m && m.top === numberRow) continue;
    let label = labelAt(reader, r, c);
    if (label === "" && !m && r < bottom) label = carriedGroupTitle(reader, r, c, bottom, numberRow);
    if (label === "" || label === last) continue;
    last = label;
    revision = revisionOf(label) ?? revision;
    let cls = classifyErLabel(label);
    if (!cls && plan !== "" && /\b(TARGET|REALISASI)\b/.test(label)) cls = classifyErLabel(`${label} ${plan}`);
    plan ||= planWordsOf(label);
    if (cls?.kind === "group" && !path.some((p) => p.kind === "group")) overBoth = isTargetAndRealisasi(label);
    if (isSemesterTitle(label)) semester = true;
    if (!cls) {
      if (/\bREALISASI\b/.test(label)) realisasiTitle = label;
      blockUnit = blockUnitOf(label) ?? blockUnit;
      continue;
    }
    if (cls.kind === "quarter" && bareQuarter(label) !== null) bare = cls.quarter;
    if (cls.kind === "group" && /\b(RP|ANGGARAN|KEUANGAN)\b/.test(label)) rpWord = true;
    path.push(cls);
  }
  // A REALISASI title without the word TRIWULAN (`Realisasi Kinerja dan Anggaran [Renja PD] Tahun 2023`) over
  // quarters (`Triwulan I`, `I`): the quarters make it the realisasi per triwulan, not the year's.
  const quarterBelow = path.some((p) => p.kind === "quarter");
  const yearGroup = path.findIndex((p) => p.kind === "group" && p.group === "realisasi");
  if (quarterBelow && yearGroup >= 0) path[yearGroup] = { kind: "group", group: "realisasiTw" };
  else if (quarterBelow && realisasiTitle !== "" && !path.some((p) => p.kind === "group")) {
    path.unshift({ kind: "group", group: "realisasiTw" });
    if (/\b(RP|ANGGARAN|KEUANGAN)\b/.test(realisasiTitle)) rpWord = true;
  }
  const groups = path.filter((p): p is Extract<ErHeaderClass, { kind: "group" }> => p.kind === "group");
  const group = overBoth ? groups[groups.length - 1] : groups[0];
  const lowest = path[path.length - 1];
  // `Volume` / `Satuan` / `Rp` under a group title: the satuan column is the indikator's satuan, not a figure.
  if (group && lowest?.kind === "key" && lowest.key === "satuan") return { kind: "single", key: "satuan" };
  if (group) {
    let quarter =
      group.quarter ??
      path.find((p): p is Extract<ErHeaderClass, { kind: "quarter" }> => p.kind === "quarter")?.quarter;
    // `I` / `II` under `Realisasi Kinerja Pada Semester`: the halves, in the places of TW II and TW IV.
    if (semester && bare !== null && quarter === bare) quarter = semesterQuarter(bare) ?? undefined;
    const units = path.filter((p): p is Extract<ErHeaderClass, { kind: "unit" }> => p.kind === "unit");
    const unit = units.length > 0 ? units[units.length - 1].unit : blockUnit;
    return { kind: "group", group: group.group, quarter, unit, rpWord, ...(revision ? { revision } : {}) };
  }
  // The top title names the column, but a `Satuan` or `Kode` under a title merged over several columns is its own
  // (`Indikator Kinerja …` over `Uraian` / `Satuan`, `Program/Kegiatan` over `Kode` / `Uraian`).
  const keys = path.filter((p): p is Extract<ErHeaderClass, { kind: "key" }> => p.kind === "key");
  if (keys.length === 0) return null;
  const own = keys.slice(1).find((k) => k.key === "satuan" || k.key === "kode");
  return { kind: "single", key: (own ?? keys[0]).key };
}

/**
 * The unit a title over whole groups gives them, where the form keeps every K column in one block and every Rp column
 * in another (er33 D1): `CAPAIAN KINERJA (K)`, `KINERJA (K)` are K; `REALISASI ANGGARAN (Rp)`, `KEUANGAN (Rp)` are Rp.
 */
function blockUnitOf(label: string): ErUnit | undefined {
  const words = new Set(label.split(" "));
  const rp = words.has("RP") || words.has("ANGGARAN") || words.has("KEUANGAN");
  const k = words.has("K") || words.has("KINERJA");
  if (rp && !k) return "Rp";
  if (k && !rp) return "K";
  return undefined;
}

/**
 * Without merges a group title is written once, above the first of its columns: an empty cell to its right takes
 * it when the rows below have labels there.
 */
function carriedGroupTitle(reader: CellReader, r: number, c: number, bottom: number, numberRow: number | null): string {
  let below = false;
  for (let k = r + 1; k <= bottom && !below; k++) if (k !== numberRow && labelAt(reader, k, c) !== "") below = true;
  if (!below) return "";
  for (let k = c - 1; k >= 0; k--) {
    if (reader.merges.find(r, k)) return "";
    const label = labelAt(reader, r, k);
    if (label === "") continue;
    return classifyErLabel(label)?.kind === "group" ? label : "";
  }
  return "";
}

interface Span {
  group: ErGroupWord;
  quarter?: Quarter;
  cols: number[];
  units: (ErUnit | undefined)[];
  rpWord: boolean;
  revision?: Revision;
}

const DEFAULT_UNITS: Record<number, ErUnit[]> = { 2: ["K", "Rp"], 3: ["K", "Persen", "Rp"] };

/** Column classes to a ColumnMap: group spans get their units, triwulan spans their quarters. First claim wins. */
export function resolveErColumns(classes: readonly (ColumnClass | null)[]): {
  columns: ColumnMap;
  kodeColumns: number[];
  uraianColumns: number[];
} {
  const columns: ColumnMap = {};
  const kodeColumns: number[] = [];
  const uraianColumns: number[] = [];
  const spans: Span[] = [];
  classes.forEach((cls, c) => {
    if (!cls) return;
    if (cls.kind === "single") {
      if (cls.key === "kode" && (kodeColumns.length === 0 || kodeColumns[kodeColumns.length - 1] === c - 1))
        kodeColumns.push(c);
      if (cls.key === "uraian" && (uraianColumns.length === 0 || uraianColumns[uraianColumns.length - 1] === c - 1))
        uraianColumns.push(c);
      if (columns[cls.key] === undefined) columns[cls.key] = c;
      return;
    }
    const prev = spans[spans.length - 1];
    const continues =
      prev &&
      prev.cols[prev.cols.length - 1] === c - 1 &&
      prev.group === cls.group &&
      prev.quarter === cls.quarter &&
      prev.revision === cls.revision &&
      // A quarter's unit again: the next title names the same quarter (yearUpToQuarter).
      !(cls.quarter !== undefined && cls.unit !== undefined && prev.units.includes(cls.unit));
    if (continues) {
      prev.cols.push(c);
      prev.units.push(cls.unit);
      prev.rpWord ||= cls.rpWord;
    } else {
      const { group, quarter, unit, rpWord, revision } = cls;
      spans.push({ group, quarter, cols: [c], units: [unit], rpWord, ...(revision ? { revision } : {}) });
    }
  });
  // A Renja Perubahan form (target Renja `Murni` | `Perubahan`): the revised columns are the group's, the others
  // give way wherever they stand.
  const revised = new Set(spans.filter((s) => s.revision === "perubahan").map((s) => s.group));
  const giveWay = (s: Span) => revised.has(s.group) && s.revision !== "perubahan";
  mistypedQuarters(spans);
  yearUpToQuarter(spans);
  const firstPlan = Math.min(
    ...spans.filter((s) => s.group === "targetRenja" || s.group === "realisasiTw").map((s) => s.cols[0]),
  );
  for (const span of spans) {
    if (giveWay(span)) continue;
    percentUnits(span);
    fillUnits(span);
    for (const [i, col] of span.cols.entries()) {
      const unit = span.units[i] as ErUnit;
      const quarters = span.group === "realisasiTw" ? quartersOf(span) : [];
      const group = groupOf(span.group, quarters[i] ?? span.quarter, col < firstPlan);
      if (!group) continue;
      const key = erGroupKey(group, unit) ?? erGroupKey(group, "K");
      if (key && columns[key] === undefined) columns[key] = col;
    }
  }
  return { columns, kodeColumns, uraianColumns };
}

/**
 * A triwulan span without a quarter of its own right after the span of quarter q is quarter q + 1: its label was
 * mistyped (`VI`) or left out; but when it holds only units that span lacks, it is the rest of quarter q, whose
 * label was written over its first column only (a header without merges). A `Satuan` column inside a quarter
 * (`K` / `Satuan` / `Rp`) splits its span in two: the part after it, of a unit the part before it does not have, is
 * still that quarter.
 */
function mistypedQuarters(spans: Span[]): void {
  const guessed = new Set<Span>();
  spans.forEach((span, i) => {
    const prev = spans[i - 1];
    if (span.group !== "realisasiTw" || span.quarter !== undefined || prev?.group !== "realisasiTw") return;
    const gap = span.cols[0] - prev.cols[prev.cols.length - 1] - 1;
    // Units quarter q has so far, over all its spans (a Satuan column may split one).
    const unitsOf = (q: Quarter) => spans.slice(0, i).flatMap((s) => (s.quarter === q ? s.units : []));
    const newUnits =
      prev.quarter !== undefined &&
      span.units.every((u) => u !== undefined && !unitsOf(prev.quarter as Quarter).includes(u));
    // `I` written over K alone (not merged over K and Rp): the Rp beside it is still quarter I.
    if (gap === 0 && prev.quarter !== undefined && newUnits && !guessed.has(prev)) {
      span.quarter = prev.quarter;
      guessed.add(span);
    } else if (gap === 0 && prev.quarter !== undefined && prev.quarter < 4) {
      span.quarter = (prev.quarter + 1) as Quarter;
      guessed.add(span);
    } else if (gap <= 1 && guessed.has(prev) && span.units.every((u) => u !== undefined && !prev.units.includes(u))) {
      span.quarter = prev.quarter;
      guessed.add(span);
    }
  });
}

/**
 * Realisasi (13) titled by the period it reaches (`Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi
 * s.d. Triwulan II`, `… sampai dengan Triwulan IV`) reads like a quarter's title; it follows the quarters, and names
 * one that a span before it already holds. Such a span is (13), where the form has no (13) titled otherwise.
 */
function yearUpToQuarter(spans: Span[]): void {
  if (spans.some((s) => s.group === "realisasi")) return;
  const held = new Set<Quarter>();
  for (const span of spans) {
    if (span.group !== "realisasiTw") continue;
    if (span.quarter !== undefined && held.has(span.quarter)) {
      span.group = "realisasi";
      delete span.quarter;
      return;
    }
    // A title over all four quarters holds each of them.
    for (const q of span.quarter === undefined ? ([1, 2, 3, 4] as const) : [span.quarter]) held.add(q);
  }
}

/**
 * Tingkat capaian (15) is a percentage in both its columns, so copies write `%` (or `K (%)` / `Rp (%)`) over both:
 * its two columns are K then Rp unless the unit row names the first one Rp (a form with Rp before K).
 */
function percentUnits(span: Span): void {
  if ((span.group !== "tingkatCapaian" && span.group !== "capaianRenja") || span.cols.length !== 2) return;
  const [a, b] = span.units;
  // `Rp (%)` | `K (%)`: the one named Rp is the Rp column, wherever it stands; the other is K (`K (%)` reads as a
  // percentage unit).
  if (a === "Rp" && b !== "Rp") span.units = ["Rp", "K"];
  else span.units = ["K", "Rp"];
}

function fillUnits(span: Span): void {
  if (span.units.every((u) => u !== undefined)) return;
  // One title over all four quarters and no units: the columns split evenly between the quarters.
  const perQuarter = span.group === "realisasiTw" && span.quarter === undefined ? span.cols.length / 4 : 0;
  const defaults =
    DEFAULT_UNITS[Number.isInteger(perQuarter) && perQuarter > 0 ? perQuarter : span.cols.length] ??
    (perQuarter === 1 ? ["K"] : undefined);
  if (span.units.every((u) => u === undefined) && defaults) {
    span.units = span.cols.map((_, i) => defaults[i % defaults.length]);
    return;
  }
  const fallback: ErUnit = span.rpWord && span.group !== "tingkatCapaian" && span.group !== "capaianRenja" ? "Rp" : "K";
  span.units = span.units.map((u) => u ?? fallback);
}

/** Quarters of a triwulan span without quarter labels: the next quarter starts where a unit repeats. */
function quartersOf(span: Span): (Quarter | undefined)[] {
  if (span.quarter !== undefined) return span.cols.map(() => span.quarter);
  const out: (Quarter | undefined)[] = [];
  let quarter = 1;
  let seen = new Set<ErUnit | undefined>();
  for (const unit of span.units) {
    if (seen.has(unit)) {
      quarter++;
      seen = new Set();
    }
    seen.add(unit);
    out.push(quarter <= 4 ? (quarter as Quarter) : undefined);
  }
  return out;
}

function groupOf(word: ErGroupWord, quarter: Quarter | undefined, beforePlan: boolean): ErGroup | null {
  if (word === "realisasiTw") return quarter === undefined ? null : (`realisasiTw${quarter}` as ErGroup);
  if (word === "realisasiRenstraAny") return beforePlan ? "realisasiRenstra" : "realisasiSdTahun";
  return word;
}
