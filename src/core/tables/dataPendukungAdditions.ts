import { Grid, GridCell } from "../grid/grid";
import { DATA_PENDUKUNG_SHEET, DataPendukung } from "../model/dataPendukung";
import { PengukuranKinerjaModel } from "../model/types";
import { DataPendukungMatch } from "./dataPendukungMatch";
import { DataSection, findSections, readDataPendukung } from "./dataPendukungReader";
import {
  classifyLabel,
  columnHeaders,
  LABEL_TEXT,
  LabelKey,
  PROGRAM_HEADERS,
  SASARAN_HEADERS,
  SectionKind,
} from "./dataPendukungLayout";
import {
  AppendedCells,
  INDIKATOR_ORDER,
  indikatorRowCells,
  indikatorRows,
  PROGRAM_ORDER,
  programRowCells,
  SASARAN_ORDER,
  sasaranRowCells,
} from "./dataPendukungTemplate";
import { FILL_INPUT, FILL_READONLY, headerCell } from "./cellStyles";
import { toA1 } from "../grid/address";
import { CellSpec, SheetSpec } from "./sheetSpec";
import { normaliseName } from "./text";
import { asLkjipSource, LkjipSource, sourcePrograms } from "./lkjipSource";
import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";

export const ORPHAN_NOTE_HEADING = "Catatan pemeriksaan LKjIP";

/**
 * What to add to the officer's Data Pendukung: rows for the indikator, sasaran and programs it does not have yet
 * (matched as the tables match them), labels it lacks (the belanja figures), and a note beside each row that
 * matches nothing. Everything goes below the officer's last row or into empty cells right of a table: the writers
 * never write a cell that holds anything, so nothing the officer typed changes. Null when there is nothing to add.
 * From an Evaluasi Renja source, new indikator rows are prefilled as the template prefills them.
 */
export function buildDataPendukungAdditions(
  source: PengukuranKinerjaModel | LkjipSource,
  grid: Grid,
  match: DataPendukungMatch,
): SheetSpec | null {
  return planDataPendukungAdditions(source, grid, match).spec;
}

/** The additions, and the cells of the rows they append for each item (the tables' notes name them). */
export function planDataPendukungAdditions(
  source: PengukuranKinerjaModel | LkjipSource,
  grid: Grid,
  match: DataPendukungMatch,
  /** readDataPendukung(grid).data, when the caller has read it already. */
  data: DataPendukung = readDataPendukung(grid).data,
): { spec: SheetSpec | null; cells: AppendedCells; findings: Finding[] } {
  const lkjip = asLkjipSource(source);
  const { model, prefill } = lkjip;
  const sections = findSections(grid);
  const placed = new Map<object, { row: number; columns: Partial<Record<string, number>> }>();
  const cellOf = (item: object, column: string): string | undefined => {
    const at = placed.get(item);
    const col = at?.columns[column];
    return at && col !== undefined ? toA1(at.row, col) : undefined;
  };
  const appended: AppendedCells = {
    indikator: (ind, column) => cellOf(ind, column),
    sasaranRtl: (s) => cellOf(s, "rencanaTindakLanjut"),
    programDana: (p) => cellOf(p, "sumberDana"),
  };
  if (!sections.some((s) => s.kind === "indikator")) return { spec: null, cells: appended, findings: [] };
  const cells: SheetSpec["cells"] = [];
  let next = lastUsedRow(grid) + 1;
  let lastKind: SectionKind | null = sections.length > 0 ? sections[sections.length - 1].kind : null;

  /** Rows for items of one table: under its last block when that ends the sheet, else under a new header. */
  const append = <K extends string>(
    kind: SectionKind,
    order: K[],
    headers: Record<K, string>,
    rows: Record<K, CellSpec>[],
    items: readonly object[],
  ) => {
    if (rows.length === 0) return;
    const last = [...sections].reverse().find((s) => s.kind === kind);
    let columns: Partial<Record<string, number>>;
    if (last && lastKind === kind) {
      columns = last.columns;
    } else {
      const header = next + 1;
      order.forEach((key, c) => cells.push({ row: header, col: c, cell: headerCell(headers[key]) }));
      columns = Object.fromEntries(order.map((k, c) => [k, c]));
      next = header + 1;
      lastKind = kind;
    }
    rows.forEach((values, i) => {
      for (const [key, col] of Object.entries(columns)) {
        const cell = values[key as K];
        if (cell && col !== undefined) cells.push({ row: next, col, cell });
      }
      placed.set(items[i], { row: next, columns });
      next++;
    });
  };

  const missingIndikator = indikatorRows(model).filter(({ indikator }) => !match.indikator.has(indikator));
  append(
    "indikator",
    INDIKATOR_ORDER,
    columnHeaders(model.tahun ? String(model.tahun - 1) : "n-1"),
    missingIndikator.map(({ sasaran, indikator }, i) =>
      indikatorRowCells(sasaran, indikator, data.indikator.length + i + 1, prefill?.indikator?.get(indikator)),
    ),
    missingIndikator.map(({ indikator }) => indikator),
  );
  const missingSasaran = model.tujuan.flatMap((t) => t.sasaran).filter((s) => !match.sasaran.has(s));
  append(
    "sasaran",
    SASARAN_ORDER,
    SASARAN_HEADERS,
    missingSasaran.map((s, i) => sasaranRowCells(s, (data.sasaran?.length ?? 0) + i + 1)),
    missingSasaran,
  );
  const missingPrograms = sourcePrograms(lkjip).filter((p) => !match.program.has(p));
  append(
    "program",
    PROGRAM_ORDER,
    PROGRAM_HEADERS,
    missingPrograms.map((p, i) => programRowCells(p, (data.program?.length ?? 0) + i + 1)),
    missingPrograms,
  );

  const present = presentLabels(grid);
  const missingLabels = (Object.keys(LABEL_TEXT) as LabelKey[]).filter((k) => !present.has(k));
  if (missingLabels.length > 0) {
    next++;
    for (const key of missingLabels) {
      cells.push({
        row: next,
        col: 1,
        cell: { value: LABEL_TEXT[key], bold: true, border: true, fill: FILL_READONLY },
      });
      const numeric = key !== "namaPerangkatDaerah" && key !== "tahun";
      const format = numeric ? { numFmt: "#,##0", align: "right" as const } : {};
      cells.push({ row: next, col: 2, cell: { value: null, border: true, fill: FILL_INPUT, input: true, ...format } });
      next++;
    }
  }

  // Each section's notes go in one column right of its table that is empty on the header row and on every orphan's
  // row, or holds our heading and notes there from an earlier run (used again: a re-run adds no second column): the
  // officer's own columns there are passed, never written.
  const at = (r: number, c: number) => text(grid.cells[r]?.[c]);
  const orphansOf = new Map<DataSection, number[]>();
  for (const o of match.orphans) {
    const section = o.row === undefined ? null : sectionOf(sections, o.row);
    if (section) orphansOf.set(section, [...(orphansOf.get(section) ?? []), o.row as number]);
  }
  const noteColumn = new Map<DataSection, number>();
  for (const [section, rows] of orphansOf) {
    let col = section.lastColumn + 1;
    const usable = (r: number) => at(r, col) === "" || isOrphanNote(at(r, col));
    const heading = () => at(section.row, col) === "" || at(section.row, col) === ORPHAN_NOTE_HEADING;
    while (!(heading() && rows.every(usable))) col++;
    noteColumn.set(section, col);
  }
  for (const o of match.orphans) {
    if (o.row === undefined) continue;
    const section = sectionOf(sections, o.row);
    if (!section) continue;
    const col = noteColumn.get(section) as number;
    if (at(section.row, col) === "") {
      cells.push({ row: section.row, col, cell: { value: ORPHAN_NOTE_HEADING, bold: true, italic: true } });
    }
    if (at(o.row, col) === "")
      cells.push({ row: o.row, col, cell: { value: orphanNote(o.kind, model.sheet), italic: true } });
  }
  const findings = staleNotes(grid, sections, match, model.sheet);

  if (cells.length === 0) return { spec: null, cells: appended, findings };
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    spec: {
      name: DATA_PENDUKUNG_SHEET,
      kind: "data-pendukung",
      append: true,
      cells,
      merges: [],
      columnWidths: [],
      print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
    },
    cells: appended,
    findings,
  };
}

/**
 * Our notes from earlier runs beside rows that are no longer orphans (the officer renamed the row, or sorted the
 * table without its note column): Data Pendukung only ever receives rows, so they are reported for the officer to
 * clear rather than removed.
 */
function staleNotes(grid: Grid, sections: DataSection[], match: DataPendukungMatch, sourceSheet: string): Finding[] {
  const orphanRows = new Set(match.orphans.map((o) => o.row));
  const findings: Finding[] = [];
  for (const section of sections) {
    const headerRow = grid.cells[section.row] ?? [];
    for (let col = section.lastColumn + 1; col < headerRow.length; col++) {
      if (text(headerRow[col]) !== ORPHAN_NOTE_HEADING) continue;
      for (let r = section.row + 1; r < section.end; r++) {
        if (orphanRows.has(r) || !isOrphanNote(text(grid.cells[r]?.[col]))) continue;
        const cell = toA1(r, col);
        findings.push(
          makeFinding({
            rule: "data-pendukung-stale-note",
            sheet: grid.name,
            cell,
            actual: text(grid.cells[r]?.[col]),
            key: "data-pendukung-stale-note",
            params: { cell, sheet: grid.name, sumber: sourceSheet },
          }),
        );
      }
    }
  }
  return findings;
}

/** The note beside a Data Pendukung row that matches nothing in the source sheet. */
export function orphanNote(kind: string, sourceSheet: string): string {
  return `Tidak cocok dengan ${kind} mana pun di lembar "${sourceSheet}": ${ORPHAN_NOTE_TAIL}`;
}

const ORPHAN_NOTE_TAIL = "isian baris ini tidak dipakai (lihat Hasil Pemeriksaan).";

/** A note orphanNote wrote on an earlier run (whatever the source sheet was called then). */
export function isOrphanNote(value: string): boolean {
  return value.startsWith("Tidak cocok dengan ") && value.endsWith(ORPHAN_NOTE_TAIL);
}

function text(cell: GridCell | undefined): string {
  const v = cell?.value;
  return v === null || v === undefined ? "" : String(v).trim();
}

function lastUsedRow(grid: Grid): number {
  for (let r = grid.rowCount - 1; r >= 0; r--) if ((grid.cells[r] ?? []).some((c) => text(c) !== "")) return r;
  return -1;
}

function presentLabels(grid: Grid): Set<LabelKey> {
  const out = new Set<LabelKey>();
  for (let r = 0; r < grid.rowCount; r++) {
    const first = (grid.cells[r] ?? []).find((c) => text(c) !== "");
    const key = first ? classifyLabel(normaliseName(text(first))) : null;
    if (key) out.add(key);
  }
  return out;
}

function sectionOf(sections: DataSection[], row: number): DataSection | null {
  let found: DataSection | null = null;
  for (const s of sections) if (s.row < row) found = s;
  return found;
}
