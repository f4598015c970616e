import Decimal from "decimal.js";
import { nilaiKualitatifOf } from "../formulas/nilaiKualitatif";
import { parsePolaritas, Polaritas } from "../formulas";
import { toA1 } from "../grid/address";
import { Grid, GridCell } from "../grid/grid";
import { parseCellNumber } from "../numbers";
import { isDashText, isPercentFormat } from "../numbers/parseNumber";
import { D } from "../numbers/decimal";
import { DataBelanja, DataIndikator, DataPendukung, DataProgram, DataSasaran } from "../model/dataPendukung";
import { FILL_INPUT, FILL_READONLY } from "./cellStyles";
import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";
import { DataColumn as KolomAngka } from "../model/messages/params";
import {
  classifyHeader,
  classifyLabel,
  classifyProgramHeader,
  classifySasaranHeader,
  DataColumn,
  LabelKey,
  ProgramColumn,
  SasaranColumn,
  SectionKind,
} from "./dataPendukungLayout";
import { normaliseName } from "./text";
import { NotCalculatedFormulas } from "../layout/notCalculated";
import { CountedFinding } from "../model/countedFinding";

/** What the Data Pendukung sheet holds: DataPendukung plus the year the user wrote (null when empty). */
export interface DataPendukungTerbaca extends DataPendukung {
  tahun: number | null;
  /** The sheet it was read from. */
  sheet?: string;
}

/** The year of a DataPendukung read by readDataPendukung, if it carries one. */
export function tahunDataPendukung(dp: DataPendukung | null): number | null {
  const t = (dp as Partial<DataPendukungTerbaca> | null)?.tahun;
  return typeof t === "number" ? t : null;
}

const NUMBER_COLUMNS = ["targetTahunLalu", "realisasiTahunLalu", "targetAkhirRenstra"] as const;
const INPUTS: DataColumn[] = ["polaritas", ...NUMBER_COLUMNS, "analisis", "programPenunjang"];
const POLARITAS_WORDS = "positif, negatif, negatif-b atau stabil";

function text(cell: GridCell | undefined): string {
  const v = cell?.value;
  return v === null || v === undefined ? "" : String(v).trim();
}

/** One table of the sheet: its header row, kind, and where each of its columns is. */
export interface DataSection {
  kind: SectionKind;
  row: number;
  columns: Partial<Record<string, number>>;
  /** The row after its rows: the next table's header row, else the end of the sheet. */
  end: number;
  /** Its leftmost and rightmost known columns: what lies right of it (notes) is not part of it. */
  firstColumn: number;
  lastColumn: number;
}

/** The header row of the (first) indikator table and where each column is, or null when the sheet has none. */
export function findDataPendukungHeader(
  grid: Grid,
): { row: number; columns: Partial<Record<DataColumn, number>> } | null {
  const first = findSections(grid).find((s) => s.kind === "indikator");
  return first ? { row: first.row, columns: first.columns as Partial<Record<DataColumn, number>> } : null;
}

/** Longer than any column title of ours or of a hand-made Data Pendukung: a note, not a title. */
const MAX_TITLE = 60;

/**
 * Every table of the sheet by its header row, wherever the officer moved it: the indikator table (an Indikator
 * column and at least one input column), the sasaran table (Sasaran and Rencana Tindak Lanjut) and the program
 * table (Program and Sumber Dana). A table may appear more than once (rows added by a later run).
 */
export function findSections(grid: Grid): DataSection[] {
  const out: Omit<DataSection, "end" | "firstColumn" | "lastColumn">[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const row = grid.cells[r] ?? [];
    // A row of entries is no header, whatever words the officer typed in it (an analysis, a note saying
    // `indikator`): entries hold numbers, and a note is longer than a column title.
    if (row.some((c) => typeof c?.value === "number")) continue;
    const words = row.map((c) => {
      const t = normaliseName(text(c));
      return t.length > MAX_TITLE ? "" : t;
    });
    const program = columnsOf(words, classifyProgramHeader);
    if (program.program !== undefined && program.sumberDana !== undefined) {
      out.push({ kind: "program", row: r, columns: program });
      continue;
    }
    const sasaran = columnsOf(words, classifySasaranHeader);
    const indikator = columnsOf(words, classifyHeader);
    if (
      sasaran.sasaran !== undefined &&
      sasaran.rencanaTindakLanjut !== undefined &&
      indikator.indikator === undefined
    ) {
      out.push({ kind: "sasaran", row: r, columns: sasaran });
      continue;
    }
    if (indikator.indikator !== undefined && INPUTS.some((k) => indikator[k] !== undefined)) {
      out.push({ kind: "indikator", row: r, columns: indikator });
    }
  }
  return out.map((s, i) => {
    const cols = Object.values(s.columns).filter((c): c is number => c !== undefined);
    const end = i + 1 < out.length ? out[i + 1].row : grid.rowCount;
    return { ...s, end, firstColumn: Math.min(...cols), lastColumn: Math.max(...cols) };
  });
}

function columnsOf<K extends string>(words: string[], classify: (w: string) => K | null): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  words.forEach((w, c) => {
    const kind = classify(w);
    if (kind && columns[kind] === undefined) columns[kind] = c;
  });
  return columns;
}

/** Above this a percentage cell's number, as a fraction (1000%), is percent points pasted as a value (82 for 82%). */
const MAX_PERCENT_FRACTION = 10;

/**
 * Whether a sheet holds what our Data Pendukung holds: one of its tables (by its header words) or one of its labels
 * (Nama Perangkat Daerah, Total Anggaran, Tahun …). A sheet of the officer's own that happens to be called "Data
 * Pendukung" (a staff list, a budget recap) has neither, and is then theirs: never read or appended to as ours.
 */
export function looksLikeDataPendukung(grid: Grid): boolean {
  return findSections(grid).length > 0 || new Reader(grid, []).labels().size > 0;
}

/**
 * Read the Data Pendukung sheet, finding its labels and its tables by their words (rows and columns may have
 * moved). Numbers are read as the indikator's own unit, percentages in percent points: 0,86 in a cell formatted as a
 * percentage is 86, as is 86 in a General cell or the text `86%`; 86 in a percentage cell shows 8600% and is refused
 * (pastedPercent). Bad entries give findings, never an exception.
 */
export function readDataPendukung(grid: Grid): { data: DataPendukungTerbaca; findings: Finding[] } {
  const findings: Finding[] = [];
  const reader = new Reader(grid, findings);
  const sections = findSections(grid);
  const labels = reader.labels();
  const labelCells: DataPendukung["labelCells"] = {};
  const at = (key: LabelKey) => labels.get(key);
  const nama = at("namaPerangkatDaerah");
  const total = at("totalAnggaran");
  const tahun = at("tahun");
  if (nama) labelCells.namaPerangkatDaerah = toA1(nama.row, nama.col);
  if (total) labelCells.totalAnggaran = toA1(total.row, total.col);
  if (tahun) labelCells.tahun = toA1(tahun.row, tahun.col);
  const data: DataPendukungTerbaca = {
    namaPerangkatDaerah: nama ? text(grid.cells[nama.row]?.[nama.col]) : "",
    totalAnggaran: total ? reader.number(total.row, total.col, "totalAnggaran") : null,
    tahun: tahun ? reader.year(tahun.row, tahun.col) : null,
    indikator: [],
    program: [],
    sasaran: [],
    labelCells,
    sheet: grid.name,
  };
  const belanja = (
    a: "operasiAnggaran" | "pegawaiAnggaran",
    r: "operasiRealisasi" | "pegawaiRealisasi",
  ): DataBelanja | undefined => {
    const anggaran = at(a);
    const realisasi = at(r);
    if (!anggaran && !realisasi) return undefined;
    return {
      anggaran: anggaran ? reader.number(anggaran.row, anggaran.col, a) : null,
      realisasi: realisasi ? reader.number(realisasi.row, realisasi.col, r) : null,
      cells: {
        ...(anggaran ? { anggaran: toA1(anggaran.row, anggaran.col) } : {}),
        ...(realisasi ? { realisasi: toA1(realisasi.row, realisasi.col) } : {}),
      },
    };
  };
  data.belanjaOperasi = belanja("operasiAnggaran", "operasiRealisasi");
  data.belanjaPegawai = belanja("pegawaiAnggaran", "pegawaiRealisasi");
  if (!sections.some((s) => s.kind === "indikator")) {
    findings.push(
      makeFinding({
        rule: "missing-value",
        sheet: grid.name,
        cell: "A1",
        expected: "Indikator Kinerja",
        key: "missing-value.data-pendukung-header",
        params: { sheet: grid.name },
      }),
    );
  }
  sections.forEach((s) => {
    const rows = reader.dataRows(s, labels);
    if (s.kind === "indikator")
      data.indikator.push(...reader.indikatorRows(rows, s.columns as Partial<Record<DataColumn, number>>));
    if (s.kind === "sasaran")
      data.sasaran?.push(...reader.sasaranRows(rows, s.columns as Partial<Record<SasaranColumn, number>>));
    if (s.kind === "program")
      data.program?.push(...reader.programRows(rows, s.columns as Partial<Record<ProgramColumn, number>>));
  });
  return { data, findings };
}

/**
 * A line the officer typed under or between a table's rows (`Catatan petugas: …` in the NO column, often merged
 * across): words alone in the NO column, no row number and nothing in the table's other columns; or a line that
 * begins with a note's word (`Catatan`, `Keterangan`, `NB`) wherever it starts, which no sasaran, indikator or
 * program does. No entry.
 */
function isNoteLine(
  row: readonly (GridCell | undefined)[],
  filled: readonly number[],
  noColumn: number | undefined,
): boolean {
  if (NOTE_WORD.test(text(row[filled[0]]))) return true;
  if (noColumn === undefined || filled.length !== 1 || filled[0] !== noColumn) return false;
  const t = text(row[noColumn]);
  return /[A-Za-z]{3}/.test(t) && !/^\s*\d+[.)]?\s*$/.test(t);
}

const NOTE_WORD = /^(?:catatan|keterangan|ket\.|nb\b|n\.b\.|note\b)/i;

class Reader {
  /** Formulas saved without their result (a file written by a program that does not calculate): one finding. */
  private readonly notCalculated: NotCalculatedFormulas;
  /** Percentage cells holding percent points (pastedPercent): one paste fills a block, one finding names it. */
  private readonly pastedPercents: CountedFinding<{
    cell: string;
    kolom: KolomAngka;
    nilai: Decimal;
    indikator: string;
  }>;

  constructor(
    private readonly grid: Grid,
    private readonly findings: Finding[],
  ) {
    this.notCalculated = new NotCalculatedFormulas(grid.name, findings);
    this.pastedPercents = new CountedFinding(findings, (first, lain) => {
      const params = {
        cell: first.cell,
        kolom: first.kolom,
        sheet: grid.name,
        nilai: first.nilai,
        desimal: first.nilai.decimalPlaces(),
        persen: false,
      };
      const common = {
        rule: "unreadable-value" as const,
        sheet: grid.name,
        cell: first.cell,
        actual: first.nilai,
        level: "indikator" as const,
        name: first.indikator,
      };
      return lain === 0
        ? makeFinding({ ...common, key: "unreadable-value.data-pendukung-persen", params })
        : makeFinding({ ...common, key: "unreadable-value.data-pendukung-persen-many", params: { ...params, lain } });
    });
  }

  private cell(row: number, col: number): GridCell | undefined {
    return this.grid.cells[row]?.[col];
  }

  /** Each label's value cell: the first non-empty cell right of a cell that names it (first occurrence wins). */
  labels(): Map<LabelKey, { row: number; col: number; labelRow: number }> {
    const out = new Map<LabelKey, { row: number; col: number; labelRow: number }>();
    for (let r = 0; r < this.grid.rowCount; r++) {
      const row = this.grid.cells[r] ?? [];
      const first = row.findIndex((c) => text(c) !== "");
      if (first < 0) continue;
      const key = classifyLabel(normaliseName(text(row[first])));
      if (!key || out.has(key)) continue;
      const merged = this.grid.merges.find((m) => m.top === r && m.left === first);
      const next = merged ? merged.right + 1 : first + 1;
      let value = next;
      const width = Math.max(row.length, this.grid.colCount);
      while (value < width && text(row[value]) === "") value++;
      // A label with nothing right of it still says where the value goes: the cell after it.
      out.set(key, { row: r, col: value < width ? value : next, labelRow: r });
    }
    return out;
  }

  /** The section's rows under its header that hold something in its columns and are not label rows. */
  dataRows(section: DataSection, labels: Map<LabelKey, { labelRow: number }>): number[] {
    const labelRows = new Set([...labels.values()].map((l) => l.labelRow));
    const out: number[] = [];
    for (let r = section.row + 1; r < section.end; r++) {
      if (labelRows.has(r)) continue;
      // Only the table's own columns make a row one of its rows: a note right of it (the officer's, or ours about a
      // row that matched nothing) beside an emptied row is not an entry.
      const row = this.grid.cells[r] ?? [];
      const filled: number[] = [];
      for (let c = section.firstColumn; c <= section.lastColumn; c++) if (text(row[c]) !== "") filled.push(c);
      if (filled.length > 0 && !isNoteLine(row, filled, section.columns.no)) out.push(r);
    }
    return out;
  }

  /** A number in the cell; empty gives null; unreadable gives null and a finding. */
  number(row: number, col: number, kolom: KolomAngka, indikator: string | null = null): Decimal | null {
    const cell = this.cell(row, col);
    // The officer's entry is a formula whose result the file does not hold: not known, which is not empty.
    if (cell?.formula !== undefined && (cell.value === null || cell.value === undefined)) {
      this.notCalculated.add(toA1(row, col), cell.formula);
      return null;
    }
    const parsed = parseCellNumber(cell);
    if (parsed.kind === "empty") return null;
    if (parsed.kind === "number") return parsed.value;
    this.unreadable(row, col, kolom, parsed.text, null, indikator);
    return null;
  }

  /**
   * A number above 1000% in a cell formatted as a percentage (82 pasted as a value where 0,82 shows 82%): shown as
   * 8200%, a figure no indikator's percentage is. True when the cell is such: not read, and said with what to type
   * instead.
   */
  pastedPercent(row: number, col: number, kolom: KolomAngka, indikator: string): boolean {
    const cell = this.cell(row, col);
    const v = cell?.value;
    if (typeof v !== "number" || !isPercentFormat(cell?.numFmt) || !(Math.abs(v) > MAX_PERCENT_FRACTION)) return false;
    this.pastedPercents.add({ cell: toA1(row, col), kolom, nilai: new D(v), indikator });
    return true;
  }

  year(row: number, col: number): number | null {
    const v = this.number(row, col, "tahun");
    if (v === null) return null;
    if (!v.isInteger() || v.lessThan(1900) || v.greaterThan(2999)) {
      this.unreadable(row, col, "tahun", text(this.cell(row, col)), "tahun empat angka, mis. 2022");
      return null;
    }
    return v.toNumber();
  }

  private unreadable(
    row: number,
    col: number,
    kolom: KolomAngka,
    actual: string,
    expected: string | null,
    indikator: string | null = null,
  ): void {
    const a1 = toA1(row, col);
    this.findings.push(
      makeFinding({
        rule: "unreadable-value",
        sheet: this.grid.name,
        cell: a1,
        expected,
        actual,
        key: "unreadable-value.data-pendukung",
        params: { cell: a1, kolom, sheet: this.grid.name, teks: actual },
        ...(indikator !== null ? { level: "indikator", name: indikator } : {}),
      }),
    );
  }

  private polaritas(
    row: number,
    col: number | undefined,
    indikator: string,
  ): { polaritas: Polaritas; tertulis: boolean } {
    if (col === undefined) return { polaritas: "positif", tertulis: false };
    const raw = text(this.cell(row, col));
    if (raw === "") return { polaritas: "positif", tertulis: false };
    const p = parsePolaritas(raw);
    if (p) return { polaritas: p, tertulis: true };
    const a1 = toA1(row, col);
    this.findings.push(
      makeFinding({
        rule: "unreadable-value",
        sheet: this.grid.name,
        cell: a1,
        expected: POLARITAS_WORDS,
        actual: raw,
        key: "unreadable-value.polaritas",
        params: { cell: a1, sheet: this.grid.name, teks: raw },
        level: "indikator",
        name: indikator,
      }),
    );
    return { polaritas: "positif", tertulis: true };
  }

  private cellsOf(r: number, columns: Partial<Record<string, number>>): Partial<Record<string, string>> {
    const out: Partial<Record<string, string>> = {};
    for (const [key, col] of Object.entries(columns)) if (col !== undefined) out[key] = toA1(r, col);
    return out;
  }

  /**
   * The indikator rows. A row without an indikator name is kept when anything else is on it: it may belong to an
   * indikator the source sheet leaves unnamed (matched by its place), or be reported as matching nothing.
   */
  indikatorRows(rows: number[], columns: Partial<Record<DataColumn, number>>): DataIndikator[] {
    const out: DataIndikator[] = [];
    const indCol = columns.indikator as number;
    const textAt = (r: number, key: DataColumn) =>
      columns[key] === undefined ? "" : text(this.cell(r, columns[key] as number));
    let sasaran = "";
    for (const r of rows) {
      sasaran = textAt(r, "sasaran") || sasaran;
      const name = textAt(r, "indikator");
      let kualitatif: DataIndikator["kualitatif"];
      const num = (key: (typeof NUMBER_COLUMNS)[number]) => {
        const col = columns[key];
        if (col === undefined) return null;
        // An indikator measured on an ordered scale: its last year's value is a word (`WTP`), not a number.
        const v = this.cell(r, col)?.value;
        // A dash where last year's or the Renstra figure belongs: none given (as a dash where the source sheet's
        // target belongs), not 0; the table leaves its cell empty and says so.
        if (typeof v === "string" && isDashText(v)) return null;
        const nilai = typeof v === "string" ? nilaiKualitatifOf(v) : null;
        if (nilai) {
          (kualitatif ??= {})[key] = { ...nilai, cell: toA1(r, col) };
          return null;
        }
        return this.pastedPercent(r, col, key, name) ? null : this.number(r, col, key, name);
      };
      const { polaritas, tertulis } = this.polaritas(r, columns.polaritas, name);
      const nameTyped = this.nameTyped(r, indCol);
      out.push({
        sasaran,
        indikator: name,
        ...(nameTyped === undefined ? {} : { nameTyped }),
        polaritas,
        polaritasTertulis: tertulis,
        satuan: textAt(r, "satuan"),
        targetTahunLalu: num("targetTahunLalu"),
        realisasiTahunLalu: num("realisasiTahunLalu"),
        targetAkhirRenstra: num("targetAkhirRenstra"),
        ...(kualitatif ? { kualitatif } : {}),
        analisis: textAt(r, "analisis"),
        programPenunjang: textAt(r, "programPenunjang"),
        cell: toA1(r, indCol),
        cells: this.cellsOf(r, columns),
        row: r,
        ...this.wholeNumber(r, columns.no),
      });
    }
    return out;
  }

  /** The name cell's fill: the template's input colour (typed by the officer), its read-only one, or neither. */
  private nameTyped(r: number, col: number): boolean | undefined {
    const fill = this.cell(r, col)?.fill?.replace(/^#/, "").toUpperCase();
    return fill === FILL_INPUT ? true : fill === FILL_READONLY ? false : undefined;
  }

  /** `{ no }` when the cell holds a whole number (typed, or as text), else nothing. */
  private wholeNumber(r: number, col: number | undefined): { no?: number } {
    const v = col === undefined ? undefined : this.cell(r, col)?.value;
    const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{1,6}\s*$/.test(v) ? Number(v) : NaN;
    return Number.isInteger(n) ? { no: n } : {};
  }

  sasaranRows(rows: number[], columns: Partial<Record<SasaranColumn, number>>): DataSasaran[] {
    const textAt = (r: number, key: SasaranColumn) =>
      columns[key] === undefined ? "" : text(this.cell(r, columns[key] as number));
    return rows.map((r) => ({
      sasaran: textAt(r, "sasaran"),
      rencanaTindakLanjut: textAt(r, "rencanaTindakLanjut"),
      cell: toA1(r, columns.sasaran as number),
      cells: this.cellsOf(r, columns),
      row: r,
      ...this.wholeNumber(r, columns.no),
    }));
  }

  programRows(rows: number[], columns: Partial<Record<ProgramColumn, number>>): DataProgram[] {
    const textAt = (r: number, key: ProgramColumn) =>
      columns[key] === undefined ? "" : text(this.cell(r, columns[key] as number));
    return rows.map((r) => ({
      kode: textAt(r, "kode"),
      program: textAt(r, "program"),
      sumberDana: textAt(r, "sumberDana"),
      cell: toA1(r, columns.program as number),
      cells: this.cellsOf(r, columns),
      row: r,
    }));
  }
}
