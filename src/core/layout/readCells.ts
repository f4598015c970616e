import { CellRange, Grid, GridCell } from "../grid/grid";
import { columnLetters } from "../grid/address";
import { formulaRanges } from "../grid/formulaReferences";
import Decimal from "decimal.js";
import { MAX_CELL_TEXT, MAX_EXCEL_NUMBER } from "../grid/excelLimits";
import {
  formatDecimals,
  isDashText,
  isDateFormat,
  isPercentFormat,
  isPercentSignFormat,
  numericCellDecimals,
  parseCellNumber,
  readTypedNumber,
  serialToDateText,
  TypedNumber,
  NUMBER_WITH_UNIT,
} from "../numbers/parseNumber";
import { SheetNumber } from "../model/sheetNumber";
import { parseTargetBound, parseTargetRange } from "../numbers/targetRange";
import { MaybeNumber, NilaiKualitatif, NumberCell, TargetBatas, TargetRentang } from "../model/types";
import { nilaiKualitatifOf } from "../formulas/nilaiKualitatif";
import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";
import { shortenName } from "./findings";
import { MergeIndex } from "./mergeIndex";
import { TextInSums } from "./textInSums";
import { NotCalculatedFormulas } from "./notCalculated";

/** A sen (0,01) is the smallest amount there is. */
const SEN = 0.01;

/** An error value as the adapters give it (value and text both `#NULL!`). */
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/;
/** How many cells of a formula's ranges are looked at for an error value it passes on (readsErrorValue). */
const READ_ERROR_CELLS = 5_000;

function isPossibleAmount(value: Decimal): boolean {
  if (!value.isFinite()) return false;
  const abs = value.abs();
  return abs.isZero() || (abs.gte(SEN) && abs.lte(MAX_EXCEL_NUMBER));
}

/** Decimals of at most this many digits are exact as JS numbers and read back as themselves. */
const MAX_SHORT_DIGITS = 15;

/**
 * A number typed as text, as its SheetNumber: at most 15 digits, whose JS number has exactly that decimal as its
 * value (see exact.ts); null for a longer one, which parseCellNumber reads as a Decimal.
 */
function typedNumber(typed: Extract<TypedNumber, { kind: "number" }>, row: number, col: number): ReadNumber | null {
  if (!shortDigits(typed.digits)) return null;
  const n = typed.dash ? 0 : Number(typed.digits);
  const value = new SheetNumber(typed.negative ? -n : n, false, typed.decimals, row, col);
  return { value, present: true, percent: typed.percent };
}

/** Plain-notation digits (`1234567.89`) with at most MAX_SHORT_DIGITS digits. */
function shortDigits(digits: string): boolean {
  return digits.length - (digits.includes(".") ? 1 : 0) <= MAX_SHORT_DIGITS;
}

/** A number cell as read: `present` is true for any content, also an unreadable one (whose value is then null). */
export interface ReadNumber {
  value: MaybeNumber;
  present: boolean;
  percent: boolean;
  /** A target written as a range (`90-95`): value is null, and the cell is not unreadable. */
  range?: TargetRentang;
  /** A value on an ordered scale (`BB`, `WTP`): value is null, and the cell is not unreadable. */
  kualitatif?: NilaiKualitatif;
  /** A target written as a bound (`≥ 80`): value is its number. */
  batas?: TargetBatas;
  /** A dash alone (`-`): a target not set, said so rather than left empty. */
  dash?: boolean;
}

const ABSENT: ReadNumber = { value: null, present: false, percent: false };

/** `9 dari 12 dokumen`: a count out of a total, the count first: the figure is the count. */
const COUNT_OUT_OF = /^([\d.,]+)\s+dari\s+[\d.,]+(?:\s*[A-Za-z][A-Za-z ./-]{0,29})?$/i;

/** An amount typed with one comma before three digits and no other separator (`1,234`, `Rp 12,500`). */
const COMMA_THOUSANDS = /^\s*(?:rp\.?\s*)?-?\d{1,3},\d{3}\s*$/i;

/** A cell with content that is not a number (its finding was added). */
export const UNREADABLE: { readonly unreadable: true } = Object.freeze({ unreadable: true });

/** Text of a cell as typed: trimmed, empty for an empty cell. */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (v === null || v === undefined) return (cell.text ?? "").trim();
  if (typeof v === "string") return v.trim();
  return String(v);
}

/** Whitespace runs (line breaks included) as single spaces: how names are kept. */
export function collapseSpaces(text: string): string {
  // Most names are already collapsed: printable ASCII with single spaces between words comes back as it is.
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return text.replace(/\s+/g, " ").trim();
      afterSpace = true;
    } else if (c < 33 || c > 126) return text.replace(/\s+/g, " ").trim();
    else afterSpace = false;
  }
  return afterSpace && text !== "" ? text.replace(/\s+/g, " ").trim() : text;
}

/** Reads cells of one worksheet with its merges; unreadable numbers become findings. */
export class CellReader {
  readonly merges: MergeIndex;
  readonly findings: Finding[] = [];
  private readonly letters: string[] = [];
  private lastRow = -1;
  private lastRowText = "";
  /** What the number format last read says: cells of a column share a format, which is looked up once per run. */
  private lastFormat: string | undefined | null = null;
  private lastPercent = false;
  private lastPercentSign = false;
  private lastDecimals: number | null = null;
  private lastDate = false;
  /** Formulas whose SUM passes over a number typed as text (made on the first formula cell read as a number). */
  private textInSums: TextInSums | null = null;
  private notData: ReadonlySet<number> = new Set();
  /** Formula cells without a stored result: one finding names the first and counts the others. */
  private notCalculated: NotCalculatedFormulas | null = null;

  constructor(readonly grid: Grid) {
    this.merges = new MergeIndex(grid.merges ?? [], grid.rowCount, grid.colCount);
  }

  get sheet(): string {
    return this.grid.name;
  }

  cell(row: number, col: number): GridCell | undefined {
    return this.grid.cells[row]?.[col];
  }

  /**
   * True when the cell has nothing any read can find (no value, formula or shown text) and no merge covers it: text()
   * and nameText() give "", number() and amountCell() null, and none of them adds a finding. Most cells of a large
   * sheet's columns are such, and are passed over by it.
   */
  isBlank(row: number, col: number | undefined): boolean {
    if (col === undefined) return true;
    const c = this.grid.cells[row]?.[col];
    if (c !== undefined) {
      if (c.value !== null && c.value !== undefined) return false;
      if (c.formula !== undefined || (c.text !== undefined && c.text !== "")) return false;
    }
    return this.merges.find(row, col) === undefined;
  }

  /** The text shown in a header cell: a merged cell shows its master's text wherever it is. */
  masterText(row: number, col: number): string {
    const m = this.merges.find(row, col);
    return m ? cellText(this.cell(m.top, m.left)) : cellText(this.cell(row, col));
  }

  /**
   * True when the cell holds a dash alone (`-`, `–`) of its own (not under a merge): where a target belongs, a target
   * not set rather than 0.
   */
  isDash(row: number, col: number): boolean {
    const v = this.cell(row, col)?.value;
    return typeof v === "string" && isDashText(v) && !this.merges.isCovered(row, col);
  }

  /** True when a merge from an earlier row covers the cell: it continues the cell above, it does not repeat it. */
  coveredFromAbove(row: number, col: number): boolean {
    const m = this.merges.find(row, col);
    return m !== undefined && m.top < row;
  }

  /**
   * Text of a data cell: empty under a vertical merge (the value belongs to the first row); a horizontal merge
   * shows its master's text (a name written in the cell to the left and merged across).
   */
  text(row: number, col: number | undefined): string {
    if (col === undefined) return "";
    const m = this.merges.find(row, col);
    if (!m) return cellText(this.cell(row, col));
    if (m.top < row) return "";
    return cellText(this.cell(m.top, m.left));
  }

  private readFormat(numFmt: string | undefined): void {
    this.lastFormat = numFmt;
    this.lastPercent = isPercentFormat(numFmt);
    this.lastPercentSign = isPercentSignFormat(numFmt);
    this.lastDecimals = formatDecimals(numFmt);
    this.lastDate = isDateFormat(numFmt);
  }

  /** The SheetNumber of a cell holding the finite number v under numFmt. */
  private plainNumber(v: number, numFmt: string | undefined, row: number, col: number): SheetNumber {
    if (numFmt !== this.lastFormat) this.readFormat(numFmt);
    return new SheetNumber(v, this.lastPercent, this.lastDecimals ?? numericCellDecimals(v, numFmt), row, col);
  }

  private isDate(numFmt: string | undefined): boolean {
    if (numFmt !== this.lastFormat) this.readFormat(numFmt);
    return this.lastDate;
  }

  /** A1 address, with the column letters computed once per column and the row number once per row. */
  a1(row: number, col: number): string {
    const letters = (this.letters[col] ??= columnLetters(col));
    if (row !== this.lastRow) {
      this.lastRow = row;
      this.lastRowText = String(row + 1);
    }
    return letters + this.lastRowText;
  }

  /**
   * The cell's number where a `%` does not matter (budget columns): the NumberCell, null when empty (or covered by
   * a merge), UNREADABLE when it holds something else. As number(), with a shortcut for plain numbers: one object
   * per cell of a large sheet instead of three.
   */
  numberCell(row: number, col: number | undefined): NumberCell | null | typeof UNREADABLE {
    if (col === undefined) return null;
    const raw = this.cell(row, col);
    if (raw === undefined) return null;
    const v = raw.value;
    if (typeof v === "number" && raw.text === undefined && Number.isFinite(v) && !this.merges.isCovered(row, col)) {
      if (raw.formula !== undefined && this.formulaUnread(row, col, raw.formula, v)) return UNREADABLE;
      return this.plainNumber(v, raw.numFmt, row, col);
    }
    const read = this.number(row, col);
    return read.present ? (read.value ?? UNREADABLE) : null;
  }

  /**
   * A target typed as a range (`90-95`, `80 s/d 90 %`), read as one rather than as a number that could not be read;
   * null for any other cell (and for one a merge covers).
   */
  targetRange(row: number, col: number): { rentang: TargetRentang; percent: boolean } | null {
    const v = this.cell(row, col)?.value;
    if (typeof v !== "string" || this.merges.isCovered(row, col)) return null;
    const r = parseTargetRange(v);
    if (r === null) return null;
    const rentang = { lo: r.lo, hi: r.hi, decimals: r.decimals, cell: this.a1(row, col), text: v.trim() };
    return { rentang, percent: r.percent };
  }

  /**
   * A target typed as a bound (`≥ 80`, `maks. 5%`): its number, read as the target, and how it was written; null for
   * any other cell (and for one a merge covers).
   */
  targetBound(row: number, col: number): { number: NumberCell; percent: boolean; batas: TargetBatas } | null {
    const v = this.cell(row, col)?.value;
    if (typeof v !== "string" || this.merges.isCovered(row, col)) return null;
    const b = parseTargetBound(v);
    if (b === null) return null;
    const cell = this.a1(row, col);
    return {
      number: { value: b.value, decimals: b.decimals, cell },
      percent: b.percent,
      batas: { arah: b.arah, text: v.trim(), cell },
    };
  }

  /**
   * A K cell holding a value on an ordered scale (`BB`, `WTP`, `Baik`, `Tercapai`), read as one rather than as a
   * number that could not be read; null for any other cell (and for one a merge covers).
   */
  kualitatif(row: number, col: number): NilaiKualitatif | null {
    const v = this.cell(row, col)?.value;
    if (typeof v !== "string" || this.merges.isCovered(row, col)) return null;
    const found = nilaiKualitatifOf(v);
    return found ? { ...found, cell: this.a1(row, col) } : null;
  }

  /** A kinerja cell: a value on an ordered scale, else its number (as number()). */
  kinerja(row: number, col: number | undefined): ReadNumber {
    if (col === undefined) return ABSENT;
    const kualitatif = this.kualitatif(row, col);
    if (kualitatif) return { value: null, present: true, percent: false, kualitatif };
    return this.countWithUnit(row, col) ?? this.number(row, col);
  }

  /**
   * `12 Dokumen`, `70 poin`, `9 Dok`: a K figure written with its unit, as exports and hand-made sheets print it;
   * `9 dari 12 dokumen`: the count.
   */
  private countWithUnit(row: number, col: number): ReadNumber | null {
    const v = this.cell(row, col)?.value;
    if (typeof v !== "string" || this.merges.isCovered(row, col)) return null;
    const m = NUMBER_WITH_UNIT.exec(v.trim()) ?? COUNT_OUT_OF.exec(v.trim());
    if (!m) return null;
    const typed = readTypedNumber(m[1].trim());
    return typed.kind === "number" && !typed.dash ? typedNumber(typed, row, col) : null;
  }

  private dateInFigure(row: number, col: number, serial: number): ReadNumber {
    this.dateFound(this.a1(row, col), serial, "date-in-amount.kinerja");
    return { value: null, present: true, percent: false };
  }

  /** A date where a figure belongs: said at its cell, with the date as Excel shows it. */
  private dateFound(cell: string, serial: number, key: "date-in-amount" | "date-in-amount.kinerja"): void {
    const tanggal = serialToDateText(serial);
    this.findings.push(
      makeFinding({ rule: "date-in-amount", sheet: this.sheet, cell, actual: tanggal, key, params: { cell, tanggal } }),
    );
  }

  /**
   * An amount in Rupiah: as numberCell, but a date (a number under a date format) or a value no amount can be (less
   * than one sen, or beyond Excel's range) is UNREADABLE with its own finding, so no rule counts it.
   */
  amountCell(row: number, col: number | undefined): NumberCell | null | typeof UNREADABLE {
    const found = this.numberCell(row, col);
    if (found === null || found === UNREADABLE || col === undefined) return found;
    const read = found as NumberCell;
    const raw = this.cell(row, col);
    const v = raw?.value;
    if (typeof v === "number" && this.isDate(raw?.numFmt)) {
      this.dateFound(read.cell, v, "date-in-amount");
      return UNREADABLE;
    }
    if (typeof v === "string" && COMMA_THOUSANDS.test(v)) return this.commaThousands(read.cell, v);
    // A plain number (the common case) is checked as it is, as is a short one typed as text (equal to its decimal,
    // so compared exactly); a longer one read from text through its Decimal.
    const abs = typeof v === "number" ? Math.abs(v) : read instanceof SheetNumber ? Math.abs(read.raw) : null;
    if (abs !== null ? abs !== 0 && (abs < SEN || abs > MAX_EXCEL_NUMBER) : !isPossibleAmount(read.value)) {
      return this.notAnAmount(read.cell, read.value.toExponential(3), "number-out-of-range");
    }
    return read;
  }

  /**
   * A formula showing an error value whose cause is known: `#VALUE!` from a number typed as text that is named at
   * its own cell (no second finding), `#DIV/0!` said as a division by zero. Null for any other.
   */
  private failedFormula(
    row: number,
    col: number,
    error: string,
    formula: string,
    ranges: readonly CellRange[],
  ): ReadNumber | null {
    const unread: ReadNumber = { value: null, present: true, percent: false };
    if (this.circular(row, col, formula, ranges)) return unread;
    if (error === "#VALUE!") return this.sums().errorFromNamedText(formula) ? unread : null;
    if (error !== "#DIV/0!") return null;
    this.formulaFinding(row, col, formula, error, "unreadable-value.div-zero");
    return unread;
  }

  /** An unreadable-value finding about a formula's result at its cell: the cell and the formula, shortened. */
  private formulaFinding(
    row: number,
    col: number,
    formula: string,
    actual: string,
    key: "unreadable-value.div-zero" | "unreadable-value.circular",
  ): void {
    const cell = this.a1(row, col);
    const rumus = shortenName(formula);
    this.findings.push(
      makeFinding({ rule: "unreadable-value", sheet: this.sheet, cell, actual, key, params: { cell, rumus } }),
    );
  }

  /**
   * The formula reads a cell of this sheet that shows an error value itself: its own error is that one's, which is
   * said at its cell, not again here (calc39 D4: a #N/A and a #REF! were said seven times, at every total over them).
   * Ranges are looked at up to READ_ERROR_CELLS cells.
   */
  private readsErrorValue(row: number, col: number, ranges: readonly CellRange[]): boolean {
    let seen = 0;
    for (const r of ranges) {
      for (let rr = r.top; rr <= r.bottom; rr++) {
        for (let cc = r.left; cc <= r.right; cc++) {
          if (++seen > READ_ERROR_CELLS) return false;
          if (rr === row && cc === col) continue;
          const v = this.cell(rr, cc)?.value;
          if (typeof v === "string" && ERROR_VALUE.test(v)) return true;
        }
      }
    }
    return false;
  }

  /**
   * A formula's number that is no result to read: a SUM over a number typed as text (short by it; said at that
   * cell), or a 0 from a formula that reads its own cell (Excel keeps 0 for a circular reference).
   */
  private formulaUnread(row: number, col: number, formula: string, v: number): boolean {
    return this.sums().skipsText(row, col, formula) || (v === 0 && this.circular(row, col, formula));
  }

  /**
   * A formula that reads its own cell (`=SUM(S9:S11)` in S9): a circular reference, whose result (#VALUE!, Err:522,
   * or the 0 Excel keeps) is no figure. Said at the cell with the formula (calc39 D3: it was an unreadable #VALUE!, or
   * a realisasi of 0, without the cause).
   */
  private circular(
    row: number,
    col: number,
    formula: string,
    ranges: readonly CellRange[] = formulaRanges(formula),
  ): boolean {
    const own = ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
    if (!own) return false;
    this.formulaFinding(row, col, formula, `=${shortenName(formula)}`, "unreadable-value.circular");
    return true;
  }

  /**
   * `1,234` typed in a Rupiah column: as a decimal it is a fraction of a sen, which no amount is, and as thousands
   * written the English way it is 1.234 (angka42 D2: read as Rp 1,234, it made two findings in other cells). Neither
   * is guessed: said at its cell, and not read.
   */
  private commaThousands(cell: string, text: string): typeof UNREADABLE {
    return this.notAnAmount(cell, text.trim(), "unreadable-value.koma-ribuan");
  }

  /** An amount cell read as no amount: said at its cell with what it holds, and not read. */
  private notAnAmount(
    cell: string,
    teks: string,
    key: "number-out-of-range" | "unreadable-value.koma-ribuan",
  ): typeof UNREADABLE {
    const rule = key === "number-out-of-range" ? "number-out-of-range" : "unreadable-value";
    this.findings.push(makeFinding({ rule, sheet: this.sheet, cell, actual: teks, key, params: { cell, teks } }));
    return UNREADABLE;
  }

  /**
   * A figure written with a unit that is not the row's satuan (`12 Keg` where it is Sub Domain): not read, and said
   * so, rather than called no number.
   */
  unitNotSatuan(row: number, col: number, satuan: string): ReadNumber {
    const cell = this.a1(row, col);
    const teks = shortenName(cellText(this.cell(row, col)));
    this.findings.push(
      makeFinding({
        rule: "unreadable-value",
        sheet: this.sheet,
        cell,
        actual: teks,
        key: "unreadable-value.unit",
        params: { cell, teks, satuan: shortenName(satuan) },
      }),
    );
    return { value: null, present: true, percent: false };
  }

  /** Made on the first formula cell read as a number (most sheets of app exports have none). */
  private sums(): TextInSums {
    return (this.textInSums ??= new TextInSums(
      this.grid,
      this.sheet,
      this.findings,
      (r, c) => this.a1(r, c),
      this.notData,
    ));
  }

  /**
   * Rows of the table that hold no data (a header copied onto a printed page, a page line): a SUM over them passes
   * over their text column numbers as it should. Set before the data rows are read.
   */
  skipRows(rows: ReadonlySet<number>): void {
    this.notData = rows;
    this.textInSums = null;
  }

  /**
   * A name as written (spaces collapsed); an error value (`#NULL!`, `#REF!`) is no name, and a name longer than an
   * Excel cell holds is kept with a `text-too-long` finding (the tables leave its cell empty).
   */
  nameText(row: number, col: number | undefined): string {
    if (col === undefined) return "";
    const raw = this.cell(row, col);
    if (typeof raw?.value === "string" && raw.text === raw.value && ERROR_VALUE.test(raw.value)) return "";
    const name = collapseSpaces(this.text(row, col));
    if (name.length > MAX_CELL_TEXT) {
      const cell = this.a1(row, col);
      this.findings.push(
        makeFinding({
          rule: "text-too-long",
          sheet: this.sheet,
          cell,
          actual: name.length,
          expected: MAX_CELL_TEXT,
          key: "text-too-long",
          params: { cell, panjang: name.length },
        }),
      );
    }
    return name;
  }

  /** The cell's number; a cell covered by a merge is empty; an unreadable cell adds a finding. */
  number(row: number, col: number | undefined): ReadNumber {
    if (col === undefined) return ABSENT;
    const raw = this.cell(row, col);
    if (raw === undefined || this.merges.isCovered(row, col)) return ABSENT;
    const v = raw.value;
    // A SUM that passes over a number typed as text: its result is short, and not read (its own finding); a formula
    // that reads its own cell, no result at all.
    if (raw.formula !== undefined && typeof v === "number" && this.formulaUnread(row, col, raw.formula, v)) {
      return { value: null, present: true, percent: false };
    }
    // A number in the cell (parseCellNumber's number case): its SheetNumber, the Decimal made only when asked for.
    if (typeof v === "number" && Number.isFinite(v) && (raw.text === undefined || !/^#{2,}$/.test(raw.text.trim()))) {
      // A date where a figure belongs: `4/5` typed into a cell Excel turned into 4 May. Not a figure, and said.
      if (this.isDate(raw.numFmt)) return this.dateInFigure(row, col, v);
      const value = this.plainNumber(v, raw.numFmt, row, col);
      // `0"%"`: percent points shown with a % the format adds, a percentage all the same.
      return { value, present: true, percent: value.percent || this.lastPercentSign };
    }
    if (typeof v === "string" && (raw.text === undefined || !/^#{2,}$/.test(raw.text.trim()))) {
      const typed = readTypedNumber(v);
      const read = typed.kind === "number" ? typedNumber(typed, row, col) : null;
      if (read) return read;
    }
    if (raw.formula !== undefined && typeof v === "string" && ERROR_VALUE.test(v)) {
      // The ranges it reads, once: for a circular reference and for an error value passed on.
      const ranges = formulaRanges(raw.formula);
      const failed = this.failedFormula(row, col, v, raw.formula, ranges);
      if (failed) return failed;
      // An error value passed on from a cell the formula reads (a SUM over a #N/A): said once, at that cell.
      if (this.readsErrorValue(row, col, ranges)) return { value: null, present: true, percent: false };
    }
    const parsed = parseCellNumber(raw);
    if (parsed.kind === "empty" && raw.formula !== undefined && (v === null || v === undefined)) {
      // A formula saved without its result (a file written by a program that does not calculate): its value is
      // not known, which is not the same as empty.
      (this.notCalculated ??= new NotCalculatedFormulas(this.sheet, this.findings)).add(this.a1(row, col), raw.formula);
      return { value: null, present: true, percent: false };
    }
    if (parsed.kind === "empty") return ABSENT;
    const cell = this.a1(row, col);
    if (parsed.kind === "unreadable") {
      const shown = parsed.text.trim();
      this.findings.push(
        makeFinding({
          rule: "unreadable-value",
          sheet: this.sheet,
          cell,
          actual: shown,
          key: "unreadable-value",
          params: { cell, teks: shortenName(shown) },
        }),
      );
      return { value: null, present: true, percent: false };
    }
    return { value: { value: parsed.value, decimals: parsed.decimals, cell }, present: true, percent: parsed.percent };
  }
}
