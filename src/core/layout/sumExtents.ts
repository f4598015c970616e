import { aggregateOf } from "../grid/formulaReferences";
import { BudgetRowDraft } from "./drafts";

/**
 * Per row of a program's block: how many rows right under it its money cells' SUMs (or references joined by `+`)
 * add up, where at least two of its formulas say the same and they outnumber the others; null elsewhere. A hand-made sheet writes each kegiatan as
 * `=SUM` over its sub kegiatan in every money column: when one of them leaves a row out (`=SUM(N10:N11)` beside
 * `=SUM(O10:O12)` …), the others still say which rows are its own, and the pagu arithmetic alone would cut the
 * kegiatan short and make its last sub kegiatan head a kegiatan of its own.
 */
export function sumExtents(block: readonly BudgetRowDraft[]): (number | null)[] {
  return block.map((row, i) => {
    const formulas = row.formulas;
    if (!formulas) return null;
    const votes = new Map<number, number>();
    let total = 0;
    for (const formula of Object.values(formulas)) {
      if (typeof formula !== "string") continue;
      total++;
      const k = extentOf(block, i, formula);
      if (k !== null) votes.set(k, (votes.get(k) ?? 0) + 1);
    }
    let best: number | null = null;
    let most = 0;
    for (const [k, n] of votes) {
      if (n > most) {
        best = k;
        most = n;
      }
    }
    return best !== null && most >= 2 && most * 2 > total ? best : null;
  });
}

/** The rows right under row i that a SUM over one column takes in, all and only them; null for another formula. */
function extentOf(block: readonly BudgetRowDraft[], i: number, formula: string): number | null {
  const aggregate = aggregateOf(formula);
  if (!aggregate || aggregate.fn !== "sum" || aggregate.ranges.length === 0) return null;
  const col = aggregate.ranges[0].left;
  if (aggregate.ranges.some((r) => r.left !== col || r.right !== col)) return null;
  const taken = (row: number) => aggregate.ranges.some((r) => row >= r.top && row <= r.bottom);
  let k = 0;
  while (i + 1 + k < block.length && taken(block[i + 1 + k].row)) k++;
  if (k === 0) return null;
  // No other row of the block, above or further down, is taken in.
  for (let j = 0; j < block.length; j++) if ((j <= i || j > i + k) && taken(block[j].row)) return null;
  return k;
}

/**
 * The partition's constraints with the SUMs' word added: a row whose SUMs take in the next k rows heads a group,
 * those rows head none, and the row after them heads the next. Code and word go first: nothing is changed where
 * they say otherwise (a row that must head a group inside the span, or a head that may not head one).
 */
export function withSumExtents(extents: readonly (number | null)[], canStart: boolean[], mustStart: boolean[]): void {
  extents.forEach((k, i) => {
    if (k === null || !canStart[i]) return;
    for (let j = i + 1; j <= i + k; j++) if (mustStart[j]) return;
    mustStart[i] = true;
    for (let j = i + 1; j <= i + k; j++) canStart[j] = false;
    if (i + k + 1 < canStart.length && canStart[i + k + 1]) mustStart[i + k + 1] = true;
  });
}
