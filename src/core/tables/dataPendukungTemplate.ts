import { POLARITAS } from "../formulas";
import { toA1 } from "../grid/address";
import { DATA_PENDUKUNG_SHEET } from "../model/dataPendukung";
import { Indikator, NumberCell, Program, Sasaran, PengukuranKinerjaModel } from "../model/types";
import { CellSpec, SheetSpec } from "./sheetSpec";
import { SheetBuilder } from "./sheetBuilder";
import { FILL_INPUT, FILL_READONLY, headerCell } from "./cellStyles";
import {
  columnHeaders,
  DataColumn,
  LABELS,
  LABEL_TAHUN,
  LABEL_TOTAL,
  PROGRAM_HEADERS,
  ProgramColumn,
  SASARAN_HEADERS,
  SasaranColumn,
} from "./dataPendukungLayout";
import { asLkjipSource, IndikatorPrefill, LkjipSource, sourcePrograms } from "./lkjipSource";

/** Column order of each table; the three share the sheet's columns A, B, C, … */
export const INDIKATOR_ORDER: DataColumn[] = [
  "no",
  "sasaran",
  "indikator",
  "satuan",
  "polaritas",
  "targetTahunLalu",
  "realisasiTahunLalu",
  "targetAkhirRenstra",
  "analisis",
  "programPenunjang",
];
export const SASARAN_ORDER: SasaranColumn[] = ["no", "sasaran", "rencanaTindakLanjut"];
export const PROGRAM_ORDER: ProgramColumn[] = ["no", "program", "sumberDana", "kode"];
const WIDTHS = [5, 40, 48, 12, 12, 14, 14, 14, 42, 42];
/** Rows of the labels (office, total, year, belanja figures) start here; the indikator table follows them. */
const LABELS_TOP = 3;
export const DATA_PENDUKUNG_HEADER_ROW = LABELS_TOP + LABELS.length + 1;
/** Where the template puts the Total Anggaran Perangkat Daerah (the value cell right of its label). */
export const TEMPLATE_TOTAL_CELL = toA1(LABELS_TOP + LABELS.indexOf(LABEL_TOTAL), 2);

const INSTRUCTION =
  "Isi sel berwarna kuning: data ini tidak ada di lembar sumber (Pengukuran Kinerja atau Evaluasi Renja) tetapi " +
  "dipakai tabel LKjIP. " +
  "Polaritas: positif (makin tinggi makin baik), negatif (makin rendah makin baik; capaian (2T − R)/T), " +
  "negatif-b (makin rendah makin baik; capaian T/R), stabil (makin dekat target makin baik). " +
  "Persentase boleh ditulis 0,38% atau 0,38 (dibaca 0,38%). Kosongkan yang belum diketahui. Indikator yang tidak " +
  "bernama di lembar sumber boleh diberi nama di kolom Indikator Kinerja. Setelah diisi, buat ulang tabel LKjIP: " +
  "isian Anda tidak pernah diubah, baris untuk indikator, sasaran atau program baru ditambahkan di bawah. " +
  "Urutan baris dan kolom boleh diubah asal judul kolom tetap.";

function readOnly(value: string | number | null, extra: Partial<CellSpec> = {}): CellSpec {
  return { value, border: true, wrap: true, valign: "top", fill: FILL_READONLY, ...extra };
}

function input(value: string | number | null, extra: Partial<CellSpec> = {}): CellSpec {
  return { value, border: true, wrap: true, valign: "top", fill: FILL_INPUT, input: true, ...extra };
}

/** Where each part of the template goes for a model: the rows of the three tables. */
interface TemplateLayout {
  indikator: { sasaran: Sasaran; indikator: Indikator; no: number }[];
  sasaran: Sasaran[];
  program: Program[];
  indikatorHeader: number;
  sasaranHeader: number;
  programHeader: number;
}

function layoutOf(source: PengukuranKinerjaModel | LkjipSource): TemplateLayout {
  const lkjip = asLkjipSource(source);
  const indikator = indikatorRows(lkjip.model);
  const sasaran = lkjip.model.tujuan.flatMap((t) => t.sasaran);
  const program = sourcePrograms(lkjip);
  const indikatorHeader = DATA_PENDUKUNG_HEADER_ROW;
  const sasaranHeader = indikatorHeader + indikator.length + 2;
  const programHeader = sasaranHeader + sasaran.length + 2;
  return { indikator, sasaran, program, indikatorHeader, sasaranHeader, programHeader };
}

/**
 * The fill-in sheet for what the Pengukuran Kinerja sheet lacks: office name, total budget, year and the belanja
 * figures of Realisasi Anggaran; then one row per indikator (sasaran and indikator prefilled, the rest to fill),
 * one per sasaran (its Rencana Tindak Lanjut), one per program (its sumber dana, the KET. of Tabel 2.2). From an
 * Evaluasi Renja source, what that sheet holds is prefilled (the office's name, satuan, target akhir Renstra).
 */
export function buildDataPendukungTemplate(source: PengukuranKinerjaModel | LkjipSource): SheetSpec {
  const { model, prefill } = asLkjipSource(source);
  const b = new SheetBuilder(WIDTHS);
  const width = WIDTHS.length;
  b.set(0, 0, { value: "DATA PENDUKUNG LKjIP", bold: true, fontSize: 12 });
  b.merge(0, 0, 0, width - 1);
  b.set(1, 0, { value: INSTRUCTION, italic: true, wrap: true, valign: "top" });
  b.merge(1, 0, 1, width - 1);

  LABELS.forEach((label, i) => {
    const cell =
      label === LABEL_TAHUN
        ? input(model.tahun ?? null, { numFmt: "0", align: "left" })
        : label === LABELS[0]
          ? input(prefill?.namaPerangkatDaerah ?? null)
          : input(null, { numFmt: "#,##0", align: "right" });
    b.setMerged(LABELS_TOP + i, 0, LABELS_TOP + i, 1, readOnly(label, { bold: true }));
    b.setMerged(LABELS_TOP + i, 2, LABELS_TOP + i, 3, cell);
  });

  const layout = layoutOf(source);
  const headers = columnHeaders(model.tahun ? String(model.tahun - 1) : "n-1");
  INDIKATOR_ORDER.forEach((key, c) => b.set(layout.indikatorHeader, c, headerCell(headers[key])));
  layout.indikator.forEach(({ sasaran, indikator, no }, i) => {
    const cells = indikatorRowCells(sasaran, indikator, no, prefill?.indikator?.get(indikator));
    INDIKATOR_ORDER.forEach((key, c) => b.set(layout.indikatorHeader + 1 + i, c, cells[key]));
  });
  SASARAN_ORDER.forEach((key, c) => b.set(layout.sasaranHeader, c, headerCell(SASARAN_HEADERS[key])));
  layout.sasaran.forEach((s, i) => {
    const cells = sasaranRowCells(s, i + 1);
    SASARAN_ORDER.forEach((key, c) => b.set(layout.sasaranHeader + 1 + i, c, cells[key]));
  });
  PROGRAM_ORDER.forEach((key, c) => b.set(layout.programHeader, c, headerCell(PROGRAM_HEADERS[key])));
  layout.program.forEach((p, i) => {
    const cells = programRowCells(p, i + 1);
    PROGRAM_ORDER.forEach((key, c) => b.set(layout.programHeader + 1 + i, c, cells[key]));
  });
  return b.build(DATA_PENDUKUNG_SHEET, "data-pendukung", {
    freeze: { rows: LABELS_TOP, cols: 0 },
    tabColor: "FFC000",
  });
}

/** Where the template puts each indikator's, sasaran's and program's cells, looked up without scanning the lists. */
export interface TemplateCells {
  indikator(ind: Indikator, column: DataColumn): string;
  sasaranRtl(s: Sasaran): string;
  programDana(p: Program): string;
}

/** The cells of the rows a run appends to an existing Data Pendukung; undefined for an item not appended. */
export interface AppendedCells {
  indikator(ind: Indikator, column: DataColumn): string | undefined;
  sasaranRtl(s: Sasaran): string | undefined;
  programDana(p: Program): string | undefined;
}

/** The template's cells for one source: its layout worked out once (a sheet has hundreds of programs). */
export function templateCells(source: PengukuranKinerjaModel | LkjipSource): TemplateCells {
  const layout = layoutOf(source);
  const indikatorAt = firstIndexes(layout.indikator.map((x) => x.indikator));
  const sasaranAt = firstIndexes(layout.sasaran);
  const programAt = firstIndexes(layout.program);
  const at = <T>(m: Map<T, number>, x: T) => Math.max(0, m.get(x) ?? -1);
  return {
    indikator: (ind, column) =>
      toA1(layout.indikatorHeader + 1 + at(indikatorAt, ind), INDIKATOR_ORDER.indexOf(column)),
    sasaranRtl: (s) => toA1(layout.sasaranHeader + 1 + at(sasaranAt, s), SASARAN_ORDER.indexOf("rencanaTindakLanjut")),
    programDana: (p) => toA1(layout.programHeader + 1 + at(programAt, p), PROGRAM_ORDER.indexOf("sumberDana")),
  };
}

/** The position of each item's first occurrence, as indexOf gives it. */
function firstIndexes<T>(list: readonly T[]): Map<T, number> {
  const m = new Map<T, number>();
  list.forEach((x, i) => {
    if (!m.has(x)) m.set(x, i);
  });
  return m;
}

/** Every indikator of the model in sheet order, numbered from 1: the rows Data Pendukung has one of each. */
export function indikatorRows(model: PengukuranKinerjaModel): { sasaran: Sasaran; indikator: Indikator; no: number }[] {
  const out: { sasaran: Sasaran; indikator: Indikator; no: number }[] = [];
  for (const tujuan of model.tujuan) {
    for (const sasaran of tujuan.sasaran) {
      for (const indikator of sasaran.indikator) out.push({ sasaran, indikator, no: out.length + 1 });
    }
  }
  return out;
}

/**
 * One indikator's row: sasaran and indikator prefilled (an unnamed indikator's name is left for the officer to
 * fill), satuan editable, polaritas offered in a list (`positif`, or the one the sheet's stated capaian follows), the
 * rest to fill; the satuan prefilled where the source sheet holds it, and the target akhir Renstra shown (not to
 * fill: the tables print the form's) where the source sheet holds it (an Evaluasi Renja form does).
 */
export function indikatorRowCells(
  sasaran: Sasaran,
  ind: Indikator,
  no: number,
  known?: IndikatorPrefill,
): Record<DataColumn, CellSpec> {
  const pct = ind.persen ? { numFmt: "0.00%", align: "center" as const } : { align: "center" as const };
  const name = ind.name.trim();
  const akhir = known?.targetAkhirRenstra?.value ?? null;
  const satuan = known?.satuan?.trim() || (ind.persen ? "%" : null);
  return {
    no: readOnly(no, { align: "center" }),
    sasaran: readOnly(sasaran.name),
    indikator: name ? readOnly(name) : input(null),
    satuan: input(satuan, { align: "center" }),
    polaritas: input(known?.polaritasRagu ? null : (known?.polaritas ?? "positif"), {
      align: "center",
      validationList: [...POLARITAS],
    }),
    // Last year's figures where last year's sheet is in the workbook: to type over, as the officer's own.
    targetTahunLalu: input(asTyped(known?.targetTahunLalu, ind.persen), pct),
    realisasiTahunLalu: input(asTyped(known?.realisasiTahunLalu, ind.persen), pct),
    // The form's own target akhir Renstra (6) is what the tables print: shown, not offered for typing (dp31 F6).
    targetAkhirRenstra:
      akhir !== null
        ? readOnly((ind.persen ? akhir.div(100) : akhir).toNumber(), pct)
        : known?.targetAkhirKualitatif
          ? readOnly(known.targetAkhirKualitatif, { align: "center" })
          : input(null, pct),
    analisis: input(null),
    programPenunjang: input(null),
  };
}

/** A figure as its Data Pendukung cell holds it: a percentage as the fraction a `%` format shows. */
function asTyped(n: NumberCell | undefined, persen: boolean | undefined): number | null {
  if (!n) return null;
  return (persen ? n.value.div(100) : n.value).toNumber();
}

export function sasaranRowCells(s: Sasaran, no: number): Record<SasaranColumn, CellSpec> {
  return { no: readOnly(no, { align: "center" }), sasaran: readOnly(s.name), rencanaTindakLanjut: input(null) };
}

export function programRowCells(p: Program, no: number): Record<ProgramColumn, CellSpec> {
  return {
    no: readOnly(no, { align: "center" }),
    program: readOnly(p.name),
    sumberDana: input(null),
    kode: readOnly(p.kode ?? null, { align: "center" }),
  };
}
