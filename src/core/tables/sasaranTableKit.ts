import { toA1 } from "../grid/address";
import { SheetBuilder } from "./sheetBuilder";
import { emptyCell, formulaCell, indikatorValueCell, textCell } from "./cellStyles";
import { capaianKinerjaFormula } from "./excelFormulas";
import { IndikatorFacts, LkjipContext, SasaranFacts } from "./lkjipContext";
import { HeaderColumn, spreadRows, writeCaption, writeHeader, writeNotes } from "./tableLayout";

/** Where one Bab III table goes and what it is about. */
export interface SasaranTable {
  b: SheetBuilder;
  /** First row of the caption. */
  row: number;
  ctx: LkjipContext;
  s: SasaranFacts;
  /** `3.5` */
  nomor: string;
}

/** Caption (`Tabel 3.5` / title / `Sasaran Strategis I`) and header; returns the first data row. */
export function beginTable(t: SasaranTable, judul: string, columns: HeaderColumn[]): number {
  const row = writeCaption(t.b, t.row, columns.length, [`Tabel ${t.nomor}`, judul, `Sasaran Strategis ${t.s.roman}`]);
  return writeHeader(t.b, row, columns);
}

/** Notes under the table (empty ones skipped), then a blank row. Returns the next table's first row. */
export function endTable(t: SasaranTable, row: number, width: number, notes: (string | null)[]): number {
  const end = writeNotes(
    t.b,
    row,
    width,
    notes.filter((n): n is string => n !== null),
  );
  t.b.keepTogether(t.row, end - 1);
  return end + 1;
}

/**
 * The Sasaran column merged over `rows` data rows and each indikator in column B (the last one spanning what is
 * left). Returns the row span of each indikator; a sasaran without indikator gets one empty row.
 */
export function writeSasaranIndikator(t: SasaranTable, top: number, rows: number): [number, number][] {
  t.b.setMerged(top, 0, top + rows - 1, 0, textCell(t.s.sasaran.name));
  const spans = spreadRows(t.s.indikator.length, rows).map(([a, z]): [number, number] => [top + a, top + z]);
  t.s.indikator.forEach((f, i) => t.b.setMerged(spans[i][0], 1, spans[i][1], 1, textCell(f.label)));
  if (t.s.indikator.length === 0) t.b.setMerged(top, 1, top + rows - 1, 1, textCell(null));
  return spans;
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
  return rows;
}

/** Rows the plain per-indikator tables use: one per indikator, at least one. */
export function indikatorRows(s: SasaranFacts): number {
  return Math.max(1, s.indikator.length);
}

export function targetCell(f: IndikatorFacts) {
  return indikatorValueCell(f.target?.value ?? null, f.indikator.persen, f.target?.decimals);
}

export function realisasiCell(f: IndikatorFacts) {
  return indikatorValueCell(f.realisasi?.value ?? null, f.indikator.persen, f.realisasi?.decimals);
}

/** Capaian kinerja as a native formula over the target and realisasi cells of the same row, or empty. */
export function writeCapaianKinerja(
  t: SasaranTable,
  row: number,
  col: number,
  f: IndikatorFacts,
  targetCol: number,
  realisasiCol: number,
): void {
  if (!f.target || !f.realisasi) {
    t.b.set(row, col, emptyCell({ align: "center" }));
    return;
  }
  const formula = capaianKinerjaFormula(toA1(row, targetCol), toA1(row, realisasiCol), f.polaritas);
  t.b.set(row, col, formulaCell(formula, f.capaian, "percent"));
}

/** Indikator whose target or realisasi the source sheet leaves empty, for a note. */
export function sourceGapNote(s: SasaranFacts): string | null {
  const gaps = s.indikator.filter((f) => !f.target || !f.realisasi).map((f) => `"${f.label}"`);
  if (gaps.length === 0) return null;
  return `Target atau realisasi kosong di lembar sumber untuk indikator ${gaps.join(", ")}: capaian tidak dihitung.`;
}

/** Names of the indikator for which `has` is false. */
export function lacking(s: SasaranFacts, has: (f: IndikatorFacts) => boolean): string[] {
  return s.indikator.filter((f) => !has(f)).map((f) => f.label);
}
