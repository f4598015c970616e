import { toA1 } from "../grid/address";
import { IgnoredRupiahUnit, NumberCell, RupiahUnit } from "../model/types";
import { parseCellNumber } from "../numbers/parseNumber";
import { CellReader } from "./readCells";

/** `(dalam ribuan rupiah)`, `(dalam ribu rupiah)`, `Rp (000)`, `Rp. 000`, `Rp ribuan`: amounts in thousands. */
const THOUSANDS =
  /\b(?:dalam\s+ribu(?:an)?|ribu(?:an)?\s+rupiah)\b|\brp\.?\s*\(?\s*000\s*\)?(?![.,]?\d)|\(\s*rp\.?\s*000\s*\)|\brp\.?\s*\(?\s*ribu(?:an)?\b/i;
/** `(dalam jutaan rupiah)`, `(dalam juta rupiah)`, `Rp (000.000)`, `Rp juta`: amounts written in millions. */
const MILLIONS =
  /\b(?:dalam\s+juta(?:an)?|juta(?:an)?\s+rupiah)\b|\brp\.?\s*\(?\s*000[.,]000\s*\)?|\brp\.?\s*\(?\s*juta(?:an)?\b/i;

/**
 * The unit a sheet (either family) writes its Rupiah in when it is not the rupiah itself: a title line (`dalam
 * ribuan rupiah`) or a header cell (`Rp (000)`) says so, or a note under the table (`Keterangan: angka anggaran
 * dalam ribuan rupiah`). The first cell that says it, above the data, else below it; null when none does (amounts
 * in rupiah, as the form's standard layout has them), and when the amount cells hold full rupiah that only their
 * number format shows in thousands (`amounts`: the columns and data rows to look at). A note is looked for in the
 * last rows of the table too: a note typed in its first column may be taken for one of its rows.
 */
export function rupiahUnitOf(
  reader: CellReader,
  lastHeaderRow: number,
  amounts: { cols: readonly (number | undefined)[]; rows: [number, number] },
): { unit: RupiahUnit | null; ignored?: IgnoredRupiahUnit } {
  const [first, last] = amounts.rows;
  const notes: [number, number] = [Math.max(first, last - NOTE_ROWS_INSIDE + 1), last + NOTE_ROWS];
  const stated = statedUnit(reader, 0, lastHeaderRow) ?? notedUnit(reader, notes);
  if (!stated || shownInThousandsByFormat(reader, amounts.cols, first, last)) return { unit: null };
  const middle = middleAmount(reader, amounts.cols, first, last);
  if (middle !== null && middle.value * stated.factor >= IMPLAUSIBLE_MEDIAN)
    return { unit: null, ignored: { ...stated, median: middle.value, medianCell: middle.cell } };
  return { unit: stated };
}

/**
 * Rupiah a middle row of an office's table never reaches: a sub kegiatan's pagu is millions to billions. Written
 * "in thousands", `150.000.000` would be Rp 150 miliar for the middle row: its amounts are rupiah, and the stated
 * unit is a leftover (a title copied from another year's sheet).
 */
const IMPLAUSIBLE_MEDIAN = 1e11;
/** Amounts looked at for the middle one. */
const MIDDLE_SAMPLE = 400;

/** The median of the non-zero amounts of the columns as written (numbers and Indonesian text), and a cell of it. */
function middleAmount(
  reader: CellReader,
  cols: readonly (number | undefined)[],
  first: number,
  last: number,
): { value: number; cell: string } | null {
  const seen: { value: number; cell: string }[] = [];
  for (let r = first; r <= last && seen.length < MIDDLE_SAMPLE; r++) {
    for (const c of cols) {
      if (c === undefined) continue;
      // Read without the reader's findings: numbers, and amounts typed as Indonesian text.
      const parsed = parseCellNumber(reader.cell(r, c));
      if (parsed.kind !== "number") continue;
      const value = Math.abs(parsed.value.toNumber());
      if (value > 0) seen.push({ value, cell: toA1(r, c) });
    }
  }
  if (seen.length < MIN_AMOUNTS) return null;
  seen.sort((a, b) => a.value - b.value);
  return seen[Math.floor(seen.length / 2)];
}

/** Fewer amounts say nothing of the table's scale. */
const MIN_AMOUNTS = 3;

/** How far under the table a note on its figures is looked for, and how far up into its last rows. */
const NOTE_ROWS = 20;
const NOTE_ROWS_INSIDE = 10;
/** A note under a table: `Keterangan: …`, `Catatan: …`, `*) …`, or one that says `dalam ribuan rupiah` outright. */
const NOTE = /^\s*(?:\*|\(?\d\)|catatan|keterangan|ket\s*[.:]|note|nb\b)|\bdalam\s+(?:ribuan|jutaan)\b/i;

function notedUnit(reader: CellReader, [from, to]: [number, number]): RupiahUnit | null {
  const end = Math.min(reader.grid.rowCount - 1, to);
  for (let r = from; r <= end; r++) {
    const cells = reader.grid.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const text = reader.text(r, c);
      if (text === "" || !NOTE.test(text)) continue;
      const unit = unitSaid(text, r, c);
      if (unit) return unit;
    }
  }
  return null;
}

function statedUnit(reader: CellReader, from: number, to: number): RupiahUnit | null {
  for (let r = from; r <= to; r++) {
    const cells = reader.grid.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (reader.merges.isCovered(r, c)) continue;
      const unit = unitSaid(reader.text(r, c), r, c);
      if (unit) return unit;
    }
  }
  return null;
}

function unitSaid(text: string, r: number, c: number): RupiahUnit | null {
  if (text === "" || !/rp|rupiah|ribu|juta/i.test(text)) return null;
  const factor = MILLIONS.test(text) ? 1_000_000 : THOUSANDS.test(text) ? 1000 : null;
  return factor === null ? null : { factor, cell: toA1(r, c), text: text.replace(/\s+/g, " ").trim() };
}

/** An amount written in thousands (or millions) as rupiah: its value multiplied, the same cell. */
export function inRupiah(n: NumberCell, factor: number): NumberCell {
  const digits = Math.round(Math.log10(factor));
  return { value: n.value.times(factor), decimals: Math.max(0, n.decimals - digits), cell: n.cell };
}

/**
 * True when the amount cells hold full rupiah and only their number format shows them in thousands (`#,##0,`, a
 * comma after the last digit scales by 1000): the sheet's "dalam ribuan" describes what is shown, not what is
 * stored, and nothing is to be multiplied. Looks at the first numbers of the given columns.
 */
function shownInThousandsByFormat(
  reader: CellReader,
  cols: readonly (number | undefined)[],
  first: number,
  last: number,
): boolean {
  let seen = 0;
  for (let r = first; r <= last && seen < 40; r++) {
    for (const c of cols) {
      if (c === undefined) continue;
      const cell = reader.cell(r, c);
      if (typeof cell?.value !== "number") continue;
      seen++;
      if (cell.numFmt && scalesByThousands(cell.numFmt)) return true;
    }
  }
  return false;
}

function scalesByThousands(numFmt: string): boolean {
  return numFmt
    .replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "")
    .split(";")
    .some((section) => /[#0?],+(?![#0?])/.test(section.replace(/[#0?],(?=[#0?])/g, "")));
}
