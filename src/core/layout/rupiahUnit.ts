import { toA1 } from "../grid/address";
import { NumberCell, RupiahUnit } from "../model/types";
import { CellReader } from "./readCells";

/** `(dalam ribuan rupiah)`, `Rp (000)`, `Rp. 000`, `Rp ribuan`: amounts written in thousands. */
const THOUSANDS =
  /\b(?:dalam\s+ribuan|ribuan\s+rupiah)\b|\brp\.?\s*\(?\s*000\s*\)?(?![.,]?\d)|\(\s*rp\.?\s*000\s*\)|\brp\.?\s*\(?\s*ribu(?:an)?\b/i;
/** `(dalam jutaan rupiah)`, `Rp (000.000)`, `Rp juta`: amounts written in millions. */
const MILLIONS =
  /\b(?:dalam\s+jutaan|jutaan\s+rupiah)\b|\brp\.?\s*\(?\s*000[.,]000\s*\)?|\brp\.?\s*\(?\s*juta(?:an)?\b/i;

/**
 * The unit a sheet (either family) writes its Rupiah in when it is not the rupiah itself: a title line (`dalam
 * ribuan rupiah`) or a header cell (`Rp (000)`) says so. The first cell that says it, above the data; null when none
 * does (amounts in rupiah, as the form's standard layout has them), and when the amount cells hold full rupiah that
 * only their number format shows in thousands (`amounts`: the columns and data rows to look at).
 */
export function rupiahUnitOf(
  reader: CellReader,
  lastHeaderRow: number,
  amounts: { cols: readonly (number | undefined)[]; rows: [number, number] },
): RupiahUnit | null {
  const stated = statedUnit(reader, lastHeaderRow);
  return stated && !shownInThousandsByFormat(reader, amounts.cols, amounts.rows[0], amounts.rows[1]) ? stated : null;
}

function statedUnit(reader: CellReader, lastHeaderRow: number): RupiahUnit | null {
  for (let r = 0; r <= lastHeaderRow; r++) {
    const cells = reader.grid.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (reader.merges.isCovered(r, c)) continue;
      const text = reader.text(r, c);
      if (text === "" || !/rp|rupiah|ribu|juta/i.test(text)) continue;
      const factor = MILLIONS.test(text) ? 1_000_000 : THOUSANDS.test(text) ? 1000 : null;
      if (factor !== null) return { factor, cell: toA1(r, c), text: text.replace(/\s+/g, " ").trim() };
    }
  }
  return null;
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
