import { MaybeNumber, NumberCell, Quarterly, RealisasiRincian, RowFormulas } from "../model/types";
import { ColumnKey, ColumnMap } from "../model/columns";
import { BudgetRowDraft } from "./drafts";
import { makeFinding } from "../model/makeFinding";
import { sumCells } from "../model/numberCells";
import {
  inCapitals,
  isAkunPendapatan,
  isPendapatanName,
  isRekeningBelanja,
  isUrusanHeading,
  splitCode,
} from "./levelWords";
import { readKode } from "./kodeCells";
import { inRupiah } from "./rupiahUnit";
import { CellReader, UNREADABLE } from "./readCells";
import { RealisasiParts } from "./headerWords";
import { isUnitHeadingText } from "./officeName";

const TOTAL_LABEL = /^(jumlah|total|rekap(?:itulasi)?|grand\s+total)\b/i;

/**
 * `JUMLAH`, `TOTAL BELANJA`, `Jumlah Halaman ini`, `Jumlah Sasaran 3`, `REKAP`, `GRAND TOTAL`: the label of a total
 * row, no budget row. After its total word it names the whole, a part of the table or of the office, or nothing: a
 * sub kegiatan named `Rekap Penyusunan Dokumen …` or `Jumlah Pembuatan Peta …` goes on with what it does (words35:
 * such rows were read as totals and dropped).
 */
export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(text) && TOTAL_REST.test(afterTotalWord(text));
}

/** What may follow a total word: nothing, a number or mark, or a word naming the whole or a part. */
const TOTAL_REST =
  /^(?:$|[^A-Za-z]|(?:total|keseluruhan|seluruh\w*|semua|umum|akhir|belanja|anggaran|pagu|realisasi|dana|program|kegiatan|sub|sasaran|tujuan|urusan|bidang|halaman|hal|hlm|per|s\/d|sd|sampai|triwulan|tw|semester|tahun|rp|dinas|badan|kantor|sekretariat|inspektorat|bagian|upt|uptd|unit|rsud|puskesmas|kecamatan|kelurahan|skpd|opd|perangkat|pd|[ivx]+|[a-z])\b)/i;

/** A total's label after its total word (`Sasaran 3` of `Jumlah Sasaran 3`). */
export function afterTotalWord(label: string): string {
  return label.replace(TOTAL_LABEL, "").trim();
}

const RECAP_WORD = /^rekap/i;
const BELANJA_HEADING = /^belanja(?:\s+daerah)?$/i;
/** `BIDANG PEMBINAAN SEKOLAH DASAR` in capitals over a bidang's programs (a recap of one sheet per bidang). */
const BIDANG_HEADING = /^bidang\s+(?!urusan\b)\S/i;

/**
 * A heading over part of the table, without a label's colon: `BELANJA DAERAH` over the programs after a BLUD's
 * revenue, `BIDANG PEMBINAAN PAUD` in capitals over a bidang's programs (unit39 D5: read as a program and a kegiatan,
 * with false findings and a bidang's JUMLAH checked against every program).
 */
function isPartHeading(text: string): boolean {
  return BELANJA_HEADING.test(text) || (BIDANG_HEADING.test(text) && inCapitals(text));
}

function isPendapatan(kode: string | undefined, name: string): boolean {
  return kode !== undefined && isPendapatanName(name) && isAkunPendapatan(kode);
}

/** `Rekapitulasi …` with a code in the KODE column: a sub kegiatan's name, no total. */
function codedRecap(reader: CellReader, read: BudgetColumnsRead, row: number, text: string): boolean {
  return RECAP_WORD.test(text) && readKode(reader, read.kodeColumns, row) !== undefined;
}
/** A line of shares under the total: `PERSENTASE TERHADAP PAGU`, `Prosentase (%)`, `% Serapan`, `Capaian (%)`. */
const SHARE_LABEL = /^(?:persentase|prosentase|capaian|rasio|serapan|%)/i;
const UNIT_HEADING = /^(?:unit\s+kerja|unit\s+organisasi|sub\s*unit|bidang|bagian|sekretariat|upt|uptd)\s*:/i;
/** A name repeated where a printed page breaks a block: `… (lanjutan)`, `… (lanj.)`, `… (sambungan)`. */
const CONTINUED = /\S\s*\(\s*(?:lanjutan|lanj\.?|sambungan)\s*\)\s*$/i;
/**
 * A detail line of the row above, labelled: `Lokasi: …`, `Sumber Dana: DAU`, `Keterangan: …`, `Output: …`,
 * `Outcome: …` (a program's indikator written under it).
 */
const DETAIL_LINE =
  /^(?:lokasi|sumber\s*dana|keterangan|ket\.|catatan|output|keluaran|outcome|hasil|sasaran\s+lokasi|indikator(?:\s+(?:program|kegiatan|kinerja))?)\s*:/i;

/** Words an indikator's name begins with, and no program, kegiatan or sub kegiatan of the nomenclature. */
const INDIKATOR_LINE =
  /^(?:persentase|prosentase|presentase|jumlah|indeks|nilai|tingkat|rasio|angka|cakupan|capaian|proporsi|rata[\s-]*rata)\s/i;

const MONEY_COLUMNS: readonly ColumnKey[] = ["pagu", "kas1", "kas2", "kas3", "kas4", "realisasiAnggaran"];

/** Any money column of the row holds a number (typed, or a formula's). */
function anyNumber(reader: CellReader, row: number, columns: ColumnMap): boolean {
  const cells = reader.grid.cells[row];
  if (!cells) return false;
  for (const key of MONEY_COLUMNS) {
    const col = columns[key];
    if (col !== undefined && typeof cells[col]?.value === "number") return true;
  }
  return false;
}

/** A name one level column further right reads as this much more indent (more than any indent a cell has). */
const LEVEL_COLUMN_INDENT = 16;

/** How the budget half's cells are read beyond the column map: a code in parts, Rupiah in thousands. */
export interface BudgetColumnsRead {
  /** The KODE column and its parts right of it, left to right. */
  kodeColumns: readonly number[];
  /**
   * Name columns one per level (`PROGRAM | KEGIATAN | SUB KEGIATAN`): a row's name is in the one it fills, and how
   * far right that is tells its level as an indent would. Empty: the `uraian` column alone.
   */
  uraianColumns: readonly number[];
  /** An anggaran kas planned per month, without kas columns per quarter: each quarter's month columns. */
  monthlyKas?: readonly (readonly number[])[];
  /** No column for the year's realisasi anggaran: the parts it is written in (RealisasiParts). */
  realisasiParts?: RealisasiParts;
  /** The report's triwulan, where the title says it: the parts of the year so far. */
  triwulan?: number | null;
  /** What an amount as written is multiplied by to be rupiah: 1000 on a sheet `dalam ribuan rupiah`. */
  rpFactor: number;
  /** Where the rows labelled JUMLAH / TOTAL are collected, as read (they are no budget row; see totalRows.ts). */
  totalRows?: TotalRowRead[];
  /** Where the rekening belanja rows under a sub kegiatan are collected (A1 of their code or name): no budget row. */
  rekeningRows?: string[];
  /** Where the urusan rows above the programs are collected (A1 of their name): no budget row. */
  urusanRows?: string[];
  /** Where revenue rows (a BLUD's `PENDAPATAN`, code of akun 4) are collected (A1 of their name): no budget row. */
  pendapatanRows?: string[];
  /**
   * Where the rows of a budget's revision under a budget row (`Perubahan`, `Murni`) are collected (A1 of their name):
   * no budget row (hierarchy.ts, revisionOf).
   */
  perubahanRows?: string[];
  /** Where the rows read as the rest of the name above them are collected (A1 of their words): no budget row. */
  lanjutanRows?: string[];
}

/** A JUMLAH / TOTAL row's pagu and realisasi as read: null when empty, UNREADABLE when not a number. */
export interface TotalRowRead {
  row: number;
  /** The row's label as written (`JUMLAH`, `Jumlah Sasaran 3`, `Jumlah Halaman ini`). */
  label: string;
  pagu: NumberCell | null | typeof UNREADABLE;
  realisasi: NumberCell | null | typeof UNREADABLE;
}

/**
 * The budget half of one row, or null when the row has neither a name nor a budget number there (or is a
 * JUMLAH/TOTAL line, which is not a program, kegiatan or sub kegiatan). A row with numbers and no name is kept with
 * name "" and a `missing-name` finding.
 */
export function readBudgetRow(
  reader: CellReader,
  columns: ColumnMap,
  row: number,
  read: BudgetColumnsRead,
): BudgetRowDraft | null {
  let uraianCol = columns.uraian as number;
  let text = reader.nameText(row, uraianCol);
  let depth = 0;
  for (let i = 1; text === "" && i < read.uraianColumns.length; i++) {
    uraianCol = read.uraianColumns[i];
    text = reader.nameText(row, uraianCol);
    depth = i;
  }
  // `Lokasi: 24 Puskesmas` | `Sumber Dana: DAU` under a sub kegiatan: its details, in words, before any money cell is
  // read as a figure (a label's words there are no unreadable amount).
  if (DETAIL_LINE.test(text) && !anyNumber(reader, row, columns)) return null;
  // Read in column order (KAS_KEYS); every row of a large sheet passes here, so no intermediate arrays.
  const pagu = reader.amountCell(row, columns.pagu);
  const monthly = read.monthlyKas;
  const kas1 = monthly ? monthsOf(reader, row, monthly[0]) : reader.amountCell(row, columns.kas1);
  const kas2 = monthly ? monthsOf(reader, row, monthly[1]) : reader.amountCell(row, columns.kas2);
  const kas3 = monthly ? monthsOf(reader, row, monthly[2]) : reader.amountCell(row, columns.kas3);
  const kas4 = monthly ? monthsOf(reader, row, monthly[3]) : reader.amountCell(row, columns.kas4);
  const realisasi =
    read.realisasiParts && columns.realisasiAnggaran === undefined
      ? realisasiOfParts(reader, row, read.realisasiParts, read.triwulan ?? null)
      : reader.amountCell(row, columns.realisasiAnggaran);
  const capaian = reader.numberCell(row, columns.capaianAnggaran);
  // Present: any content, an unreadable one included.
  const hasNumbers =
    pagu !== null ||
    kas1 !== null ||
    kas2 !== null ||
    kas3 !== null ||
    kas4 !== null ||
    realisasi !== null ||
    capaian !== null;
  if (text === "" && !hasNumbers) return null;
  // `UNIT KERJA : BIDANG PELAYANAN KESEHATAN` or `II. UPTD LABORATORIUM KESEHATAN` over the programs of one part of
  // the office, `BELANJA DAERAH` over the programs after a BLUD's revenue: a heading, no program, and no line of the
  // name above it.
  if (!hasNumbers && (UNIT_HEADING.test(text) || isUnitHeadingText(text) || isPartHeading(text))) return null;
  // `Persentase capaian kinerja program` under a program, unlabelled and without figures: its indikator, no kegiatan.
  if (!hasNumbers && INDIKATOR_LINE.test(text) && readKode(reader, read.kodeColumns, row) === undefined) return null;
  // `PROGRAM … (lanjutan)` repeated at the top of a printed page: the program above goes on, no new one.
  if (!hasNumbers && CONTINUED.test(text)) return null;
  if (isTotalLabel(text) && !codedRecap(reader, read, row, text)) {
    read.totalRows?.push({ row, pagu, realisasi, label: text });
    return null;
  }
  // `PERSENTASE TERHADAP PAGU` under the TOTAL row: the total's shares in percent, no kegiatan.
  if (SHARE_LABEL.test(text) && read.totalRows?.some((t) => t.row < row)) return null;
  // No program, however it adds them up: the table has no level above the program.
  // `URUSAN PEMERINTAHAN WAJIB … - 1.02 KESEHATAN`, `1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN`, `BIDANG URUSAN …`:
  // the urusan or bidang urusan a sheet built from the DPA keeps above its programs, often with their total.
  if (isUrusanHeading(text)) {
    read.urusanRows?.push(reader.a1(row, uraianCol));
    return null;
  }

  const split = splitCode(text);
  const kode = readKode(reader, read.kodeColumns, row) ?? split.kode;
  const cell = reader.a1(row, uraianCol);
  // A BLUD's revenue (`4.1.4.16.01 PENDAPATAN BLUD` and its lines) is no belanja (unit39 D1: it was added to
  // BELANJA DAERAH as a program). Only with its code of akun 4: a kegiatan may begin with the word.
  if (isPendapatan(kode, split.name)) {
    read.pendapatanRows?.push(cell);
    return null;
  }
  // A rekening belanja (`5.1.02.01.01.0024 Belanja Alat Tulis Kantor`) details the sub kegiatan above it.
  if (isRekeningBelanja(kode, split.name)) {
    read.rekeningRows?.push(cell);
    return null;
  }
  if (split.name === "") {
    reader.findings.push(
      makeFinding({
        rule: "missing-name",
        sheet: reader.sheet,
        cell,
        key: "missing-name.budget",
        params: { cell, baris: row + 1 },
      }),
    );
  }
  const m = reader.merges.find(row, uraianCol);
  const paguCol = columns.pagu;
  const heading =
    !hasNumbers && m !== undefined && m.top === row && paguCol !== undefined && m.left < paguCol && m.right >= paguCol;
  const styled = m && m.top === row ? reader.cell(m.top, m.left) : reader.cell(row, uraianCol);
  const indent = depth > 0 ? depth * LEVEL_COLUMN_INDENT + (styled?.indent ?? 0) : styled?.indent;
  const f = read.rpFactor;
  const draft: BudgetRowDraft = {
    row,
    name: split.name,
    cell,
    pagu: amountOf(pagu, f),
    anggaranKas: [amountOf(kas1, f), amountOf(kas2, f), amountOf(kas3, f), amountOf(kas4, f)] as Quarterly,
    realisasi: amountOf(realisasi, f),
    capaian: valueOf(capaian),
    bold: styled?.bold === true,
    indent: typeof indent === "number" && Number.isFinite(indent) ? indent : 0,
  };
  if (kode) draft.kode = kode;
  if (heading) draft.headingTo = reader.a1(row, m.right);
  // A name alone, every money cell empty (kegiatan rows that only head their sub kegiatan): totalled from the rows
  // under it, as a merged heading is, when it has any (headingRows.ts).
  else if (!hasNumbers && split.name !== "") draft.headingTo = "";
  if (
    pagu === UNREADABLE ||
    kas1 === UNREADABLE ||
    kas2 === UNREADABLE ||
    kas3 === UNREADABLE ||
    kas4 === UNREADABLE ||
    realisasi === UNREADABLE ||
    capaian === UNREADABLE
  ) {
    const read: [ColumnKey, Read][] = [
      ["pagu", pagu],
      ["kas1", kas1],
      ["kas2", kas2],
      ["kas3", kas3],
      ["kas4", kas4],
      ["realisasiAnggaran", realisasi],
      ["capaianAnggaran", capaian],
    ];
    draft.unreadable = read.filter(([, r]) => r === UNREADABLE).map(([key]) => key);
  }
  const formulas = rowFormulas(reader, columns, row);
  if (formulas) draft.formulas = formulas;
  // Parts beside the year's column (`JANUARI … SEPTEMBER` before `JUMLAH`): what they say, for realisasi-total-mismatch.
  if (
    read.realisasiParts &&
    columns.realisasiAnggaran !== undefined &&
    realisasi !== null &&
    realisasi !== UNREADABLE
  ) {
    const rincian = rincianOf(reader, row, read.realisasiParts, read.triwulan ?? null, f);
    if (rincian) draft.realisasiRincian = rincian;
  }
  return draft;
}

/** The parts' realisasi with the cells it comes from; null when none is filled or one cannot be read. */
function rincianOf(
  reader: CellReader,
  row: number,
  parts: RealisasiParts,
  triwulan: number | null,
  factor: number,
): RealisasiRincian | null {
  const used = partsUpTo(parts, triwulan);
  if (used === null) return null;
  const { read, filled } = sumOfParts(reader, row, used);
  if (read === null || read === UNREADABLE) return null;
  return {
    value: amountOf(read, factor) as NumberCell,
    cells: filled.map((r) => r.cell),
    per: parts.unit === "quarter" ? "triwulan" : "bulan",
    kumulatif: parts.cumulative,
  };
}

/** The sum of the parts read, at the last filled one's cell, and the filled ones; unreadable when one is. */
function sumOfParts(
  reader: CellReader,
  row: number,
  used: RealisasiParts["cols"],
): { read: Read; filled: NumberCell[] } {
  const filled: NumberCell[] = [];
  for (const p of used) {
    const read = reader.amountCell(row, p.col);
    if (read === UNREADABLE) return { read, filled };
    if (read !== null) filled.push(read as NumberCell);
  }
  return { read: sumCells(filled, filled[filled.length - 1]?.cell), filled };
}

/**
 * The parts of the year so far: each quarter's or month's own up to the report's triwulan (all of them when it is not
 * known), every one of them there (`TW III` alone beside `S/D TW III` is no sum of the year); the column up to the
 * report's quarter. Null when the sheet does not have them all.
 */
function partsUpTo(parts: RealisasiParts, triwulan: number | null): RealisasiParts["cols"] | null {
  if (parts.cumulative) {
    const at = triwulan === null ? parts.cols[parts.cols.length - 1] : parts.cols.find((p) => p.index === triwulan);
    return at ? [at] : null;
  }
  const last =
    triwulan === null
      ? Math.max(...parts.cols.map((p) => p.index))
      : parts.unit === "quarter"
        ? triwulan
        : triwulan * 3;
  const used = parts.cols.filter((p) => p.index <= last);
  return used.length === last ? used : null;
}

/** The formulas of the row's money cells, or undefined when none holds one (most rows of most sheets). */
function rowFormulas(reader: CellReader, columns: ColumnMap, row: number): RowFormulas | undefined {
  let out: RowFormulas | undefined;
  for (const key of MONEY_COLUMNS) {
    const col = columns[key];
    const formula = col === undefined ? undefined : reader.cell(row, col)?.formula;
    if (formula) (out ??= {})[key] = formula;
  }
  return out;
}

type Read = NumberCell | null | typeof UNREADABLE;

function valueOf(read: Read): MaybeNumber {
  return read === UNREADABLE ? null : (read as MaybeNumber);
}

/**
 * A quarter's anggaran kas from its months: their sum, at its first filled month's cell; unreadable when a month is,
 * absent when all are empty.
 */
function monthsOf(reader: CellReader, row: number, cols: readonly number[]): Read {
  const months: MaybeNumber[] = [];
  for (const col of cols) {
    const month = reader.amountCell(row, col);
    if (month === UNREADABLE) return UNREADABLE;
    months.push(month as MaybeNumber);
  }
  return sumCells(months, months.find((m) => m !== null)?.cell);
}

/**
 * The year's realisasi from its parts: up to the report's quarter (or, without one, the latest filled), or the sum of
 * each part's own up to the report's quarter, at the latest filled part's cell; unreadable when a part read is.
 */
function realisasiOfParts(reader: CellReader, row: number, parts: RealisasiParts, triwulan: number | null): Read {
  if (parts.cumulative) {
    const at = triwulan === null ? undefined : parts.cols.find((p) => p.index === triwulan);
    if (at) return reader.amountCell(row, at.col);
    for (let i = parts.cols.length - 1; i >= 0; i--) {
      const read = reader.amountCell(row, parts.cols[i].col);
      if (read !== null) return read;
    }
    return null;
  }
  const used = partsUpTo(parts, triwulan);
  return used === null ? null : sumOfParts(reader, row, used).read;
}

/** An amount as rupiah: as written, or multiplied back from thousands or millions. */
function amountOf(read: Read, factor: number): MaybeNumber {
  const value = valueOf(read);
  return value === null || factor === 1 ? value : inRupiah(value, factor);
}
