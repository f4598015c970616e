import Decimal from "decimal.js";
import { capaianAnggaran, capaianKinerja, capaianRentang, Polaritas, SkalaPredikat } from "../formulas";
import { toA1 } from "../grid/address";
import { sum } from "../numbers";
import { DATA_PENDUKUNG_SHEET, DataIndikator, DataPendukung, DataProgram, DataSasaran } from "../model/dataPendukung";
import {
  Indikator,
  NilaiKualitatif,
  NumberCell,
  Program,
  Sasaran,
  PengukuranKinerjaModel,
  TargetBatas,
  TargetRentang,
  Tujuan,
} from "../model/types";
import { belumDiisi, tercapaiKualitatif } from "../formulas/nilaiKualitatif";
import { Finding } from "../model/finding";
import { periodeLabel } from "../model/periode";
import { computed, yearlyTargetOf } from "./engineValues";
import {
  asLkjipSource,
  IndikatorPrefill,
  LkjipSource,
  RenstraFigures,
  sourceProgramParts,
  sourcePrograms,
} from "./lkjipSource";
import { otherSheetSource } from "./cellSources";
import { toRoman } from "./text";
import { pemdaInTitle } from "../layout/officeName";
import { DataPendukungMatch, matchDataPendukung } from "./dataPendukungMatch";
import { FigureMarker, figureMarker } from "./figureMarks";
import { SheetBuilder } from "./sheetBuilder";
import { AppendedCells, TEMPLATE_TOTAL_CELL, TemplateCells, templateCells } from "./dataPendukungTemplate";

export interface LkjipOptions {
  /** How tingkat efisiensi is computed: rasio capaian kinerja / capaian anggaran (default) or PMK 22/2021. */
  efisiensi: "rasio" | "pmk";
  skalaPredikat: SkalaPredikat;
  /**
   * The final report: no marks on figures from rows with findings and no footnote about them (Hasil Pemeriksaan
   * still lists every finding). Default: a draft, marked.
   */
  final: boolean;
}

export const DEFAULT_LKJIP_OPTIONS: LkjipOptions = { efisiensi: "rasio", skalaPredikat: "permendagri86", final: false };

export interface IndikatorFacts {
  indikator: Indikator;
  /**
   * The name shown in the tables: the source sheet's, else the one the officer gave it in Data Pendukung; empty
   * when neither names it (the cell then stays empty and Hasil Pemeriksaan says why).
   */
  label: string;
  /** Yearly target: TW IV, else the last triwulan with one. */
  target: NumberCell | null;
  /** How the yearly target was written when it is a bound (`≥ 80`, `maks. 5`): `target` is its number. */
  batas: TargetBatas | null;
  /** The yearly target written as a range (`90-95`) instead: `target` is then null. */
  rentang: TargetRentang | null;
  realisasi: NumberCell | null;
  /**
   * Target and realisasi written as values on an ordered scale (`BB`, `WTP`) where no number stands for them, and
   * whether the realisasi reaches the target (null when either is missing or they are on different scales); null
   * when neither is such a value.
   */
  kualitatif: { target: NilaiKualitatif | null; realisasi: NilaiKualitatif | null; tercapai: boolean | null } | null;
  /** The matching Data Pendukung row, if any. */
  data: DataIndikator | null;
  polaritas: Polaritas;
  /** True when positif is assumed because Data Pendukung has no polaritas for it (an empty cell). */
  polaritasAssumed: boolean;
  /** Engine capaian kinerja in percent points; null when an input is missing or the formula is undefined. */
  capaian: Decimal | null;
  /** The source's own Renstra figures (Evaluasi Renja columns 6, 7, 14, 15), when it has them. */
  renstra?: RenstraFigures;
  /**
   * Last year's target and realisasi in last year's year-end sheet of the workbook (tahunLaluSheet.ts), with their
   * addresses there: what the Perbandingan table shows where Data Pendukung has none.
   */
  tahunLalu?: { target: SourcedFigure | null; realisasi: SourcedFigure | null };
}

/** A figure of another sheet, with the address a table cell records as its source. */
export interface SourcedFigure {
  value: Decimal;
  source: string;
}

export interface SasaranFacts {
  /** 1-based position among all sasaran of the sheet. */
  nomor: number;
  roman: string;
  tujuan: Tujuan;
  sasaran: Sasaran;
  indikator: IndikatorFacts[];
  /** Σ pagu of the sasaran's programs; null when none has a pagu, or when one's could not be read. */
  pagu: Decimal | null;
  realisasiAnggaran: Decimal | null;
  /** The first program whose pagu or realisasi could not be read (text, a SUM short by a text cell): no sum then. */
  unreadable?: { pagu?: Program; realisasi?: Program };
  /** Engine capaian anggaran in percent points. */
  capaianAnggaran: Decimal | null;
}

export interface LkjipContext {
  model: PengukuranKinerjaModel;
  options: LkjipOptions;
  tahun: number | null;
  /** A semester form (Evaluasi Renja, Realisasi Kinerja Pada Semester I / II): its period is said in halves. */
  semester: boolean;
  namaPerangkatDaerah: string;
  /** The kabupaten, kota or provinsi the source's title names (`KOTA PROBOLINGGO`), for the title block. */
  namaPemda?: string;
  /** Total anggaran Perangkat Daerah: from Data Pendukung, else Σ pagu of every program. */
  totalAnggaran: Decimal;
  totalDariDataPendukung: boolean;
  /** Without Data Pendukung's total, the first program whose pagu could not be read: Σ pagu would be short. */
  totalUnread?: Program;
  /** The cell of Total Anggaran Perangkat Daerah in Data Pendukung (or where the template puts it). */
  totalAnggaranCell?: string;
  dataPendukung: DataPendukung | null;
  /** The sheet Data Pendukung is read from (or will be created as). */
  dataPendukungSheet: string;
  /** Which Data Pendukung row belongs to which indikator, program and sasaran. */
  match: DataPendukungMatch;
  /**
   * Where a program's sumber dana and a sasaran's RTL are to be filled when Data Pendukung has no row of theirs:
   * the template's cells before it exists, the rows this run appends to it afterwards.
   */
  programDanaCell?: (p: Program) => string | undefined;
  sasaranRtlCell?: (s: Sasaran) => string | undefined;
  /** Before Data Pendukung exists: the template's cells (an indikator's too), its layout worked out once. */
  template?: TemplateCells;
  /** Once it exists: the cells of the rows this run appends to it, for the items it has no row of. */
  appended?: AppendedCells;
  /** Marks figures from rows with an error finding; undefined in final mode or when there is none. */
  marker?: FigureMarker;
  sasaran: SasaranFacts[];
  /** Every program in sheet order with its kegiatan and sub kegiatan: Bab II 2.2 and Realisasi Anggaran. */
  programs: Program[];
  /** True when the indikator carry the source's own Renstra figures (an Evaluasi Renja sheet). */
  renstraFromSource: boolean;
  /** A program's part in one sasaran (its kegiatan in that sasaran's block), to the whole program. */
  programParts?: ReadonlyMap<Program, Program>;
}

/** A builder for one generated sheet, marking figures as the context says. */
export function newBuilder(ctx: LkjipContext, widths: number[]): SheetBuilder {
  return new SheetBuilder(widths, { marker: ctx.marker });
}

export function programData(ctx: LkjipContext, p: Program): DataProgram | null {
  return ctx.match.program.get(p)?.data ?? null;
}

export function sasaranData(ctx: LkjipContext, s: Sasaran): DataSasaran | null {
  return ctx.match.sasaran.get(s)?.data ?? null;
}

/**
 * The first program whose pagu or realisasi the sheet holds but the engine could not read: a sum over the programs
 * without it would be short, and is not made.
 */
export function unreadProgram(programs: Program[], what: "pagu" | "realisasi"): Program | undefined {
  const column = what === "pagu" ? "pagu" : "realisasiAnggaran";
  return programs.find((p) => p[what] === null && p.unreadable?.includes(column) === true);
}

/**
 * A total row's cell left empty because program `p`'s pagu or realisasi could not be read: its `table-cell-empty`
 * gap, naming the program's cell, and the note beside the row (`note` words it for the table).
 */
export function leaveTotalUnread(
  b: SheetBuilder,
  ctx: LkjipContext,
  row: number,
  total: { tabel: string; kolom: string; subject: string },
  p: Program,
  what: "pagu" | "realisasi",
  note: (cell: string) => string,
): void {
  const cell = programCell(ctx, p, what);
  b.gap({
    ...total,
    reason: what === "pagu" ? "unreadable-pagu" : "unreadable-realisasi",
    fix: { sheet: ctx.model.sheet, cell },
    key: `unread:${total.tabel}:${what}`,
  });
  b.sideNote(row, note(cell));
}

/** The address of a program's pagu or realisasi cell on the source sheet, read or not. */
export function programCell(ctx: LkjipContext, p: Program, what: "pagu" | "realisasi"): string {
  const read = p[what]?.cell;
  if (read) return read;
  const col = ctx.model.columns[what === "pagu" ? "pagu" : "realisasiAnggaran"];
  return col === undefined ? p.cell : toA1(p.row, col);
}

function sumOrNull(values: (NumberCell | null)[]): Decimal | null {
  const present = values.filter((v): v is NumberCell => v !== null);
  return present.length === 0 ? null : sum(present.map((v) => v.value));
}

/** A name typed into Data Pendukung by an earlier version for an unnamed indikator: a label, not a name. */
const OLD_PLACEHOLDER = /^indikator tanpa nama \(sel [a-z]+\d+\)$/i;

function indikatorFacts(
  ind: Indikator,
  match: DataPendukungMatch,
  renstra: RenstraFigures | undefined,
  sheetPolaritas: Polaritas | undefined,
): IndikatorFacts {
  const { target, batas, rentang, kualitatif: targetKualitatif } = yearlyTargetOf(ind);
  const realisasi = ind.realisasi;
  const writtenKualitatif = realisasi ? null : (ind.kualitatif?.realisasiKinerja ?? null);
  // `belum` is `Tidak ada` only against a target on that scale; beside a number, or no target, it is not filled in.
  const realisasiKualitatif =
    writtenKualitatif && belumDiisi(writtenKualitatif) && !targetKualitatif ? null : writtenKualitatif;
  const data = match.indikator.get(ind)?.data ?? null;
  const given = data?.indikator.trim() ?? "";
  const label = ind.name.trim() || (OLD_PLACEHOLDER.test(given) ? "" : given);
  // The officer's, else the one the sheet's stated capaian follows (lkjipSource.ts), else positif.
  const written = data?.polaritasTertulis ? data.polaritas : undefined;
  const polaritas = written ?? sheetPolaritas ?? data?.polaritas ?? "positif";
  const polaritasAssumed = data !== null && data.polaritasTertulis === false;
  const capaian = !realisasi
    ? null
    : target
      ? computed(() => capaianKinerja(realisasi.value, target.value, polaritas))
      : rentang
        ? computed(() => capaianRentang(realisasi.value, rentang.lo, rentang.hi, polaritas))
        : null;
  const facts: IndikatorFacts = {
    indikator: ind,
    label,
    target,
    batas,
    rentang,
    realisasi,
    kualitatif:
      targetKualitatif || realisasiKualitatif
        ? {
            target: targetKualitatif,
            realisasi: realisasiKualitatif,
            tercapai:
              targetKualitatif && realisasiKualitatif
                ? tercapaiKualitatif(realisasiKualitatif, targetKualitatif)
                : null,
          }
        : null,
    data,
    polaritas,
    polaritasAssumed,
    capaian,
  };
  if (renstra) facts.renstra = renstra;
  return facts;
}

/** The facts with last year's figures from last year's sheet, where the workbook holds it. */
function withTahunLalu(facts: IndikatorFacts, known: IndikatorPrefill | undefined, sheet: string | undefined) {
  if (!known || !sheet) return facts;
  const of = (n: NumberCell | undefined): SourcedFigure | null =>
    n ? { value: n.value, source: otherSheetSource(sheet, n.cell) ?? sheet } : null;
  const target = of(known.targetTahunLalu);
  const realisasi = of(known.realisasiTahunLalu);
  return target || realisasi ? { ...facts, tahunLalu: { target, realisasi } } : facts;
}

/**
 * What the tables are built from. `source` is a Pengukuran Kinerja sheet, or an Evaluasi Renja sheet seen through
 * fromEvaluasiRenja (its own program trees and Renstra figures beside the view).
 */
export function buildContext(
  source: PengukuranKinerjaModel | LkjipSource,
  dataPendukung: DataPendukung | null,
  options: LkjipOptions,
  tahunDataPendukung: number | null,
  findings: Finding[] = [],
  dataPendukungSheet: string = DATA_PENDUKUNG_SHEET,
  known: { match?: DataPendukungMatch; appended?: AppendedCells } = {},
): LkjipContext {
  const lkjip = asLkjipSource(source);
  const { model, renstra, prefill } = lkjip;
  const programs = sourcePrograms(lkjip);
  const programParts = sourceProgramParts(lkjip);
  const match = known.match ?? matchDataPendukung(lkjip, dataPendukung, dataPendukungSheet);
  const appended = known.appended;
  const sasaran: SasaranFacts[] = [];
  for (const tujuan of model.tujuan) {
    for (const s of tujuan.sasaran) {
      const paguUnread = unreadProgram(s.program, "pagu");
      const realisasiUnread = unreadProgram(s.program, "realisasi");
      const pagu = paguUnread ? null : sumOrNull(s.program.map((p) => p.pagu));
      const realisasiAnggaran = realisasiUnread ? null : sumOrNull(s.program.map((p) => p.realisasi));
      const nomor = sasaran.length + 1;
      sasaran.push({
        ...(paguUnread || realisasiUnread
          ? {
              unreadable: {
                ...(paguUnread && { pagu: paguUnread }),
                ...(realisasiUnread && { realisasi: realisasiUnread }),
              },
            }
          : {}),
        nomor,
        roman: toRoman(nomor),
        tujuan,
        sasaran: s,
        indikator: s.indikator.map((i) => {
          const known = prefill?.indikator?.get(i);
          return withTahunLalu(
            indikatorFacts(i, match, renstra?.get(i), known?.polaritas),
            known,
            prefill?.tahunLaluSheet,
          );
        }),
        pagu,
        realisasiAnggaran,
        capaianAnggaran: pagu && realisasiAnggaran ? computed(() => capaianAnggaran(realisasiAnggaran, pagu)) : null,
      });
    }
  }
  const fromDp = dataPendukung?.totalAnggaran ?? null;
  const totalUnread = fromDp === null ? unreadProgram(programs, "pagu") : undefined;
  const pemda = pemdaInTitle(model.title ?? []);
  const template = dataPendukung ? undefined : templateCells(lkjip);
  return {
    model,
    options,
    tahun: model.tahun ?? tahunDataPendukung,
    semester: lkjip.recognised?.layout === "evaluasi-renja" && lkjip.recognised.semester === true,
    // Data Pendukung's, else the name the source sheet states (an Evaluasi Renja form's "Perangkat Daerah : …").
    namaPerangkatDaerah: dataPendukung?.namaPerangkatDaerah.trim() || prefill?.namaPerangkatDaerah || "",
    ...(pemda ? { namaPemda: pemda } : {}),
    totalAnggaran: fromDp ?? sum(programs.map((p) => p.pagu?.value)),
    totalDariDataPendukung: fromDp !== null,
    ...(totalUnread ? { totalUnread } : {}),
    totalAnggaranCell: dataPendukung ? dataPendukung.labelCells?.totalAnggaran : TEMPLATE_TOTAL_CELL,
    dataPendukung,
    dataPendukungSheet,
    match,
    ...(template
      ? {
          programDanaCell: (p: Program) => template.programDana(p),
          sasaranRtlCell: (s: Sasaran) => template.sasaranRtl(s),
          template,
        }
      : appended
        ? {
            programDanaCell: (p: Program) => appended.programDana(p),
            sasaranRtlCell: (s: Sasaran) => appended.sasaranRtl(s),
            appended,
          }
        : {}),
    marker: options.final ? undefined : figureMarker(lkjip.recognised ?? model, findings),
    sasaran,
    programs,
    renstraFromSource: renstra !== undefined,
    ...(programParts.size > 0 ? { programParts } : {}),
  };
}

/**
 * How far the realisasi reaches when the report is before Triwulan IV (`Triwulan III`, `Semester I`), in the form's
 * own words; null at the year's end or when the sheet does not say. The title, the capaian notes and Realisasi
 * Anggaran's column header all say it.
 */
export function partYearPeriod(ctx: LkjipContext): string | null {
  const tw = ctx.model.triwulan;
  return tw === null || tw >= 4 ? null : periodeLabel(tw, ctx.semester);
}

/** `2022`, or `n` when the sheet does not say the year. */
export function tahunLabel(ctx: LkjipContext, offset = 0): string {
  if (ctx.tahun === null) return offset === 0 ? "n" : `n${offset > 0 ? "+" : "−"}${Math.abs(offset)}`;
  return String(ctx.tahun + offset);
}
