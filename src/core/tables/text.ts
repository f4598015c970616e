import { columnLetters } from "../grid/address";
/**
 * How an indikator is named in the tables and in Data Pendukung: its name, or, when the sheet leaves the name
 * empty, a label that points at the cell to fix (and still matches between the two).
 */
export function indikatorLabel(ind: { name: string; cell: string }): string {
  return ind.name.trim() || `Indikator tanpa nama (sel ${ind.cell})`;
}

/**
 * The cell where an indikator's name belongs on a Pengukuran Kinerja sheet (its INDIKATOR column on its row), where
 * the missing-name finding points: `cell` of one without a name may be its formulasi's. Its own cell elsewhere.
 */
export function indikatorNameCell(ind: { cell: string; row: number }, indikatorColumn: number | undefined): string {
  return indikatorColumn === undefined ? ind.cell : `${columnLetters(indikatorColumn)}${ind.row + 1}`;
}

/** indikatorLabel's label of an unnamed indikator (`Indikator tanpa nama (sel F42)`), as version 1 wrote it too. */
export function isUnnamedLabel(name: string): boolean {
  return /^indikator tanpa nama\b/i.test(name.trim());
}

/** Compare names as people retype them: case, spaces and punctuation do not matter. */
export function normaliseName(s: string | null | undefined): string {
  return (s ?? "")
    .toString()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 → I, 4 → IV, 14 → XIV. */
export function toRoman(n: number): string {
  let rest = Math.floor(n);
  let s = "";
  for (const [v, sym] of ROMAN) {
    while (rest >= v) {
      s += sym;
      rest -= v;
    }
  }
  return s;
}

/** 0 → A, 25 → Z, 26 → AA: how the seed letters its programs (the same lettering as spreadsheet columns). */
export function toLetters(index: number): string {
  return columnLetters(index);
}

/** `Sasaran Strategis II: <name>`; without the colon when the sheet names no sasaran. */
export function sasaranHeading(roman: string, name: string): string {
  const nama = name.trim();
  return nama === "" ? `Sasaran Strategis ${roman}` : `Sasaran Strategis ${roman}: ${nama}`;
}
