import { Level, LevelEvidence } from "../../model/types";
import { LevelHint, RowEvidence } from "../levelEvidence";
import { isAddingFormula, rowsReadInColumn } from "../../grid/formulaReferences";
import { erCodeLevel, erWordLevel, levelAbove, levelBelow } from "./levelWords";
import { ErRow } from "./rows";

/** What the evidence says about one node row: a level, or a hint for the arithmetic of buildLevels. */
export type ErRowEvidence = RowEvidence;

interface Known {
  level: Level;
  evidence: LevelEvidence;
}

/**
 * The level of every node row from the evidence the sheet gives, strongest first:
 * 1. its code (KODE column or a code before the name) and the words its name starts with;
 * 2. a parent's SUM formula over rows below it: those rows are its children, one level down (the rows a formula
 *    reads through a child's own formula are grandchildren, not children);
 * 3. the format (fill, bold, indent, the column the name is in), learnt per sheet: a format whose known rows agree
 *    on a level marks that level (or the next, for rows that directly follow its known rows), a format shared by
 *    urusan and bidang rows marks programs in the rows without their words, and a format never seen with a known
 *    level takes the level below the row its first use follows (a program is followed by its first kegiatan, that
 *    by its first sub kegiatan);
 * 4. formulas again, from the rows the format decided.
 * Rows still open are left to the arithmetic of buildLevels.
 */
export function erLevelEvidence(
  rows: readonly ErRow[],
  options: { noSubKegiatan?: boolean } = {},
): Map<ErRow, ErRowEvidence> {
  const known: (Known | undefined)[] = new Array(rows.length);
  const conflicts = new Map<number, NonNullable<RowEvidence["conflict"]>>();
  rows.forEach((row, i) => {
    const byCode = erCodeLevel(row.kode);
    const byWord = row.name !== "" ? erWordLevel(row.name) : null;
    if (byCode) {
      known[i] = { level: byCode, evidence: "kode" };
      if (byWord && byWord !== byCode) conflicts.set(i, { kode: row.kode as string, byCode, byWord });
    } else if (byWord) known[i] = { level: byWord, evidence: "kata" };
  });

  const classOf = rows.map(styleClass);
  const children = formulaChildren(rows, classOf);
  propagate(known, children);
  const hints = formatLevels(rows, classOf, known);
  propagate(known, children);
  // A form of a year before sub kegiatan existed (Permendagri 54/2010 and 86/2017 before the 2021 budget) has no
  // third level: a row under a program that nothing else places is one of its kegiatan, never a sub kegiatan.
  if (options.noSubKegiatan) {
    rows.forEach((row, i) => {
      const k = known[i];
      if (k?.level === "subKegiatan") known[i] = { level: "kegiatan", evidence: k.evidence };
      else if (!k && row.name !== "" && hints.get(i) !== "program")
        known[i] = { level: "kegiatan", evidence: "posisi" };
    });
  }

  const out = new Map<ErRow, ErRowEvidence>();
  rows.forEach((row, i) => {
    const k = known[i];
    const conflict = conflicts.get(i);
    if (k)
      out.set(
        row,
        conflict ? { hint: k.level, evidence: k.evidence, conflict } : { hint: k.level, evidence: k.evidence },
      );
    else out.set(row, { hint: hints.get(i) ?? "unknown" });
  });
  return out;
}

/** The format that can mark a level: fill, bold, indent and which of the names columns holds the name. */
function styleClass(row: ErRow): string | null {
  if (row.name === "") return null;
  return `${row.fill ?? "-"}|${row.bold ? "B" : "-"}|${row.indent}|${row.uraianOffset}`;
}

/**
 * Children by formula: for each row whose Rp cell adds up rows below it in the same column, the node rows it reads
 * that no other row it reads also reads (its grandchildren). A formula that reads rows of two different formats
 * in a sheet with several formats is not trusted: it adds up more than one level.
 */
function formulaChildren(rows: readonly ErRow[], classOf: readonly (string | null)[]): Map<number, number[]> {
  const indexOfRow = new Map<number, number>();
  rows.forEach((r, i) => indexOfRow.set(r.row, i));
  const reads = new Map<number, number[]>();
  rows.forEach((row, i) => {
    for (const [col, formula] of row.rp.formulas) {
      if (!isAddingFormula(formula)) continue;
      const read = rowsReadInColumn(formula, col).filter((r) => r !== row.row);
      if (read.length === 0 || read.some((r) => r < row.row)) continue;
      const nodes = read.map((r) => indexOfRow.get(r)).filter((k): k is number => k !== undefined);
      if (nodes.length > 0) {
        reads.set(i, nodes);
        return;
      }
    }
  });
  const manyClasses = new Set(classOf.filter((c) => c !== null)).size > 1;
  const out = new Map<number, number[]>();
  for (const [parent, read] of reads) {
    const through = new Set<number>();
    for (const k of read) for (const g of reads.get(k) ?? []) through.add(g);
    const direct = read.filter((k) => !through.has(k));
    const formats = new Set(direct.map((k) => classOf[k]).filter((c) => c !== null));
    if (manyClasses && formats.size > 1) continue;
    out.set(parent, direct);
  }
  return out;
}

/** Levels along formula edges: a child is one level below its parent, a parent one above its child. */
function propagate(known: (Known | undefined)[], children: Map<number, number[]>): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const [parent, kids] of children) {
      const p = known[parent];
      if (p) {
        const below = levelBelow(p.level);
        if (!below) continue;
        for (const k of kids)
          if (!known[k]) {
            known[k] = { level: below, evidence: "rumus" };
            changed = true;
          }
      } else {
        const child = kids.map((k) => known[k]).find((k) => k !== undefined);
        const above = child ? levelAbove(child.level) : null;
        if (above) {
          known[parent] = { level: above, evidence: "rumus" };
          changed = true;
        }
      }
    }
  }
}

/**
 * Levels (or hints) by format, for rows no stronger evidence decided. Needs two formats or more: one format for
 * every row says nothing.
 */
function formatLevels(
  rows: readonly ErRow[],
  classOf: readonly (string | null)[],
  known: (Known | undefined)[],
): Map<number, LevelHint> {
  const hints = new Map<number, LevelHint>();
  const members = new Map<string, number[]>();
  classOf.forEach((c, i) => {
    if (c === null) return;
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });
  if (members.size < 2) return hints;
  const setLevel = (i: number, level: Level) => {
    if (!known[i]) known[i] = { level, evidence: "format" };
  };

  // Formats with known rows that agree: the level, or for the rows a known row is directly followed by, the next.
  for (const list of members.values()) {
    const levels = list.map((i) => known[i]?.level).filter((l): l is Level => l !== undefined);
    // Urusan and bidang rows say so by their words or codes: rows of their format that do not are programs.
    if (levels.length > 0 && levels.every((l) => l === "urusan" || l === "bidang")) {
      for (const i of list) setLevel(i, "program");
      continue;
    }
    if (levels.length === 0 || !levels.every((l) => l === levels[0])) continue;
    const level = levels[0];
    const unknown = list.filter((i) => !known[i]);
    const open = new Set(unknown);
    const mixed = level !== "subKegiatan" && list.some((i) => known[i] && open.has(i + 1));
    if (mixed) {
      const below = levelBelow(level) as Level;
      for (const i of unknown) setLevel(i, below);
    } else for (const i of unknown) setLevel(i, level);
  }

  // Formats without any known row, in order of first use: one level below the row their first use follows.
  const open = [...members.values()].filter((list) => list.every((i) => !known[i])).sort((a, b) => a[0] - b[0]);
  for (const [n, list] of open.entries()) {
    const first = list[0];
    const before = first > 0 ? known[first - 1] : undefined;
    let level: Level | null;
    if (first === 0) level = "program";
    else level = before ? levelBelow(before.level) : null;
    if (!level) continue;
    const deeperFormat = n + 1 < open.length;
    const adjacent = list.some((i, k) => k > 0 && list[k - 1] === i - 1);
    if (level === "program" && adjacent && deeperFormat) {
      for (const i of list) hints.set(i, "programOrKegiatan");
      continue;
    }
    for (const i of list) setLevel(i, level);
  }
  // Rows still open whose format is below a programOrKegiatan format: sub kegiatan, as in a Pengukuran Kinerja sheet.
  if ([...hints.values()].includes("programOrKegiatan")) {
    rows.forEach((_, i) => {
      if (!known[i] && !hints.has(i) && classOf[i] !== null) hints.set(i, "subKegiatan");
    });
  }
  return hints;
}
