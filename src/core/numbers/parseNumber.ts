import Decimal from "decimal.js";
import { D } from "./decimal";
import { decimalFromNumber } from "./exact";
import { GridCell } from "../grid/grid";

export type ParsedNumber =
  | { kind: "empty" }
  /**
   * `value` is in percent points when `percent` is true (`0,39%` → 0.39, and a cell holding 0.0039 with a `%`
   * format → 0.39). `decimals` is how many digits after the decimal separator are shown.
   */
  | { kind: "number"; value: Decimal; percent: boolean; decimals: number; dash: boolean }
  | { kind: "unreadable"; text: string };

const DASHES = /^[-‐‑‒–—−]$/;

/**
 * Non-breaking spaces as spaces, and the characters that show nothing at all (zero-width space and joiners, the
 * byte-order mark, the word joiner: web pages and app exports leave them after a figure) gone.
 */
function spacesOf(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, " ").replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
}

/** A cell's text that is a dash alone (`-`, `–`): a zero in an amount, "not set" where a target belongs. */
export function isDashText(text: string): boolean {
  return DASHES.test(spacesOf(text).trim());
}
const MAX_DECIMALS = 10;

/**
 * A number typed as text, before it becomes a Decimal: its digits in plain notation (`1234567.89`, no sign),
 * whether a minus or parentheses make it negative, and what parseIndonesianNumber says of it besides.
 */
export type TypedNumber =
  | { kind: "empty" }
  | { kind: "number"; digits: string; negative: boolean; percent: boolean; decimals: number; dash: boolean }
  | { kind: "unreadable"; text: string };

const ZERO_TEXT: TypedNumber = {
  kind: "number",
  digits: "0",
  negative: false,
  percent: false,
  decimals: 0,
  dash: true,
};

/** Read a number as Indonesian offices type it: `412.786.800,00`, `0,39%`, `-0,89%`, `Rp 1.600.000,-`, `-`. */
export function parseIndonesianNumber(input: string): ParsedNumber {
  const typed = readTypedNumber(input);
  if (typed.kind !== "number") return typed;
  if (typed.dash) return { kind: "number", value: new D(0), percent: false, decimals: 0, dash: true };
  let value = new D(typed.digits);
  if (typed.negative) value = value.negated();
  return { kind: "number", value, percent: typed.percent, decimals: typed.decimals, dash: false };
}

/** Digits grouped by dots with an optional decimal comma (`1.234.000,00`), or digits with one (`1234,5`). */
const PLAIN_GROUPED = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/** The reading parseIndonesianNumber makes of a text, without the Decimal. */
export function readTypedNumber(input: string): TypedNumber {
  // The common way amounts are typed, read in one step; a single dot without a comma (`1.234` or `0.123`) is left
  // to normaliseSeparators, which decides between thousands and decimals.
  const plain = PLAIN_GROUPED.exec(input);
  if (plain && (input.includes(",") || input.indexOf(".") !== input.lastIndexOf("."))) {
    const fraction = plain[1];
    const comma = fraction === undefined ? input.length : input.length - fraction.length - 1;
    const int = input.slice(0, comma).replace(/\./g, "");
    return {
      kind: "number",
      digits: fraction === undefined ? int : `${int}.${fraction}`,
      negative: false,
      percent: false,
      decimals: fraction === undefined ? 0 : fraction.length,
      dash: false,
    };
  }
  let s = spacesOf(input).trim();
  // A quote typed to keep the text as it is (`'176.189.000`) that reached the cell itself.
  if (/^['‘’]/.test(s)) s = s.slice(1).trim();
  if (s === "") return { kind: "empty" };
  if (DASHES.test(s)) return ZERO_TEXT;
  if (s.startsWith("#")) return { kind: "unreadable", text: input };
  // Lines typed in one cell (Alt+Enter) are several figures, one per indikator of an export's joined cell
  // (`85` and `90`): never one number made of their digits.
  if (/[\r\n]/.test(s)) return { kind: "unreadable", text: input };

  let negative = false;
  // `Rp (1.250.000)`: the currency written before an accountant's brackets.
  s = s.replace(/^rp\.?\s*(?=\()/i, "");
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  // The currency may follow the sign (`-Rp 1.000`, as Excel's Rupiah formats show negatives) or precede it.
  s = s
    .replace(/^([-‐‑‒–—−+]?)\s*rp\.?\s*/i, "$1")
    .replace(/,-$/, "")
    .replace(/\s+/g, "");
  // Apostrophes grouping thousands (`1'234'567`, as some regional settings write them), in strict groups of three.
  if (/^\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?%?$/.test(s)) s = s.replace(/['’]/g, "");
  if (DASHES.test(s)) return ZERO_TEXT;
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (/^[-‐‑‒–—−]/.test(s)) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith("+")) {
    s = s.slice(1);
  }
  const normalised = normaliseSeparators(s);
  if (normalised === null) return { kind: "unreadable", text: input };
  const point = normalised.indexOf(".");
  const decimals = point < 0 ? 0 : normalised.length - point - 1;
  return { kind: "number", digits: normalised, negative, percent, decimals, dash: false };
}

/** Turn `1.234.567,89` (or `1,234,567.89`, `1234,5`) into `1234567.89`; null when it is not a number. */
function normaliseSeparators(s: string): string | null {
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  let thousands: string;
  let decimal: string | null;
  if (lastDot >= 0 && lastComma >= 0) {
    [thousands, decimal] = lastComma > lastDot ? [".", ","] : [",", "."];
  } else if (lastComma >= 0) {
    // Indonesian: a single comma is the decimal separator; several commas in groups of three are thousands.
    const many = s.split(",").length > 2;
    [thousands, decimal] = many ? [",", null] : [".", ","];
  } else if (lastDot >= 0) {
    // Indonesian: dots group thousands. One dot not followed by exactly three digits is a decimal point (`0.38`).
    const parts = s.split(".");
    const grouped = parts.length > 2 || (parts[1].length === 3 && parts[0] !== "0" && parts[0] !== "");
    [thousands, decimal] = grouped ? [".", null] : [",", "."];
  } else {
    return s;
  }
  const groups = decimal === null ? [s] : splitOnce(s, decimal);
  if (groups === null) return null;
  const [intPart, fracPart] = groups;
  const intGroups = intPart.split(thousands);
  if (intGroups.length > 1) {
    if (intGroups[0].length < 1 || intGroups[0].length > 3) return null;
    if (intGroups.slice(1).some((g) => g.length !== 3)) return null;
  }
  const digits = intGroups.join("");
  if (!/^[0-9]*$/.test(digits) || (fracPart !== undefined && !/^[0-9]+$/.test(fracPart))) return null;
  return `${digits === "" ? "0" : digits}${fracPart !== undefined ? "." + fracPart : ""}`;
}

function splitOnce(s: string, sep: string): [string, string | undefined] | null {
  const i = s.indexOf(sep);
  if (i < 0) return [s, undefined];
  if (s.indexOf(sep, i + 1) >= 0) return null;
  return [s.slice(0, i), s.slice(i + 1)];
}

/** Digits after the decimal point that a number format shows (`0.00%` → 2, `#,##0` → 0); null for General. */
export function formatDecimals(numFmt: string | undefined): number | null {
  if (!numFmt) return null;
  let known = decimalsOfFormat.get(numFmt);
  if (known === undefined) {
    known = computeFormatDecimals(numFmt);
    decimalsOfFormat.set(numFmt, known);
  }
  return known;
}

/** A workbook uses a handful of formats over many cells: each is analysed once. */
const decimalsOfFormat = new Map<string, number | null>();
const percentOfFormat = new Map<string, boolean>();

/**
 * How many digits a format shows before the decimal point at least: `00` shows 2 as `02`, `0000` shows 1 as `0001`
 * (how offices keep the zeros of a code typed as a number); 1 for `0` or `#,##0`, 0 for General.
 */
export function formatIntegerDigits(numFmt: string | undefined): number {
  if (!numFmt || /^general$/i.test(numFmt)) return 0;
  const section = numFmt
    .split(";")[0]
    .replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "")
    .split(".")[0];
  return (section.match(/0/g) ?? []).length;
}

function computeFormatDecimals(numFmt: string): number | null {
  if (/^general$/i.test(numFmt)) return null;
  const section = numFmt
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "");
  const m = /[0#?]\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  let known = percentOfFormat.get(numFmt);
  if (known === undefined) {
    known = /%/.test(
      numFmt
        .split(";")[0]
        .replace(/"[^"]*"/g, "")
        .replace(/\\%/g, ""),
    );
    percentOfFormat.set(numFmt, known);
  }
  return known;
}

const percentSignOfFormat = new Map<string, boolean>();

/**
 * Whether a format shows a `%` after a number it does not scale: `0"%"`, `0.00\%` (the value typed in percent
 * points, 95 shown as 95%). Such a cell is a percentage whose number is already its points.
 */
export function isPercentSignFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  let known = percentSignOfFormat.get(numFmt);
  if (known === undefined) {
    const section = numFmt.split(";")[0];
    known = !isPercentFormat(numFmt) && /"[^"]*%[^"]*"|\\%/.test(section);
    percentSignOfFormat.set(numFmt, known);
  }
  return known;
}

const dateOfFormat = new Map<string, boolean>();

/** Whether a number format shows a date or a time (`dd/mm/yyyy`, `d-mmm-yy`, `h:mm`), not a plain number. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  let known = dateOfFormat.get(numFmt);
  if (known === undefined) {
    const section = numFmt
      .split(";")[0]
      .replace(/"[^"]*"/g, "")
      .replace(/\\./g, "")
      .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
    known = !/^general$/i.test(section) && /[dmyhs]/i.test(section);
    dateOfFormat.set(numFmt, known);
  }
  return known;
}

/** An Excel date serial (1900 date system) as `dd/mm/yyyy`, for messages. */
export function serialToDateText(serial: number): string {
  // Excel counts 29/02/1900, which did not exist: serials from 61 on are one day ahead of the calendar.
  const days = Math.floor(serial) - (serial >= 61 ? 1 : 0);
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86400000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** Digits after the point in the shortest representation of a JS number, capped. */
function naturalDecimals(n: number): number {
  if (Number.isInteger(n)) return 0;
  let s = String(n);
  if (s.includes("e")) s = new D(n).toFixed();
  const i = s.indexOf(".");
  return i < 0 ? 0 : Math.min(s.length - i - 1, MAX_DECIMALS);
}

/** Read any cell as a number: real numbers (with `%` formats as percent points), text, dash, empty, or unreadable. */
export function parseCellNumber(cell: GridCell | undefined): ParsedNumber {
  if (!cell || cell.value === null || cell.value === undefined) {
    if (cell?.text && /^#+$/.test(cell.text.trim())) return { kind: "unreadable", text: cell.text };
    return { kind: "empty" };
  }
  if (cell.text !== undefined && /^#{2,}$/.test(cell.text.trim())) return { kind: "unreadable", text: cell.text };
  const v = cell.value;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "unreadable", text: String(v) };
    const percent = isPercentFormat(cell.numFmt);
    const value = numericCellValue(v, cell.numFmt);
    const decimals = numericCellDecimals(v, cell.numFmt);
    return { kind: "number", value, percent, decimals, dash: false };
  }
  if (typeof v === "boolean") return { kind: "unreadable", text: String(v) };
  return parseIndonesianNumber(v);
}

/** The value parseCellNumber reads from a cell holding the finite number v: percent points under a `%` format. */
export function numericCellValue(v: number, numFmt: string | undefined): Decimal {
  const exact = decimalFromNumber(v);
  return isPercentFormat(numFmt) ? exact.times(100) : exact;
}

/** The decimals parseCellNumber gives a cell holding the finite number v: as its format shows, else as v has. */
export function numericCellDecimals(v: number, numFmt: string | undefined): number {
  return formatDecimals(numFmt) ?? Math.max(0, naturalDecimals(v) - (isPercentFormat(numFmt) ? 2 : 0));
}

/**
 * A number followed by a unit word or two (`5 Dokumen`, `0,25 poin`, `12 org/hari`): the number, then the unit.
 * Letters that stand for digits are no unit: `16O`, `2OO` are mistyped numbers (find32 D2), never 16 and 2.
 */
export const NUMBER_WITH_UNIT = /^([-+(]?\s*[\d.,]+\s*%?\)?)\s*(?![OoIl]+$)([A-Za-z][A-Za-z ./-]{0,29})$/;
