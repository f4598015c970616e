import { parseA1 } from "../grid/address";
import { formulaRanges } from "../grid/formulaReferences";
import { budgetNodes } from "../validation/modelAccess";
import { ColumnKey, ER_COLUMN_KEYS, PK_BUDGET_COLUMNS } from "../model/columns";
import { SheetModel } from "../model/sheetModel";
import { BudgetNode } from "../model/types";
import { sumCells } from "../model/numberCells";
import { rowOfNumber } from "../model/sheetNumber";
import { Finding } from "../model/finding";
import { CellSpec } from "./sheetSpec";

/** The footnote under a table with marked figures (draft mode). */
export const MARK_FOOTNOTE = "Angka bertanda * berasal dari baris dengan temuan pada Hasil Pemeriksaan.";
const NOTE_FINDINGS = 3;

/** Decides whether a cell is a figure from a flagged row and gives its marked form. */
export interface FigureMarker {
  /** The marked cell, or null when the cell is not marked. */
  mark(cell: CellSpec): CellSpec | null;
}

/** An Evaluasi Renja row: its name and code, and every Rp column, are its budget half; K and % its kinerja half. */
const ER_BUDGET_COLUMNS: ColumnKey[] = ["kode", "uraian", ...ER_COLUMN_KEYS.filter((k) => k.endsWith("Rp"))];

/**
 * Marks, while the report is a draft, every figure computed from a row of the source sheet that has an `error`
 * finding: a number format with a trailing `*` (the cell stays a number) and a cell note naming the finding.
 * A sheet row holds an indikator on its left and a budget line on its right: each half is its own row here, so a
 * budget finding does not mark the indikator that shares its line. An Evaluasi Renja row holds its own indikator's
 * K figures beside its Rp figures: split the same way, by that form's columns. Undefined when nothing is to be marked.
 */
export function figureMarker(model: SheetModel, findings: Finding[]): FigureMarker | undefined {
  const budgetKeys = model.layout === "evaluasi-renja" ? ER_BUDGET_COLUMNS : PK_BUDGET_COLUMNS;
  const budget = new Set(budgetKeys.map((k) => model.columns[k]).filter((c): c is number => c !== undefined));
  const known = new Set(Object.values(model.columns).filter((c): c is number => c !== undefined));
  const halvesOf = (col: number): ("kinerja" | "anggaran")[] =>
    !known.has(col) ? ["kinerja", "anggaran"] : budget.has(col) ? ["anggaran"] : ["kinerja"];
  const byLine = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity !== "error" || f.sheet !== model.sheet) continue;
    const at = parseA1(f.cell);
    if (at === null) continue;
    for (const half of halvesOf(at.col)) {
      const key = `${at.row}:${half}`;
      const list = byLine.get(key) ?? [];
      list.push(f);
      byLine.set(key, list);
    }
  }
  if (byLine.size === 0) return undefined;
  flagFormulasOverFlagged(model, byLine);
  // Most figures come from rows without findings: their addresses are told apart by the row number alone.
  const flaggedRows = new Set<number>();
  for (const key of byLine.keys()) flaggedRows.add(rowOfLine(key));
  return {
    mark(cell: CellSpec): CellSpec | null {
      const sources = cell.sources;
      if (sources === undefined) return null;
      // Most cells come from rows without findings: told by their addresses alone, before the cell is looked at.
      let flagged = false;
      for (let i = 0; i < sources.length && !flagged; i++) flagged = mayBeFlagged(sources[i], flaggedRows);
      if (!flagged || !isFigure(cell)) return null;
      // Made for the first flagged source only.
      let found: Finding[] | null = null;
      for (let i = 0; i < sources.length; i++) {
        const a = sources[i];
        if (!mayBeFlagged(a, flaggedRows) || a.includes("!")) continue;
        const at = parseA1(a);
        if (at === null) continue;
        for (const half of halvesOf(at.col)) {
          for (const f of byLine.get(`${at.row}:${half}`) ?? []) {
            found ??= [];
            if (!found.includes(f)) found.push(f);
          }
        }
      }
      if (found === null || found.length === 0) return null;
      // Findings about the very cells the figure comes from first (the realisasi for a realisasi figure).
      const direct = new Set(cell.sources);
      found.sort((a, b) => Number(direct.has(b.cell)) - Number(direct.has(a.cell)));
      return { ...cell, numFmt: withStar(cell.numFmt as string), note: noteText(model.sheet, found) };
    },
  };
}

/**
 * A budget row whose formula reads a flagged row is flagged with it (the program `=S21+S24+S28` over a mistyped
 * kegiatan is off by as much, and so is every total over that program), to any depth: the budget half of its line
 * gets the findings of the rows it reads. A row without formulas (typed, or a file that keeps values only: an HTML
 * export) reads its children where its pagu and realisasi are what theirs add up to as written, so that the same
 * sheet is marked alike whatever format it comes in; a typed figure that adds up something else (its grandchildren,
 * past a mistyped child) stands on its own.
 */
function flagFormulasOverFlagged(model: SheetModel, byLine: Map<string, Finding[]>): void {
  const readers = readersOf(model);
  // Only the rows over a flagged row can change: found first by row numbers, upwards from the flagged rows, so that
  // the sums of typed parents are done for those few rows, not for every parent of a large sheet. Most
  // rows are read by one reader (their parent): kept in an array by row, any other in a map.
  let size = 0;
  for (const reader of readers)
    if (reader.kind === "typed") for (const c of reader.children) size = Math.max(size, c.row + 1);
  const readerOfRow = new Int32Array(size).fill(-1);
  const moreReaders = new Map<number, number[]>();
  const add = (row: number, i: number) => {
    if (row < size && (readerOfRow[row] === -1 || readerOfRow[row] === i)) readerOfRow[row] = i;
    else moreReaders.set(row, [...(moreReaders.get(row) ?? []), i]);
  };
  readers.forEach((reader, i) => eachRowRead(reader, (row) => add(row, i)));
  const queue: number[] = [];
  for (const key of byLine.keys()) if (key.endsWith(":anggaran")) queue.push(rowOfLine(key));
  const seen = new Set<number>(queue);
  const reached = new Set<Reader>();
  const refused = new Set<Reader>();
  while (queue.length > 0) {
    const row = queue.pop() as number;
    const first = row < size ? readerOfRow[row] : -1;
    for (const i of first === -1 ? (moreReaders.get(row) ?? []) : [first, ...(moreReaders.get(row) ?? [])]) {
      const reader = readers[i];
      if (reached.has(reader) || refused.has(reader)) continue;
      if (reader.kind === "typed" && !addsUpAsWritten(reader.node, reader.children)) {
        refused.add(reader);
        continue;
      }
      reached.add(reader);
      if (!seen.has(reader.node.row)) {
        seen.add(reader.node.row);
        queue.push(reader.node.row);
      }
    }
  }
  const reads = readers
    .filter((r) => reached.has(r))
    .map((r) => {
      const rows = new Set<number>();
      eachRowRead(r, (row) => rows.add(row));
      return { row: r.node.row, rows };
    });
  // Each pass flags the rows over the ones flagged before; a chain is as deep as the budget tree.
  for (let changed = true; changed;) {
    changed = false;
    for (const { row, rows } of reads) {
      const key = `${row}:anggaran`;
      const list = byLine.get(key) ?? [];
      const before = list.length;
      for (const r of rows) {
        for (const f of byLine.get(`${r}:anggaran`) ?? []) if (!list.includes(f)) list.push(f);
      }
      if (list.length > before) {
        byLine.set(key, list);
        changed = true;
      }
    }
  }
}

/** A budget row that reads others: by its formulas, or (typed) perhaps by adding up its children as written. */
type Reader =
  | { kind: "formula"; node: BudgetNode; rows: Set<number> }
  | { kind: "typed"; node: BudgetNode; children: readonly BudgetNode[] };

function readersOf(model: SheetModel): Reader[] {
  const readers: Reader[] = [];
  for (const { node, children } of budgetNodes(model)) {
    if (!node.formulas) {
      if (children.length > 0) readers.push({ kind: "typed", node, children });
      continue;
    }
    const rows = new Set<number>();
    for (const formula of Object.values(node.formulas)) {
      if (typeof formula !== "string") continue;
      for (const r of formulaRanges(formula)) {
        // A range over a whole column says nothing about which rows count.
        if (r.bottom - r.top > MAX_ROWS_FOLLOWED) continue;
        for (let row = r.top; row <= r.bottom; row++) if (row !== node.row) rows.add(row);
      }
    }
    if (rows.size > 0) readers.push({ kind: "formula", node, rows });
  }
  return readers;
}

/** The node's pagu and realisasi, where it has them, are the sums of its children's as written. */
function addsUpAsWritten(node: BudgetNode, children: readonly BudgetNode[]): boolean {
  let compared = false;
  for (const figure of [(n: BudgetNode) => n.pagu, (n: BudgetNode) => n.realisasi]) {
    const own = figure(node);
    if (own === null) continue;
    const total = sumCells(children.map(figure));
    if (total === null || !total.value.eq(own.value)) return false;
    compared = true;
  }
  return compared;
}

/** Each row a reader reads: its formulas' rows, or its children's rows and the rows of their pagu and realisasi. */
function eachRowRead(reader: Reader, visit: (row: number) => void): void {
  if (reader.kind === "formula") {
    reader.rows.forEach(visit);
    return;
  }
  for (const c of reader.children) {
    visit(c.row);
    for (const n of [c.pagu, c.realisasi]) {
      const row = n === null ? null : rowOfNumber(n);
      if (row !== null && row !== c.row) visit(row);
    }
  }
}

/** The row of a `row:half` key of byLine. */
function rowOfLine(key: string): number {
  return Number(key.slice(0, key.indexOf(":")));
}

/** Rows of one range followed, at most. */
const MAX_ROWS_FOLLOWED = 10_000;

/**
 * False when the address surely names no flagged row: it ends in a row number (as every A1 address does) that is
 * not among them. An address that does not end in digits is left to parseA1 to judge.
 */
function mayBeFlagged(a1: string, flaggedRows: ReadonlySet<number>): boolean {
  let i = a1.length;
  while (i > 0) {
    const c = a1.charCodeAt(i - 1);
    if (c < 48 || c > 57) break;
    i--;
  }
  // No digits, or more than a small integer holds: parseA1 decides.
  if (i === a1.length || a1.length - i > 9) return true;
  // Read left to right in small integers (no floating point, nothing to allocate).
  let row = 0;
  for (let k = i; k < a1.length; k++) row = row * 10 + (a1.charCodeAt(k) - 48);
  return flaggedRows.has(row - 1);
}

/** A number (or a formula with a number format): what the mark goes on. */
function isFigure(cell: CellSpec): boolean {
  if (!cell.numFmt) return false;
  return typeof cell.value === "number" || (cell.formula !== undefined && typeof cell.result === "number");
}

/** `#,##0` → `#,##0"*"`, each section of the format. */
export function withStar(numFmt: string): string {
  if (numFmt.includes('"*"')) return numFmt;
  return numFmt
    .split(";")
    .map((s) => `${s}"*"`)
    .join(";");
}

/** How every note of a marked figure begins: an adapter tells the notes it wrote from the officer's by it. */
const NOTE_OPENING = "Angka ini dihitung dari baris lembar ";

export function isFigureNote(text: string): boolean {
  return text.startsWith(NOTE_OPENING);
}

function noteText(sheet: string, found: Finding[]): string {
  const lines = found.slice(0, NOTE_FINDINGS).map((f) => `• ${f.message}`);
  const more = found.length - NOTE_FINDINGS;
  return [
    `${NOTE_OPENING}"${sheet}" yang memiliki temuan:`,
    ...lines,
    ...(more > 0 ? [`… dan ${more} temuan lain (lihat Hasil Pemeriksaan).`] : []),
  ].join("\n");
}
