import { BudgetFacts, parentRows } from "./budgetFacts";

/**
 * Rows whose pagu is shown to be the slip by their own anggaran kas: the year's kas (TW I–IV) differs from the pagu
 * (kas-vs-pagu names the cell), with that kas in its place the parent's pagu is the sum of its children's, and the
 * parent's own parent holds the parent's pagu as the sum of its children's. One
 * mistyped pagu of a sub kegiatan then is one finding at its cell, not also an error at the right kegiatan above it,
 * a realisasi "over" the mistyped pagu and a capaian "recomputed" from it (cascade42 F6). In sen only: where an amount
 * is not exact in sen (beyond 2⁵³ sen, or a fraction of a sen), no pagu is taken for the slip and every check speaks.
 */
export function paguSlips(facts: BudgetFacts): PaguSlips {
  const cached = SLIPS.get(facts);
  if (cached) return cached;
  const { refs, pagu } = facts;
  const year = facts.kasSdTw[3];
  const slip = new Uint8Array(refs.length);
  const explainsParent = new Uint8Array(refs.length);
  let parents: Int32Array | undefined;
  const exact = (sen: number) => Number.isSafeInteger(sen);
  const differs = (c: number) =>
    pagu.present[c] === 1 && year.filled[c] === 1 && year.unreadable[c] === 0 && year.sen[c] !== pagu.sen[c];
  for (let p = 0; p < refs.length; p++) {
    const children = refs[p].childRows;
    if (children.length === 0 || !pagu.present[p] || pagu.childUnreadable[p]) continue;
    let total = 0;
    let corrected = false;
    for (const c of children) {
      const slipped = differs(c);
      const taken = slipped ? year.sen[c] : pagu.present[c] ? pagu.sen[c] : 0;
      if (slipped) corrected = true;
      total = exact(taken) ? total + taken : Number.NaN;
    }
    if (!corrected || !exact(total) || total !== pagu.sen[p]) continue;
    // The parent's own parent must hold it as it is: where the program holds the sum of the pagu as typed instead
    // (the sample's TW IV, row 21), the figures disagree with each other and no cell is shown to be the slip.
    const g = (parents ??= parentRows(facts))[p];
    if (
      g >= 0 &&
      pagu.present[g] &&
      (pagu.childUnreadable[g] || !exact(pagu.childSen[g]) || pagu.childSen[g] !== pagu.sen[g])
    )
      continue;
    explainsParent[p] = 1;
    for (const c of children) if (differs(c)) slip[c] = 1;
  }
  const out = { slip, explainsParent, kasSen: year.sen };
  SLIPS.set(facts, out);
  return out;
}

export interface PaguSlips {
  /** 1 where the row's own pagu is the slip. */
  slip: Uint8Array;
  /** 1 where the row's pagu is right: its children add up to it with their slipped pagu taken as their kas. */
  explainsParent: Uint8Array;
  /** The year's anggaran kas of each row in sen: what a slipped pagu should be. */
  kasSen: Float64Array;
}

const SLIPS = new WeakMap<BudgetFacts, PaguSlips>();
