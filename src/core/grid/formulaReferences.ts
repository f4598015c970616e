import { fromA1 } from "./address";
import { FormulaToken, scanFormula } from "./formulaScan";
import { CellRange } from "./grid";

/*
 * Which cells a formula reads, from the tokens of formulaScan.ts. A reference is a cell (`N12`, `$N$12`), a chain
 * of cells joined by `:` (`N12:N15:N20` is the box around them, as Excel reads it), or a whole column or row range
 * (`N:N`, `12:12`). A reference after a sheet name (`'TW I'!N12`, `Data!B2`, `Sheet1:Sheet3!A1`) is on another
 * sheet; text in quotes, function names and defined names are not references.
 */

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
const CELL = /^\$?[A-Za-z]{1,3}\$?\d{1,7}$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

export interface FormulaReference {
  /** 0-based, inclusive. */
  range: CellRange;
  /** False for a reference to another sheet (or workbook). */
  ownSheet: boolean;
  /** Index of its first token, for parsers over the token list. */
  firstToken: number;
  /** Index after its last token. */
  endToken: number;
}

interface Scanned {
  text: string;
  tokens: FormulaToken[];
  words: string[];
}

function scanned(formula: string): Scanned {
  const text = formula.trim().replace(/^=/, "");
  const tokens = scanFormula(text);
  return { text, tokens, words: tokens.map((t) => text.slice(t.start, t.end)) };
}

/** Every reference of a formula, in order. */
export function formulaReferences(formula: string): FormulaReference[] {
  return referencesOf(scanned(formula));
}

function referencesOf(s: Scanned): FormulaReference[] {
  const { tokens, words } = s;
  const out: FormulaReference[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind !== "word" && t.kind !== "quoted" && t.kind !== "bracket") {
      i++;
      continue;
    }
    // A run of words joined by `:` (a cell chain, a column or row range, or a 3D sheet span before `!`).
    let end = i + 1;
    const parts = [i];
    while (end + 1 < tokens.length && words[end] === ":" && tokens[end + 1].kind === "word") {
      parts.push(end + 1);
      end += 2;
    }
    if (words[end] === "!") {
      // Sheet prefix: the reference after it is on another sheet.
      const ref = end + 1 < tokens.length ? rangeAt(s, end + 1) : null;
      if (ref) out.push({ ...ref, ownSheet: false, firstToken: i });
      i = ref ? ref.endToken : end + 1;
      continue;
    }
    if (t.kind === "bracket") {
      // `[1]Lain!C3`: an external workbook's index before its sheet name.
      i++;
      continue;
    }
    if (t.kind === "word" && words[end] !== "(" && (i === 0 || words[i - 1] !== "!")) {
      const range = rangeOfWords(parts.map((p) => words[p]));
      if (range) {
        out.push({ range, ownSheet: true, firstToken: i, endToken: end });
        i = end;
        continue;
      }
    }
    i = end;
  }
  return out;
}

/** The reference starting at token `i` (after a sheet prefix), or null. */
function rangeAt(s: Scanned, i: number): { range: CellRange; endToken: number } | null {
  const { tokens, words } = s;
  if (tokens[i]?.kind !== "word") return null;
  let end = i + 1;
  const parts = [words[i]];
  while (end + 1 < tokens.length && words[end] === ":" && tokens[end + 1].kind === "word") {
    parts.push(words[end + 1]);
    end += 2;
  }
  const range = rangeOfWords(parts);
  return range ? { range, endToken: end } : null;
}

function rangeOfWords(parts: string[]): CellRange | null {
  if (parts.every((p) => CELL.test(p))) {
    const cells = parts.map((p) => fromA1(p));
    return {
      top: Math.min(...cells.map((c) => c.row)),
      bottom: Math.max(...cells.map((c) => c.row)),
      left: Math.min(...cells.map((c) => c.col)),
      right: Math.max(...cells.map((c) => c.col)),
    };
  }
  if (parts.length === 2 && parts.every((p) => COLUMN.test(p))) {
    const cols = parts.map((p) => fromA1(`${(COLUMN.exec(p) as RegExpExecArray)[1]}1`).col);
    return { top: 0, bottom: MAX_ROW, left: Math.min(...cols), right: Math.max(...cols) };
  }
  if (parts.length === 2 && parts.every((p) => ROW.test(p))) {
    const rows = parts.map((p) => Number((ROW.exec(p) as RegExpExecArray)[1]) - 1);
    if (rows.some((r) => r < 0)) return null;
    return { top: Math.min(...rows), bottom: Math.max(...rows), left: 0, right: MAX_COL };
  }
  return null;
}

/** The ranges a formula reads on its own sheet, 0-based. */
export function formulaRanges(formula: string): CellRange[] {
  return formulaReferences(formula)
    .filter((r) => r.ownSheet)
    .map((r) => r.range);
}

/** Ranges taller than this are not listed row by row (a whole column); see rowsReadInColumn. */
const MAX_LISTED_ROWS = 100_000;

/** The rows a formula reads in one column (sorted, each once), from the ranges that cover that column. */
export function rowsReadInColumn(formula: string, col: number): number[] {
  const rows = new Set<number>();
  for (const r of formulaRanges(formula)) {
    if (col < r.left || col > r.right || r.bottom - r.top > MAX_LISTED_ROWS) continue;
    for (let row = r.top; row <= r.bottom; row++) rows.add(row);
  }
  return [...rows].sort((a, b) => a - b);
}

/**
 * Functions that pass over text in the cells they read (Excel's and LibreOffice's SUM and its kin): a number typed
 * as text in their ranges adds nothing. A `+` between references is not among them: it reads the text as a number.
 */
const SKIPPING_TEXT = /^(SUM|SUBTOTAL|AVERAGE|AGGREGATE|MIN|MAX|PRODUCT|SUMPRODUCT)$/i;

/** The own-sheet ranges a formula reads inside the arguments of a function that passes over text (at any depth). */
export function rangesSkippingText(formula: string): CellRange[] {
  const s = scanned(formula);
  const { tokens, words } = s;
  const refs = referencesOf(s).filter((r) => r.ownSheet);
  if (refs.length === 0) return [];
  // Per token, whether a text-skipping function's parentheses enclose it.
  const inside = new Uint8Array(tokens.length);
  const open: boolean[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = words[i];
    if (w === "(") {
      let k = i - 1;
      while (k >= 0 && words[k].trim() === "") k--;
      open.push(k >= 0 && tokens[k].kind === "word" && SKIPPING_TEXT.test(words[k]));
      if (open[open.length - 1]) depth++;
    } else if (w === ")") {
      if (open.pop()) depth--;
    }
    inside[i] = depth > 0 ? 1 : 0;
  }
  return refs.filter((r) => inside[r.firstToken] === 1).map((r) => r.range);
}

/** True for a formula that adds cells up: SUM, SUBTOTAL or AGGREGATE first, or references joined by `+` only. */
export function isAddingFormula(formula: string): boolean {
  const { tokens, words } = scanned(formula);
  const solid = tokens.map((t, i) => ({ t, w: words[i] })).filter(({ w }) => w.trim() !== "");
  if (solid.length === 0) return false;
  if (solid[0].t.kind === "word" && solid[1]?.w === "(" && /^(SUM|SUBTOTAL|AGGREGATE)$/i.test(solid[0].w)) return true;
  const plain = solid.every(({ t, w }) => (t.kind === "word" && /^[$A-Za-z0-9]+$/.test(w)) || /^[:+()]$/.test(w));
  return plain && solid.some(({ w }) => w === "+");
}

/** A formula that adds up or averages references, and the ranges it takes in. */
export interface Aggregate {
  fn: "sum" | "average";
  /** Own-sheet ranges, in order; a range listed twice is taken in twice. */
  ranges: CellRange[];
}

/**
 * The shape parents are written in: `SUM(…)`, `SUBTOTAL(9, …)`, `AVERAGE(…)`, `SUBTOTAL(1, …)`, references joined
 * by `+`, or SUM terms joined by `+`, every argument a reference on the same sheet. Null for anything else (a row
 * formula such as `J34+V34` is also an aggregate here: the caller looks at which columns it reads).
 */
export function aggregateOf(formula: string): Aggregate | null {
  const s = scanned(formula);
  const refs = referencesOf(s);
  const refAt = new Map(refs.map((r) => [r.firstToken, r]));
  const { tokens, words } = s;
  let i = 0;
  const skipSpace = () => {
    while (i < tokens.length && words[i].trim() === "") i++;
  };
  const ranges: CellRange[] = [];
  /** A comma-separated list of references up to `)`; false when something else is in it. */
  const argumentsUpToClose = (): boolean => {
    for (;;) {
      skipSpace();
      const ref = refAt.get(i);
      if (!ref || !ref.ownSheet) return false;
      ranges.push(ref.range);
      i = ref.endToken;
      skipSpace();
      if (words[i] === ")") {
        i++;
        return true;
      }
      if (words[i] !== ",") return false;
      i++;
    }
  };
  let fn: Aggregate["fn"] | null = null;
  let terms = 0;
  for (;;) {
    skipSpace();
    const ref = refAt.get(i);
    if (ref) {
      if (!ref.ownSheet) return null;
      ranges.push(ref.range);
      i = ref.endToken;
      fn ??= "sum";
      if (fn !== "sum") return null;
    } else if (tokens[i]?.kind === "word" && words[i + 1] === "(") {
      const name = words[i].toUpperCase().replace(/^_XLFN\./, "");
      i += 2;
      let termFn: Aggregate["fn"];
      if (name === "SUM") termFn = "sum";
      else if (name === "AVERAGE") termFn = "average";
      else if (name === "SUBTOTAL") {
        skipSpace();
        const code = Number(words[i]);
        if (code === 9 || code === 109) termFn = "sum";
        else if (code === 1 || code === 101) termFn = "average";
        else return null;
        i++;
        skipSpace();
        if (words[i] !== ",") return null;
        i++;
      } else return null;
      if (!argumentsUpToClose()) return null;
      // AVERAGE stands alone; SUM terms may be joined by `+`.
      if (fn !== null && (termFn !== "sum" || fn !== "sum")) return null;
      fn = termFn;
    } else return null;
    terms++;
    skipSpace();
    if (i >= tokens.length) break;
    if (words[i] !== "+" || fn === "average") return null;
    i++;
  }
  return fn !== null && terms > 0 ? { fn, ranges } : null;
}
