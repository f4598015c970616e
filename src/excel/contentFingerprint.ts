import { FingerprintCell, fingerprintAgainstMark } from "../core/workbook/fingerprint";
import { ContentBlock } from "./areaContent";

/**
 * The cells of a block as `gridFingerprint` takes them from a Grid: absolute position, the formula text for a
 * formula, the constant otherwise, in row-major order.
 *
 * `formulas` answers a constant with the constant itself, so text that merely starts with `=` (written into a cell
 * formatted as text) looks like a formula there; a real formula is told apart by its value, which differs from
 * its text.
 */
export function* blockCells(block: ContentBlock): Iterable<FingerprintCell> {
  for (let i = 0; i < block.formulas.length; i++) {
    const formulas = block.formulas[i];
    for (let j = 0; j < formulas.length; j++) {
      const f = formulas[j];
      const value = block.values[i]?.[j];
      const isFormula = typeof f === "string" && f.startsWith("=") && f !== value;
      yield [block.top + i, block.left + j, value, isFormula ? f : undefined];
    }
  }
}

/**
 * The fingerprint of a sheet read as blocks of rows (in row order), comparable with `specFingerprint` and with the
 * sheet's mark (`marked`, see fingerprintAgainstMark).
 */
export function blocksFingerprint(blocks: ContentBlock[], marked?: string): string {
  return fingerprintAgainstMark(function* () {
    for (const block of blocks) yield* blockCells(block);
  }, marked);
}
