import Decimal from "decimal.js";
import { columnLetters, parseA1 } from "../grid/address";
import { decimalFromNumber, exactSen, scaledSafeInteger } from "../numbers/exact";
import { NumberCell } from "./types";

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/** Below this, an integer times a power of ten is exact, and a decimal fraction of it has at most 15 digits. */
const SHORT = 1e15;

/**
 * The NumberCell of a cell holding a JS number, which is most cells of a sheet: the number as the cell holds it,
 * whether a `%` format makes it percent points, and where it is. Its Decimal and its A1 address are made when asked
 * for instead of for every cell of a large sheet; the engine's hot loops read its sen (or any scaled integer)
 * straight from the number, equal to scaledSafeInteger on the Decimal (test/core/model/sheetNumber.test.ts).
 *
 * Nothing is cached on the instance, so two readings of one cell stay equal whatever was asked of them.
 */
export class SheetNumber implements NumberCell {
  /** The number the cell holds, finite. */
  readonly raw: number;
  /** 0-based row of the cell. */
  readonly row: number;
  /** Its column and format, shared by the numbers of a column shown alike: one object less per number. */
  private readonly place: NumberPlace;

  /**
   * @param percent True under a `%` format: the value is raw × 100 (0.0039 shown as 0,39% is 0.39 percent points).
   * @param decimals Digits after the decimal separator as the cell shows them.
   * @param col 0-based column of the cell.
   */
  constructor(raw: number, percent: boolean, decimals: number, row: number, col: number) {
    this.raw = raw;
    this.row = row;
    this.place = placeOf(col, percent, decimals);
  }

  get decimals(): number {
    return this.place.decimals;
  }

  get percent(): boolean {
    return this.place.percent;
  }

  get col(): number {
    return this.place.col;
  }

  /** The value as the engine reads it: the number's shortest decimal, times 100 under a `%` format. */
  get value(): Decimal {
    const exact = decimalFromNumber(this.raw);
    return this.place.percent ? exact.times(100) : exact;
  }

  /** A1 address of the cell. */
  get cell(): string {
    return letters(this.place.col) + String(this.row + 1);
  }

  /** exactSen(value): the value in sen as an exact safe integer, or null. */
  sen(): number | null {
    return this.scaled(2);
  }

  /** scaledSafeInteger(value, places), without making the Decimal in the common case. */
  scaled(places: number): number | null {
    const k = this.place.percent ? places + 2 : places;
    const raw = this.raw;
    if (k >= 0 && k <= 15) {
      if (Number.isInteger(raw)) {
        const n = raw * POW10[k];
        if (n < SHORT && n > -SHORT) return n;
      } else {
        // The shortest decimal of raw has j digits after the point when round(raw × 10^j) / 10^j gives raw back
        // (exact.ts, decimalFromNumber); with none up to k, raw × 10^k is no integer.
        for (let j = 1; j <= k; j++) {
          const n = Math.round(raw * POW10[j]);
          if (n / POW10[j] !== raw) continue;
          const scaled = n * POW10[k - j];
          if (n < SHORT && n > -SHORT && scaled < SHORT && scaled > -SHORT) return scaled;
          return scaledSafeInteger(this.value, places);
        }
        if (Math.abs(raw) * POW10[k] < SHORT / 10) return null;
      }
    }
    return scaledSafeInteger(this.value, places);
  }
}

/** exactSen of a number cell's value; a SheetNumber answers without a Decimal. */
export function senOfNumber(m: NumberCell): number | null {
  return m instanceof SheetNumber ? m.sen() : exactSen(m.value);
}

/** scaledSafeInteger of a number cell's value; a SheetNumber answers without a Decimal. */
export function scaledOfNumber(m: NumberCell, places: number): number | null {
  return m instanceof SheetNumber ? m.scaled(places) : scaledSafeInteger(m.value, places);
}

/** 0-based row of a number cell's source; a SheetNumber answers without making its address. */
export function rowOfNumber(m: NumberCell): number | null {
  return m instanceof SheetNumber ? m.row : (parseA1(m.cell)?.row ?? null);
}

/** Where a number sits across the rows of a column, and how it is shown. */
interface NumberPlace {
  readonly col: number;
  readonly percent: boolean;
  readonly decimals: number;
}

/** One NumberPlace per column, format and digits: a sheet has a handful of each. */
const PLACES: NumberPlace[][] = [];
function placeOf(col: number, percent: boolean, decimals: number): NumberPlace {
  const byColumn = (PLACES[col] ??= []);
  const key = decimals * 2 + (percent ? 1 : 0);
  return (byColumn[key] ??= Object.freeze({ col, percent, decimals }));
}

/** Column letters, computed once per column. */
const LETTERS: string[] = [];
function letters(col: number): string {
  return (LETTERS[col] ??= columnLetters(col));
}
