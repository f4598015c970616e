import { Indikator, NilaiKualitatif, NumberCell, PengukuranKinerjaModel, Program } from "../model/types";
import { Polaritas } from "../formulas/polaritas";
import { SheetModel } from "../model/sheetModel";
import { officeInTitle } from "../layout/officeName";
import { ownPrograms } from "./programParts";

/*
 * What the LKjIP builders are fed from a recognised sheet. A Pengukuran Kinerja sheet is its own view; an Evaluasi
 * Renja sheet is seen through fromEvaluasiRenja, which adds what its view in the Pengukuran Kinerja shape cannot
 * hold (the whole program trees, the Renstra columns, what Data Pendukung can be prefilled with).
 */

/** The Renstra figures of one indikator, as the sheet holds them (K; percent points for (15)). */
export interface RenstraFigures {
  /** (6) Target Renstra at its last year. */
  target: NumberCell | null;
  /** (7) Realisasi Renstra up to last year. */
  realisasiLalu: NumberCell | null;
  /** (14) Realisasi Renstra up to this year. */
  realisasiSdTahun: NumberCell | null;
  /** (15) Tingkat capaian as the sheet states it. */
  tingkatCapaian: NumberCell | null;
  /** The source cell of each figure, filled or not (where the officer fixes an empty one); absent without a column. */
  cells: Partial<Record<"target" | "realisasiLalu" | "realisasiSdTahun" | "tingkatCapaian", string>>;
  /** Figures written as values on an ordered scale (`A`, `WTP`) where the number is null. */
  kualitatif?: Partial<Record<"target" | "realisasiLalu" | "realisasiSdTahun", NilaiKualitatif>>;
}

/** What the source sheet holds of an indikator's Data Pendukung row. */
export interface IndikatorPrefill {
  satuan?: string;
  targetAkhirRenstra?: NumberCell | null;
  /** The target akhir Renstra written as a value on an ordered scale (`BB`, `WTP`), as written. */
  targetAkhirKualitatif?: string;
  /** The polaritas the sheet's stated capaian follows, when not positif ((2T − R)/T for "Angka Kematian Ibu"). */
  polaritas?: Polaritas;
  /**
   * The sheet's capaian says positif and the name says less is better (`Angka Kematian Ibu` measured R/T): the
   * polaritas is left for the officer to write, and said until they do (capaian-kinerja-mismatch.polaritas-nama).
   */
  polaritasRagu?: true;
  /** Last year's target and realisasi, from last year's year-end sheet in the workbook (tahunLaluSheet.ts). */
  targetTahunLalu?: NumberCell;
  realisasiTahunLalu?: NumberCell;
}

export interface DataPendukungPrefill {
  namaPerangkatDaerah?: string;
  /** The sheet targetTahunLalu and realisasiTahunLalu come from. */
  tahunLaluSheet?: string;
  /** Per indikator of the source view. */
  indikator?: ReadonlyMap<Indikator, IndikatorPrefill>;
}

export interface LkjipSource {
  model: PengukuranKinerjaModel;
  /**
   * Every program in order with its whole tree, each once; when absent, the programs of the sasaran. An Evaluasi
   * Renja program whose kegiatan lie in two Sasaran PD blocks is one program here and a part in each sasaran.
   */
  programs?: Program[];
  /** The part of such a program in one sasaran, to the whole program (in `programs`). */
  programParts?: ReadonlyMap<Program, Program>;
  /** The Renstra figures of each indikator, when the source holds them (the Evaluasi Renja form). */
  renstra?: ReadonlyMap<Indikator, RenstraFigures>;
  prefill?: DataPendukungPrefill;
  /**
   * The recognised sheet `model` is a view of, when it is not that sheet itself: its columns say which half of a
   * row (kinerja or anggaran) a finding is about when figures are marked.
   */
  recognised?: SheetModel;
}

/** A Pengukuran Kinerja model as the source of itself (the office its title names prefilled); a source as it is. */
export function asLkjipSource(x: PengukuranKinerjaModel | LkjipSource): LkjipSource {
  if (!("layout" in x)) return x;
  const namaPerangkatDaerah = officeInTitle(x.title ?? []);
  return namaPerangkatDaerah ? { model: x, prefill: { namaPerangkatDaerah } } : { model: x };
}

/**
 * Every program of the source, each once, in sheet order (Tabel 2.2, Realisasi Anggaran, Data Pendukung). A program
 * written again under a second sasaran it supports, with the same code (or name) and the same pagu and realisasi, is
 * the same program: counted twice, it doubled BELANJA DAERAH and the office's total.
 */
export function sourcePrograms(source: LkjipSource): Program[] {
  return source.programs ?? ownPrograms(source.model).programs;
}

/** The part of a program each sasaran lists, to the whole program, where a program is split over sasaran. */
export function sourceProgramParts(source: LkjipSource): ReadonlyMap<Program, Program> {
  return source.programParts ?? ownPrograms(source.model).parts;
}
