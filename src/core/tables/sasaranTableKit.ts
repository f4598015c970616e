import { toA1 } from "../grid/address";
import { SheetBuilder } from "./sheetBuilder";
import { emptyCell, formulaCell, indikatorValueCell, textCell } from "./cellStyles";
import { capaianKinerjaFormula, capaianRentangFormula } from "./excelFormulas";
import { IndikatorFacts, LkjipContext, SasaranFacts } from "./lkjipContext";
import { HeaderColumn, spreadRows, writeCaption, writeHeader, writeNotes } from "./tableLayout";
import { CellSpec } from "./sheetSpec";
import { NilaiKualitatif, TargetBatas, TargetRentang } from "../model/types";
import { formatAngka } from "../numbers/format";
import { MARK_FOOTNOTE } from "./figureMarks";
import { GapReason, TableGap } from "./tableGaps";
import { otherSheetSource, sourcesOf } from "./cellSources";
import Decimal from "decimal.js";
import { columnHeaders, DataColumn } from "./dataPendukungLayout";
import { tahunLabel } from "./lkjipContext";
import { templateCells } from "./dataPendukungTemplate";
import { indikatorNameCell } from "./text";

/** Where one Bab III table goes and what it is about. */
export interface SasaranTable {
  b: SheetBuilder;
  /** First row of the caption. */
  row: number;
  ctx: LkjipContext;
  s: SasaranFacts;
  /** `3.5` */
  nomor: string;
  /** Set by beginTable: the header rows, and the builder's count of marked figures before the table. */
  header?: [number, number];
  marksBefore?: number;
}

/** Caption (`Tabel 3.5` / title / `Sasaran Strategis I`) and header; returns the first data row. */
export function beginTable(t: SasaranTable, judul: string, columns: HeaderColumn[]): number {
  const row = writeCaption(t.b, t.row, columns.length, [`Tabel ${t.nomor}`, judul, `Sasaran Strategis ${t.s.roman}`]);
  const first = writeHeader(t.b, row, columns);
  t.header = [row, first - 1];
  t.marksBefore = t.b.marked;
  return first;
}

/**
 * Footnotes under the table (empty ones skipped; the mark's footnote when a figure of the table is marked), then a
 * blank row. Registers the table's rows for the page planner. Returns the next table's first row.
 */
export function endTable(t: SasaranTable, row: number, width: number, notes: (string | null)[]): number {
  const header = t.header ?? [t.row, t.row];
  const marked = t.b.marked > (t.marksBefore ?? t.b.marked);
  const printed = [...notes.filter((n): n is string => n !== null), ...(marked ? [MARK_FOOTNOTE] : [])];
  const end = writeNotes(t.b, row, width, printed);
  t.b.addTable({ top: t.row, header, body: [header[1] + 1, Math.max(header[1] + 1, row - 1)], end: end - 1 });
  return end + 1;
}

/**
 * A cell of the table left empty: the reason becomes a finding in Hasil Pemeriksaan (grouped per cause) and a note
 * for the officer beside the row, outside what prints.
 */
export function leaveEmpty(
  t: SasaranTable,
  row: number,
  col: number,
  cell: CellSpec,
  gap: Omit<TableGap, "tabel">,
  note: string,
): void {
  t.b.set(row, col, cell);
  t.b.gap({ ...gap, tabel: t.nomor });
  t.b.sideNote(row, `Tabel ${t.nomor}: ${note}`);
}

/**
 * The Sasaran column merged over `rows` data rows and each indikator in column B (the last one spanning what is
 * left). Returns the row span of each indikator; a sasaran without indikator gets one empty row. An indikator
 * neither the source sheet nor Data Pendukung names gets an empty cell, and the officer is told where to name it.
 */
export function writeSasaranIndikator(
  t: SasaranTable,
  top: number,
  rows: number,
  together = false,
): [number, number][] {
  t.b.setMerged(top, 0, top + rows - 1, 0, textCell(t.s.sasaran.name, { sources: [t.s.sasaran.cell] }));
  const spans = spreadRows(t.s.indikator.length, rows).map(([a, z]): [number, number] => [top + a, top + z]);
  const sourcesOfIndikator = (f: IndikatorFacts) =>
    sourcesOf(f.indikator.cell, f.label && !f.indikator.name.trim() ? nameSource(t, f) : null);
  // Beside rows of another list (the programs of Alokasi): every indikator in one cell, one per line, so that no
  // indikator reads as the one of the program beside it.
  const several = together && t.s.indikator.length > 1;
  if (several) {
    const lines = t.s.indikator.map((f, i) => `${i + 1}. ${f.label}`);
    const sources = sourcesOf(...t.s.indikator.map(sourcesOfIndikator));
    t.b.setMerged(top, 1, top + rows - 1, 1, textCell(lines.join("\n"), { sources }));
  }
  t.s.indikator.forEach((f, i) => {
    const [a, z] = several ? [top, top] : spans[i];
    if (!several) t.b.setMerged(a, 1, z, 1, textCell(f.label || null, { sources: sourcesOfIndikator(f) }));
    if (!f.label) {
      const fix = dataPendukungCell(t.ctx, f, "indikator");
      t.b.gap({
        tabel: t.nomor,
        kolom: "Indikator Kinerja",
        subject: `${t.ctx.model.sheet}!${f.indikator.cell}`,
        reason: "unnamed",
        fix,
        key: `nama:${f.indikator.cell}`,
      });
      t.b.sideNote(
        a,
        `Tabel ${t.nomor}: nama indikator kosong (sel ${indikatorNameCell(f.indikator, t.ctx.model.columns.indikatorSasaran)}); isi namanya di ${fix.sheet}!${fix.cell}.`,
      );
    }
  });
  if (t.s.indikator.length === 0) t.b.setMerged(top, 1, top + rows - 1, 1, textCell(null));
  return spans;
}

function nameSource(t: SasaranTable, f: IndikatorFacts): string | null {
  return dataSource(t.ctx, f, "indikator");
}

/** The Data Pendukung cell of an indikator's value in `column`: its own cell there, else its row's. */
export function dataCellOf(f: IndikatorFacts, column: string): string | undefined {
  return f.data?.cells?.[column] ?? f.data?.cell;
}

/** That cell as a source of a figure (`'Data Pendukung'!F12`), or null when the indikator has no row there. */
export function dataSource(ctx: LkjipContext, f: IndikatorFacts, column: string): string | null {
  return otherSheetSource(ctx.dataPendukungSheet, dataCellOf(f, column));
}

/**
 * The body of a plain per-indikator table below `top`: one row per indikator (at least one), the sasaran and indikator
 * columns merged, and `write` filling columns 2..`lastCol` of each indikator's row; a sasaran without indikator gets
 * one row of empty cells. Returns the number of rows written.
 */
export function writeIndikatorRows(
  t: SasaranTable,
  top: number,
  lastCol: number,
  write: (row: number, f: IndikatorFacts) => void,
): number {
  const rows = indikatorRows(t.s);
  writeSasaranIndikator(t, top, rows);
  for (let i = 0; i < rows; i++) {
    const f = t.s.indikator[i];
    if (f) write(top + i, f);
    else for (let c = 2; c <= lastCol; c++) t.b.set(top + i, c, emptyCell());
  }
  if (t.s.indikator.length === 0)
    t.b.sideNote(top, `Tabel ${t.nomor}: sasaran ini tidak memiliki indikator di lembar sumber.`);
  return rows;
}

/** Rows the plain per-indikator tables use: one per indikator, at least one. */
export function indikatorRows(s: SasaranFacts): number {
  return Math.max(1, s.indikator.length);
}

export function targetCell(f: IndikatorFacts): CellSpec {
  if (!f.target && f.rentang) return rentangCell(f.rentang, f.indikator.persen);
  if (!f.target && f.kualitatif?.target) return kualitatifCell(f.kualitatif.target);
  if (f.target && f.batas) return batasCell(f.batas);
  const c = indikatorValueCell(f.target?.value ?? null, f.indikator.persen, f.target?.decimals);
  return f.target ? { ...c, sources: [f.target.cell] } : c;
}

/** A target written as a range, shown as text (`90–95%`): no single number stands for it. */
export function rentangCell(r: TargetRentang, persen: boolean): CellSpec {
  const end = (d: Decimal) => formatAngka(d, Math.min(r.decimals, 6));
  const text = `${end(r.lo)}–${end(r.hi)}${persen ? "%" : ""}`;
  return { value: text, border: true, align: "center", valign: "top", sources: [r.cell] };
}

/** A target written as a bound, as written (`≥ 80%`): the sign is part of the target. */
export function batasCell(b: TargetBatas): CellSpec {
  return { value: b.text, border: true, align: "center", valign: "top", sources: [b.cell] };
}

/** A value on an ordered scale as the sheet writes it (`Zona Hijau`, `BB (Sangat Baik)`). */
export function kualitatifCell(v: NilaiKualitatif): CellSpec {
  return { value: v.text, border: true, align: "center", valign: "top", sources: [v.cell] };
}

/** The cell a figure computed from the target comes from: the number's, the range's, or the qualitative value's. */
export function targetSource(f: IndikatorFacts): { cell: string } | null {
  return f.target ?? f.rentang ?? f.kualitatif?.target ?? null;
}

/** The cell the realisasi comes from: the number's, or the qualitative value's. */
export function realisasiSource(f: IndikatorFacts): { cell: string } | null {
  return f.realisasi ?? f.kualitatif?.realisasi ?? null;
}

/** Target or realisasi is a value on an ordered scale and both are there: no percentage is made of them. */
export function isKualitatif(f: IndikatorFacts): boolean {
  return f.kualitatif !== null && targetSource(f) !== null && realisasiSource(f) !== null;
}

export function realisasiCell(f: IndikatorFacts): CellSpec {
  if (!f.realisasi && f.kualitatif?.realisasi) return kualitatifCell(f.kualitatif.realisasi);
  const c = indikatorValueCell(f.realisasi?.value ?? null, f.indikator.persen, f.realisasi?.decimals);
  return f.realisasi ? { ...c, sources: [f.realisasi.cell] } : c;
}

/** Where an indikator's value for a Data Pendukung column is to be filled: its row there, or the template's. */
export function dataPendukungCell(
  ctx: LkjipContext,
  f: IndikatorFacts,
  column: DataColumn,
): { sheet: string; cell: string } {
  const sheet = ctx.dataPendukungSheet;
  const own = f.data?.cells?.[column];
  if (own) return { sheet, cell: own };
  if (!ctx.dataPendukung) {
    return { sheet, cell: (ctx.template ?? templateCells(ctx.model)).indikator(f.indikator, column) };
  }
  return { sheet, cell: f.data?.cell ?? ctx.appended?.indikator(f.indikator, column) ?? "A1" };
}

/** A Data Pendukung value written as a value on an ordered scale (`WTP`), for the columns that may hold one. */
export function dataKualitatif(f: IndikatorFacts, column: DataColumn): NilaiKualitatif | undefined {
  const k = f.data?.kualitatif;
  return k && (column === "targetTahunLalu" || column === "realisasiTahunLalu" || column === "targetAkhirRenstra")
    ? k[column]
    : undefined;
}

/** A Data Pendukung value of an indikator: its cell, with the Data Pendukung cell as source. */
export function dataValueCell(ctx: LkjipContext, f: IndikatorFacts, column: DataColumn, v: Decimal | null): CellSpec {
  const kualitatif = v === null ? dataKualitatif(f, column) : undefined;
  if (kualitatif) {
    const src = dataSource(ctx, f, column);
    return { ...kualitatifCell(kualitatif), sources: src ? [src] : [] };
  }
  const c = indikatorValueCell(v, f.indikator.persen);
  if (v === null) return c;
  const src = dataSource(ctx, f, column);
  return src ? { ...c, sources: [src] } : c;
}

/**
 * Cells of a Data Pendukung column that are empty for some indikator: each is left empty, with the reason for
 * Hasil Pemeriksaan (one finding per column) and a note beside the row.
 */
export function dataGap(
  t: SasaranTable,
  row: number,
  col: number,
  f: IndikatorFacts,
  column: DataColumn,
  kolom: string,
  cell: CellSpec,
): void {
  const fix = dataPendukungCell(t.ctx, f, column);
  const header = columnHeaders(tahunLabel(t.ctx, -1))[column];
  leaveEmpty(
    t,
    row,
    col,
    cell,
    {
      kolom,
      subject: subjectOf(t, f),
      reason: "data-pendukung",
      kolomDp: header,
      fix,
      key: `dp:${column}`,
    },
    `${kolom} kosong: isi "${header}" di ${fix.sheet}!${fix.cell}.`,
  );
}

/** Capaian kinerja as a native formula over the target and realisasi cells of the same row, or empty and why. */
export function writeCapaianKinerja(
  t: SasaranTable,
  row: number,
  col: number,
  f: IndikatorFacts,
  targetCol: number,
  realisasiCol: number,
): void {
  const target = targetSource(f);
  const tercapai = f.kualitatif?.tercapai ?? null;
  if (isKualitatif(f) && target && tercapai !== null) {
    // Whether the realisasi reaches the target on its scale: no percentage stands for `B` against `BB`.
    const text = tercapai ? "Tercapai" : "Tidak tercapai";
    t.b.set(row, col, textCell(text, { align: "center", sources: sourcesOf(target, realisasiSource(f)) }));
    return;
  }
  if (!target || !f.realisasi) {
    sourceGap(t, row, col, f, "Capaian", emptyCell({ align: "center" }));
    return;
  }
  const realisasi = toA1(row, realisasiCol);
  // A range is text in its cell: its ends go into the formula, as the cell shows them (a fraction for a %).
  const scale = (d: Decimal) => (f.indikator.persen ? d.div(100) : d).toNumber();
  const formula = f.rentang
    ? capaianRentangFormula(scale(f.rentang.lo), scale(f.rentang.hi), realisasi, f.polaritas)
    : capaianKinerjaFormula(
        f.batas && f.target ? String(scale(f.target.value)) : toA1(row, targetCol),
        realisasi,
        f.polaritas,
      );
  t.b.set(row, col, { ...formulaCell(formula, f.capaian, "percent"), sources: sourcesOf(target, f.realisasi) });
}

/**
 * A value that cannot be computed because the source sheet leaves the target or realisasi empty, or writes them as
 * values on an ordered scale (`BB`, `WTP`) of which no percentage is made.
 */
export function sourceGap(
  t: SasaranTable,
  row: number,
  col: number,
  f: IndikatorFacts,
  kolom: string,
  cell: CellSpec,
): void {
  const sheet = t.ctx.model.sheet;
  const noTarget = !targetSource(f);
  const why: Pick<TableGap, "reason" | "fix" | "key"> & { note: string } = isKualitatif(f)
    ? {
        reason: "kualitatif",
        fix: { sheet, cell: (realisasiSource(f) ?? f.indikator).cell },
        key: "kualitatif",
        note: `target / realisasi ${[f.kualitatif?.target, f.kualitatif?.realisasi].map((v) => v?.nilai ?? "angka").join(" / ")} berupa nilai kualitatif, bukan persentase`,
      }
    : {
        ...missingInSource(f, !noTarget),
        fix: { sheet, cell: missingCell(t, f, !noTarget) },
        key: `sumber:${f.indikator.cell}`,
      };
  const { note, ...gap } = why;
  leaveEmpty(t, row, col, cell, { kolom, subject: subjectOf(t, f), ...gap }, `${kolom} tidak dihitung: ${note}.`);
}

/**
 * Which of target and realisasi the source sheet lacks for a capaian, and how: empty, or written but unreadable as a
 * number (its unreadable-value finding says why; "kosong" would send the officer looking for an empty cell).
 */
export function missingInSource(
  f: IndikatorFacts,
  hasTarget: boolean,
): { reason: Extract<GapReason, `source-${string}`>; note: string } {
  const what = !hasTarget && !f.realisasi ? "target dan realisasi" : !hasTarget ? "target" : "realisasi";
  const which = !hasTarget && !f.realisasi ? "both" : !hasTarget ? "target" : "realisasi";
  const unread = f.indikator.unreadable ?? [];
  const targetUnread = unread.some((k) => k.startsWith("target"));
  const realisasiUnread = unread.includes("realisasiKinerja");
  const unreadable = (hasTarget || targetUnread) && (f.realisasi !== null || realisasiUnread);
  const where = `di lembar sumber (baris ${f.indikator.row + 1})`;
  return unreadable
    ? { reason: `source-unreadable-${which}`, note: `${what} tidak terbaca sebagai angka ${where}` }
    : { reason: `source-${which}`, note: `${what} kosong ${where}` };
}

/**
 * Where the officer fixes a capaian the source cannot give: the realisasi cell when the realisasi is missing, else the
 * year's target cell, where the source's columns tell the address; else the indikator's own cell.
 */
export function missingCell(t: SasaranTable | { ctx: LkjipContext }, f: IndikatorFacts, hasTarget: boolean): string {
  const { columns } = t.ctx.model;
  const targetCol = [columns.target4, columns.target3, columns.target2, columns.target1].find((c) => c !== undefined);
  const col = f.realisasi === null ? columns.realisasiKinerja : hasTarget ? undefined : targetCol;
  return col === undefined ? f.indikator.cell : toA1(f.indikator.row, col);
}

/** What a gap's row is about: the indikator's name, else its cell on the source sheet. */
export function subjectOf(t: SasaranTable, f: IndikatorFacts): string {
  return f.label || `${t.ctx.model.sheet}!${f.indikator.cell}`;
}

/** Names of the indikator for which `has` is false. */
export function lacking(s: SasaranFacts, has: (f: IndikatorFacts) => boolean): string[] {
  return s.indikator.filter((f) => !has(f)).map((f) => f.label);
}
