import { contentKey, fingerprintEntries } from "../core/workbook/fingerprint";
import { ContentBlock } from "./areaContent";

/**
 * The cells of a block as fingerprint entries, exactly as `gridFingerprint` makes them from a Grid: absolute
 * position, `f` + formula text for a formula, the constant otherwise, empty cells left out, in row-major order.
 *
 * `formulas` answers a constant with the constant itself, so text that merely starts with `=` (written into a cell
 * formatted as text) looks like a formula there; a real formula is told apart by its value, which differs from
 * its text.
 */
export function* blockEntries(block: ContentBlock): Iterable<[number, number, string]> {
  for (let i = 0; i < block.formulas.length; i++) {
    const formulas = block.formulas[i];
    for (let j = 0; j < formulas.length; j++) {
      const f = formulas[j];
      const value = block.values[i]?.[j];
      const isFormula = typeof f === "string" && f.startsWith("=") && f !== value;
      const key = isFormula ? contentKey(value, f) : contentKey(value, undefined);
      if (key !== null) yield [block.top + i, block.left + j, key];
    }
  }
}

/** The fingerprint of a sheet read as blocks of rows (in row order), comparable with `specFingerprint`. */
export function blocksFingerprint(blocks: ContentBlock[]): string {
  return fingerprintEntries(
    (function* () {
      for (const block of blocks) yield* blockEntries(block);
    })(),
  );
}
