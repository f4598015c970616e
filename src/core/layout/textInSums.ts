import { formulaRanges, rangesSkippingText } from "../grid/formulaReferences";
import { CellRange, Grid, GridCell } from "../grid/grid";
import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";
import { NUMBER_WITH_UNIT, readTypedNumber } from "../numbers/parseNumber";
import { shortenName } from "./findings";

/** Cells of one formula's ranges looked at, at most (a SUM over a whole column stops at the sheet's last row). */
const MAX_CELLS = 50_000;
const KEY = 16_384;

/**
 * Formulas that pass over a number typed as text. Excel's and LibreOffice's SUM (and AVERAGE, SUBTOTAL…) skip text
 * in the cells they read, so a pasted `55.511.475` in a SUM's range leaves the total short while the engine reads
 * the text as the number it is: every check of that total would blame a correct formula. Such a formula's value is
 * not read (its row's checks stay silent, as for any unreadable cell), and each text cell gets one
 * `number-stored-as-text` finding naming the first formula that skips it and counting the others. A formula that
 * passes over text that is no number at all (`#####`, `Rp ?`: an amount that could not be read, with its own
 * `unreadable-value` finding) is not read either: a total short by an unknown amount is no second finding's ground.
 */
export class TextInSums {
  /** Per formula cell (row × 16384 + column): whether it passes over a number typed as text. */
  private readonly checked = new Map<number, boolean>();
  /** Per text cell: its finding's place in `findings` and the formula cells that skip it. */
  private readonly skipped = new Map<number, { at: number; formulas: Set<number>; first: string; teks: string }>();

  constructor(
    private readonly grid: Grid,
    private readonly sheet: string,
    private readonly findings: Finding[],
    private readonly a1: (row: number, col: number) => string,
    /** Rows inside the table that are no data (a header copied onto a printed page): their column numbers are text. */
    private readonly notData: ReadonlySet<number> = new Set(),
  ) {}

  /**
   * True when the formula in (row, col) passes over a number typed as text, or reads a formula cell that does (a
   * program's SUM over a kegiatan whose SUM skips a text cell is short by as much).
   */
  skipsText(row: number, col: number, formula: string): boolean {
    const key = row * KEY + col;
    const known = this.checked.get(key);
    if (known !== undefined) return known;
    // A formula that reads itself through others is not followed round again.
    this.checked.set(key, false);
    let skips = false;
    const budget = { cells: MAX_CELLS };
    for (const range of rangesSkippingText(formula)) {
      this.eachCell(range, budget, (r, c, cell) => {
        const v = cell.value;
        if (typeof v !== "string") return false;
        const typed = readTypedNumber(v);
        // `1 dokumen`: a figure with its unit, read as the figure, skipped by the SUM all the same (cascade42 F2).
        const withUnit = typed.kind === "number" ? null : NUMBER_WITH_UNIT.exec(v.trim());
        if (isNonZeroNumber(typed) || (withUnit !== null && isNonZeroNumber(readTypedNumber(withUnit[1])))) {
          skips = true;
          this.note(r, c, v, key, this.a1(row, col));
        } else if (typed.kind !== "number" && isBrokenAmount(v)) {
          // `#####`, `Rp ?`: the sum leaves out an amount that could not be read (its cell has its own finding).
          skips = true;
        }
        return false;
      });
    }
    if (!skips) skips = this.readsShortFormula(formula, budget, false);
    this.checked.set(key, skips);
    return skips;
  }

  /**
   * True when an error value of the formula (`#VALUE!`) comes from a number typed as text that is already named
   * (a SUM passes over it), from an amount that cannot be read (`belum`, `1O0`: its own unreadable-value finding), or
   * from a formula that passes over one or shows `#VALUE!` for one: its cause is said there, once (find32: one
   * `belum` under `=O130+O131` totals made a finding at every total above it).
   */
  errorFromNamedText(formula: string): boolean {
    return this.readsShortFormula(formula, { cells: MAX_CELLS }, true, new Set());
  }

  /**
   * Whether the formula reads a formula cell that passes over a number typed as text, or, with `named`, a text cell
   * already named by one or that is a broken amount, or a formula cell whose `#VALUE!` comes from one (`followed`: the
   * formula cells already followed, so that a chain is walked once).
   */
  private readsShortFormula(
    formula: string,
    budget: { cells: number },
    named: boolean,
    followed?: Set<number>,
  ): boolean {
    let found = false;
    for (const range of formulaRanges(formula)) {
      if (found) break;
      this.eachCell(range, budget, (r, c, cell) => {
        const key = r * KEY + c;
        const v = cell.value;
        if (named && this.skipped.has(key)) found = true;
        else if (named && cell.formula === undefined && typeof v === "string")
          found = readTypedNumber(v).kind !== "number" && isBrokenAmount(v);
        else if (named && followed && cell.formula !== undefined && v === "#VALUE!" && !followed.has(key)) {
          followed.add(key);
          found = this.readsShortFormula(cell.formula, budget, true, followed);
        } else if (cell.formula !== undefined && typeof v === "number") found = this.skipsText(r, c, cell.formula);
        return found;
      });
    }
    return found;
  }

  /**
   * The cells of a range within the sheet, while the budget lasts and until `visit` says it has found what it looks
   * for.
   */
  private eachCell(
    range: CellRange,
    budget: { cells: number },
    visit: (row: number, col: number, cell: GridCell) => boolean,
  ): void {
    const bottom = Math.min(range.bottom, this.grid.rowCount - 1);
    const right = Math.min(range.right, this.grid.colCount - 1);
    for (let r = range.top; r <= bottom; r++) {
      const cells = this.grid.cells[r];
      if (!cells || this.notData.has(r)) continue;
      for (let c = range.left; c <= right; c++) {
        if (budget.cells-- <= 0) return;
        const cell = cells[c];
        if (cell && visit(r, c, cell)) return;
      }
    }
  }

  private note(row: number, col: number, text: string, formulaKey: number, formulaCell: string): void {
    const key = row * KEY + col;
    const seen = this.skipped.get(key);
    const entry = seen ?? { at: this.findings.length, formulas: new Set<number>(), first: formulaCell, teks: "" };
    if (entry.formulas.has(formulaKey)) return;
    entry.formulas.add(formulaKey);
    const cell = this.a1(row, col);
    entry.teks = shortenName(text.trim());
    const common = { rule: "number-stored-as-text" as const, sheet: this.sheet, cell, actual: entry.teks };
    const lain = entry.formulas.size - 1;
    const finding =
      lain === 0
        ? makeFinding({
            ...common,
            key: "number-stored-as-text",
            params: { cell, teks: entry.teks, rumus: entry.first },
          })
        : makeFinding({
            ...common,
            key: "number-stored-as-text.many",
            params: { cell, teks: entry.teks, rumus: entry.first, lain },
          });
    if (seen) this.findings[entry.at] = finding;
    else {
      this.skipped.set(key, entry);
      this.findings.push(finding);
    }
  }
}

/**
 * Text written as an amount that cannot be read as one: `#####`, `Rp ?`, `90.4OO.OOO` (letters that look like
 * digits), an amount not known yet (`belum`, `n/a`); no other words (`Sumber Dana: DAU` on a detail line under a sub
 * kegiatan is no amount, and leaves no sum short).
 */
function isBrokenAmount(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return false;
  // Written as rupiah, or of digits, marks and letters that look like digits only.
  return /^rp\b/i.test(trimmed) || /^[\d.,+\-()%?#*OoIl\s]+$/.test(trimmed) || NOT_KNOWN_YET.test(trimmed);
}

/** Words written where an amount is not known yet: the sum over it is short by that amount (find32 D5). */
const NOT_KNOWN_YET =
  /^(?:belum(?:\s+(?:ada|diisi|terisi|tersedia|diinput|masuk))?|blm|n\/?a|tbd|menunggu|proses|dalam\s+proses)\.?$/i;

/** Text that reads as a number other than zero (a dash or `0` typed as text changes no sum). */
function isNonZeroNumber(typed: ReturnType<typeof readTypedNumber>): boolean {
  return typed.kind === "number" && !typed.dash && /[1-9]/.test(typed.digits);
}
