import { Level, LevelEvidence } from "../model/types";
import { BudgetRowDraft } from "./drafts";
import { codeLevel, wordLevel } from "./levelWords";

/**
 * What the evidence says about one budget row before arithmetic: a level, or only that it is not a program
 * (`notProgram`), or that it is a program or a kegiatan (`programOrKegiatan`), or nothing.
 */
export type LevelHint = Level | "notProgram" | "programOrKegiatan" | "unknown";

export interface RowEvidence {
  hint: LevelHint;
  /** Set when the hint is a level. */
  evidence?: LevelEvidence;
  /** Code and word disagree (the code is kept): both readings, for a level-uncertain finding. */
  conflict?: { kode: string; byCode: Level; byWord: Level };
}

/**
 * One shared RowEvidence per hint and evidence: a large sheet has thousands of rows with the same few. They are
 * only ever read.
 */
const SHARED = new Map<LevelHint, Map<LevelEvidence | "", RowEvidence>>();
export function sharedEvidence(hint: LevelHint, evidence?: LevelEvidence): RowEvidence {
  let byEvidence = SHARED.get(hint);
  if (!byEvidence) SHARED.set(hint, (byEvidence = new Map()));
  let e = byEvidence.get(evidence ?? "");
  if (!e) {
    e = evidence === undefined ? { hint } : { hint, evidence };
    byEvidence.set(evidence ?? "", e);
  }
  return e;
}

/**
 * Evidence per budget row, strongest first: the code, the word the name starts with, then the format (bold and
 * indent) compared across the whole table. `sasaranRows` are the budget rows of each sasaran, in order.
 */
export function rowEvidence(sasaranRows: readonly BudgetRowDraft[][]): Map<BudgetRowDraft, RowEvidence> {
  // Rows of all sasaran in order; per-row facts below are arrays over this list (a large sheet has many rows).
  const flat: BudgetRowDraft[] = [];
  for (const rows of sasaranRows) for (const row of rows) flat.push(row);
  const strong: (RowEvidence | undefined)[] = new Array(flat.length);
  for (let i = 0; i < flat.length; i++) {
    const row = flat[i];
    const byCode = codeLevel(row.kode);
    const byWord = wordLevel(row.name);
    if (byCode) {
      const conflict = byWord && byWord !== byCode ? { kode: row.kode as string, byCode, byWord } : undefined;
      strong[i] = conflict ? { hint: byCode, evidence: "kode", conflict } : sharedEvidence(byCode, "kode");
    } else if (byWord) strong[i] = sharedEvidence(byWord, "kata");
  }
  const byFormat = formatHints(sasaranRows, flat, strong);
  const out = new Map<BudgetRowDraft, RowEvidence>();
  for (let i = 0; i < flat.length; i++) {
    const s = strong[i];
    if (s) out.set(flat[i], s);
    else {
      const hint = byFormat[i] ?? "unknown";
      const isLevel = hint === "program" || hint === "kegiatan" || hint === "subKegiatan";
      out.set(flat[i], isLevel ? sharedEvidence(hint, "format") : sharedEvidence(hint));
    }
  }
  return out;
}

/**
 * Format classes (indent, then bold before plain) ranked from the top level down. Three or more classes name the
 * three levels. Two classes: when the programs known by code or word make up the upper class, it says only
 * "not a program"; when they are in it with other rows, those are kegiatan and the lower class sub kegiatan; with
 * no program known, two upper-class rows in a row mean the upper class is program-or-kegiatan (a program is
 * directly followed by its first kegiatan), otherwise it is the programs. Format that puts a known program in a
 * lower class is ignored. The result is indexed like `flat` (all rows in order); rows without a name get none.
 */
function formatHints(
  sasaranRows: readonly BudgetRowDraft[][],
  flat: readonly BudgetRowDraft[],
  strong: readonly (RowEvidence | undefined)[],
): (LevelHint | undefined)[] {
  const hints: (LevelHint | undefined)[] = new Array(flat.length);
  const keyOf = (r: BudgetRowDraft) => r.indent * 2 + (r.bold ? 0 : 1);
  const classSet = new Set<number>();
  for (const r of flat) if (r.name !== "") classSet.add(keyOf(r));
  const classes = [...classSet].sort((a, b) => a - b);
  if (classes.length < 2) return hints;
  // Rank of every named row (-1 for a row without a name).
  const rank = new Int32Array(flat.length);
  for (let i = 0; i < flat.length; i++) rank[i] = flat[i].name === "" ? -1 : classes.indexOf(keyOf(flat[i]));
  const isKnownProgram = (i: number) => strong[i]?.hint === "program";
  let knownPrograms = 0;
  for (let i = 0; i < flat.length; i++) {
    if (rank[i] < 0 || !isKnownProgram(i)) continue;
    if (rank[i] !== 0) return hints;
    knownPrograms++;
  }

  const set = (pick: (rank: number) => LevelHint) => {
    for (let i = 0; i < flat.length; i++) if (rank[i] >= 0 && !strong[i]) hints[i] = pick(rank[i]);
  };
  if (classes.length >= 3) {
    set((k) => (k === 0 ? "program" : k === 1 ? "kegiatan" : "subKegiatan"));
  } else if (knownPrograms > 0) {
    let upperOnlyPrograms = true;
    for (let i = 0; i < flat.length && upperOnlyPrograms; i++)
      if (rank[i] === 0 && !isKnownProgram(i)) upperOnlyPrograms = false;
    if (upperOnlyPrograms) set(() => "notProgram");
    else set((k) => (k === 0 ? "kegiatan" : "subKegiatan"));
  } else {
    // Two named rows of the upper class one after the other within a sasaran.
    let adjacentUpper = false;
    let start = 0;
    for (const rows of sasaranRows) {
      for (let i = start + 1; i < start + rows.length && !adjacentUpper; i++)
        adjacentUpper = rank[i] === 0 && rank[i - 1] === 0;
      start += rows.length;
    }
    if (adjacentUpper) set((k) => (k === 0 ? "programOrKegiatan" : "subKegiatan"));
    else set((k) => (k === 0 ? "program" : "notProgram"));
  }
  return hints;
}
