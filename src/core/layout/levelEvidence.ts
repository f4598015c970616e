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
  /** Code and word disagree: what was kept, for a level-uncertain finding. */
  conflict?: string;
}

const LEVEL_WORD: Record<Level, string> = { program: "program", kegiatan: "kegiatan", subKegiatan: "sub kegiatan" };

/**
 * Evidence per budget row, strongest first: the code, the word the name starts with, then the format (bold and
 * indent) compared across the whole table. `sasaranRows` are the budget rows of each sasaran, in order.
 */
export function rowEvidence(sasaranRows: readonly BudgetRowDraft[][]): Map<BudgetRowDraft, RowEvidence> {
  const strong = new Map<BudgetRowDraft, RowEvidence>();
  for (const rows of sasaranRows) {
    for (const row of rows) {
      const byCode = codeLevel(row.kode);
      const byWord = wordLevel(row.name);
      if (byCode) {
        const conflict =
          byWord && byWord !== byCode
            ? `kode ${row.kode} menunjukkan ${LEVEL_WORD[byCode]} tetapi namanya diawali kata ${LEVEL_WORD[byWord]}; dipakai kode`
            : undefined;
        strong.set(row, { hint: byCode, evidence: "kode", ...(conflict ? { conflict } : {}) });
      } else if (byWord) strong.set(row, { hint: byWord, evidence: "kata" });
    }
  }
  const byFormat = formatHints(sasaranRows, strong);
  const out = new Map<BudgetRowDraft, RowEvidence>();
  for (const rows of sasaranRows) {
    for (const row of rows) {
      const s = strong.get(row);
      if (s) out.set(row, s);
      else {
        const hint = byFormat.get(row) ?? "unknown";
        const isLevel = hint === "program" || hint === "kegiatan" || hint === "subKegiatan";
        out.set(row, isLevel ? { hint, evidence: "format" } : { hint });
      }
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
 * lower class is ignored.
 */
function formatHints(
  sasaranRows: readonly BudgetRowDraft[][],
  strong: Map<BudgetRowDraft, RowEvidence>,
): Map<BudgetRowDraft, LevelHint> {
  const hints = new Map<BudgetRowDraft, LevelHint>();
  const all = sasaranRows.flat().filter((r) => r.name !== "");
  const keyOf = (r: BudgetRowDraft) => r.indent * 2 + (r.bold ? 0 : 1);
  const classes = [...new Set(all.map(keyOf))].sort((a, b) => a - b);
  if (classes.length < 2) return hints;
  const rank = (r: BudgetRowDraft) => classes.indexOf(keyOf(r));
  const knownPrograms = all.filter((r) => strong.get(r)?.hint === "program");
  if (knownPrograms.some((r) => rank(r) !== 0)) return hints;

  const set = (pick: (rank: number, r: BudgetRowDraft) => LevelHint) => {
    for (const r of all) if (!strong.has(r)) hints.set(r, pick(rank(r), r));
  };
  if (classes.length >= 3) {
    set((k) => (k === 0 ? "program" : k === 1 ? "kegiatan" : "subKegiatan"));
  } else if (knownPrograms.length > 0) {
    const upperOnlyPrograms = all.every((r) => rank(r) !== 0 || strong.get(r)?.hint === "program");
    if (upperOnlyPrograms) set(() => "notProgram");
    else set((k) => (k === 0 ? "kegiatan" : "subKegiatan"));
  } else {
    const adjacentUpper = sasaranRows.some((rows) =>
      rows.some(
        (r, i) => i > 0 && r.name !== "" && rows[i - 1].name !== "" && rank(r) === 0 && rank(rows[i - 1]) === 0,
      ),
    );
    if (adjacentUpper) set((k) => (k === 0 ? "programOrKegiatan" : "subKegiatan"));
    else set((k) => (k === 0 ? "program" : "notProgram"));
  }
  return hints;
}
