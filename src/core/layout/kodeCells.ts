import { formatDecimals, formatIntegerDigits } from "../numbers/parseNumber";
import { looksLikeCode } from "./levelWords";
import { CellReader, collapseSpaces } from "./readCells";

/**
 * The code of a row: its one KODE column, or the parts of a code split over several columns (`1 | 02 | 02 | 2.01 |
 * 0014`, as exports and some offices write it) joined with dots. Undefined when the cells hold no code.
 */
export function readKode(reader: CellReader, cols: readonly number[], row: number): string | undefined {
  // Most sheets have one KODE column: no arrays for them (every row of a large sheet passes here).
  if (cols.length === 1) {
    const kode = kodePart(reader, row, cols[0]);
    return kode !== "" && looksLikeCode(kode) ? kode : undefined;
  }
  const parts: string[] = [];
  for (const col of cols) {
    const part = kodePart(reader, row, col);
    if (part !== "") parts.push(part);
  }
  if (parts.length === 0) return undefined;
  const kode = parts.join(".");
  return looksLikeCode(kode) ? kode : undefined;
}

/** The columns a row's code is read from: the code's parts when the header splits it, else the KODE column. */
export function kodeColumnsOf(parts: readonly number[], kode: number | undefined): readonly number[] {
  return parts.length > 0 ? parts : kode !== undefined ? [kode] : [];
}

/** One part of a code as a cell shows it: `1`, `02`, `2.01`, `0001`, `X.XX` (cross-cutting urusan), or a full code. */
const CODE_PART = /^[0-9X]{1,5}(?:\.[0-9A-Z]{1,5})*$/i;

/**
 * What a column holds in rows `from`..`to`: codes or parts of codes only, nothing, or some cell with words. Tells a
 * code column titled by its level (`Program`, `Kegiatan`, as exports write them) from the names column beside it.
 */
export function codeColumnContent(
  reader: CellReader,
  col: number,
  from: number,
  to: number,
): "codes" | "empty" | "words" {
  let codes = 0;
  for (let row = from; row <= to; row++) {
    const part = kodePart(reader, row, col);
    if (part === "") continue;
    if (!CODE_PART.test(part)) return "words";
    codes++;
  }
  return codes > 0 ? "codes" : "empty";
}

/** `1 . 03 . 01` (typed by hand, or an older printout's spacing) as the code `1.03.01`; other text as it is. */
function withoutSpacedDots(text: string): string {
  return text.includes(" .") || text.includes(". ") ? text.replace(/\s*\.\s*/g, ".") : text;
}

/**
 * A code cell as it is shown, without a trailing dot: a number keeps the decimals its format shows (`2.1` under
 * `0.00` is the code `2.10`, not `2.1`) and the leading zeros (`2` under `00` is `02`, `1` under `0000` is `0001`).
 */
function kodePart(reader: CellReader, row: number, col: number): string {
  const m = reader.merges.find(row, col);
  if (m && m.top < row) return "";
  const cell = m ? reader.cell(m.top, m.left) : reader.cell(row, col);
  const value = cell?.value;
  let text: string;
  if (typeof value === "number") {
    const decimals = formatDecimals(cell?.numFmt);
    text = decimals !== null && decimals > 0 && decimals <= 20 ? value.toFixed(decimals) : String(value);
    const digits = formatIntegerDigits(cell?.numFmt);
    if (digits > 1 && value >= 0) {
      const [whole, fraction] = text.split(".");
      text = whole.padStart(digits, "0") + (fraction === undefined ? "" : `.${fraction}`);
    }
  } else text = withoutSpacedDots(collapseSpaces(reader.text(row, col)));
  return text.endsWith(".") ? text.slice(0, -1) : text;
}
