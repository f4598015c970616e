import { Grid } from "../grid/grid";
import { SheetSpec } from "../tables/sheetSpec";
import { writtenContent } from "./writtenContent";

/**
 * A fingerprint of what a generated sheet holds: its constants and formula texts, never cached results or
 * formats (Excel recalculates and reformats, and the Office adapter reads values back). Both adapters compute it
 * the same way, from the spec when writing and from the sheet when checking whether the officer edited it.
 */
export function fingerprintEntries(entries: Iterable<[row: number, col: number, content: string]>): string {
  const hash = new Hash53();
  for (const [row, col, content] of entries) hash.add(`${row},${col}\u0001${content}\u0002`);
  return hash.hex();
}

/** Content of one cell for the fingerprint: `f` + formula, `n` + number, `s` + text, `b` + boolean. */
export function contentKey(value: unknown, formula: string | undefined): string | null {
  if (formula !== undefined && formula !== "") return `f${normaliseFormula(formula)}`;
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return `n${String(value)}`;
  if (typeof value === "boolean") return `b${value ? 1 : 0}`;
  return `s${String(value)}`;
}

/** Hosts hand formulas back with or without `=`; nothing else is normalised. */
function normaliseFormula(formula: string): string {
  const f = formula.trim();
  return f.startsWith("=") ? f.slice(1) : f;
}

export function gridFingerprint(grid: Grid): string {
  return fingerprintEntries(gridEntries(grid));
}

function* gridEntries(grid: Grid): Iterable<[number, number, string]> {
  for (let r = 0; r < grid.cells.length; r++) {
    const line = grid.cells[r];
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      const cell = line[c];
      if (!cell) continue;
      const key = contentKey(cell.value, cell.formula);
      if (key !== null) yield [r, c, key];
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
