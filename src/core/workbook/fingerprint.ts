import { Grid } from "../grid/grid";
import { SheetSpec } from "../tables/sheetSpec";
import { atShownDigits, writtenContent } from "./writtenContent";

/**
 * A fingerprint of what a generated sheet holds: its constants and formula texts, never cached results or
 * formats (Excel recalculates and reformats, and the Office adapter reads values back). Both adapters compute it
 * the same way, from the spec when writing and from the sheet when checking whether the officer edited it.
 *
 * A number counts at 15 significant digits: what LibreOffice keeps of it when it saves the file, and what Excel
 * shows. 0.48798584383847277 written and 0.487985843838473 read back after a save are the same untouched cell.
 */
export function fingerprintEntries(entries: Iterable<[row: number, col: number, content: string]>): string {
  const hash = new Hash53();
  for (const [row, col, content] of entries) hash.add(`${row},${col}\u0001${content}\u0002`);
  return hash.hex();
}

/** A cell as a host reads it back: position, value, and the formula text when it holds one. */
export type FingerprintCell = [row: number, col: number, value: unknown, formula: string | undefined];

/**
 * Content of one cell for the fingerprint: `f` + formula, `n` + number, `s` + text, `b` + boolean. `exact` keeps a
 * number's every digit, as marks written before November 2026 counted them.
 */
export function contentKey(value: unknown, formula: string | undefined, exact = false): string | null {
  if (formula !== undefined && formula !== "") return `f${normaliseFormula(formula)}`;
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return `n${String(exact ? value : atShownDigits(value))}`;
  if (typeof value === "boolean") return `b${value ? 1 : 0}`;
  return `s${String(value)}`;
}

/** Hosts hand formulas back with or without `=`; nothing else is normalised. */
function normaliseFormula(formula: string): string {
  const f = formula.trim();
  return f.startsWith("=") ? f.slice(1) : f;
}

/** The fingerprint of cells read back, in row-major order. */
export function cellsFingerprint(cells: Iterable<FingerprintCell>, exact = false): string {
  return fingerprintEntries(
    (function* () {
      for (const [row, col, value, formula] of cells) {
        const key = contentKey(value, formula, exact);
        if (key !== null) yield [row, col, key] as [number, number, string];
      }
    })(),
  );
}

/**
 * What a marked sheet holds now, comparable with its mark's fingerprint: an untouched sheet whose mark was written
 * before numbers counted at 15 digits matches that mark too, so an update does not take it for an edited one.
 */
export function fingerprintAgainstMark(cells: () => Iterable<FingerprintCell>, marked: string | undefined): string {
  const now = cellsFingerprint(cells());
  if (marked === undefined || now === marked) return now;
  return cellsFingerprint(cells(), true) === marked ? marked : now;
}

export function gridFingerprint(grid: Grid, marked?: string): string {
  return fingerprintAgainstMark(() => gridCells(grid), marked);
}

function* gridCells(grid: Grid): Iterable<FingerprintCell> {
  for (let r = 0; r < grid.cells.length; r++) {
    const line = grid.cells[r];
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      const cell = line[c];
      if (cell) yield [r, c, cell.value, cell.formula];
    }
  }
}

/** The fingerprint of a spec as written under its final names (links follow a suffixed target sheet). */
export function specFingerprint(spec: SheetSpec, finalNames: ReadonlyMap<string, string>): string {
  const entries: [number, number, string][] = [];
  for (const { row, col, cell } of spec.cells) {
    const written = writtenContent(cell, finalNames);
    const key = contentKey(written.value, written.formula);
    if (key !== null) entries.push([row, col, key]);
  }
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return fingerprintEntries(entries);
}

/** A short hash of a text (14 hex digits), to tell whether two texts are the same. */
export function textHash(text: string): string {
  const hash = new Hash53();
  hash.add(text);
  return hash.hex();
}

/** cyrb53: a fast 53-bit string hash; enough to tell an edited sheet from an untouched one (not a security check). */
class Hash53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(text: string): void {
    let { h1, h2 } = this;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  hex(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507);
    h1 ^= Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    let h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
  }
}
