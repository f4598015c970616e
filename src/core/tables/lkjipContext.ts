import Decimal from "decimal.js";
import { capaianAnggaran, capaianKinerja, Polaritas, SkalaPredikat } from "../formulas";
import { sum } from "../numbers";
import { DataIndikator, DataPendukung } from "../model/dataPendukung";
import { Indikator, NumberCell, Program, Sasaran, PengukuranKinerjaModel, Tujuan } from "../model/types";
import { computed, yearlyTarget } from "./engineValues";
import type { LkjipSource, RenstraFigures } from "./fromEvaluasiRenja";
import { indikatorLabel, normaliseName, toRoman } from "./text";

export interface LkjipOptions {
  /** How tingkat efisiensi is computed: rasio capaian kinerja / capaian anggaran (default) or PMK 22/2021. */
  efisiensi: "rasio" | "pmk";
  skalaPredikat: SkalaPredikat;
}

export const DEFAULT_LKJIP_OPTIONS: LkjipOptions = { efisiensi: "rasio", skalaPredikat: "permendagri86" };

export interface IndikatorFacts {
  indikator: Indikator;
  /** The name shown in the tables (see indikatorLabel). */
  label: string;
  /** Yearly target: TW IV, else the last triwulan with one. */
  target: NumberCell | null;
  realisasi: NumberCell | null;
  /** The matching Data Pendukung row, if any. */
  data: DataIndikator | null;
  polaritas: Polaritas;
  /** Engine capaian kinerja in percent points; null when an input is missing or the formula is undefined. */
  capaian: Decimal | null;
  /** The source's own Renstra figures (Evaluasi Renja columns 6, 7, 14, 15), when it has them. */
  renstra?: RenstraFigures;
}

export interface SasaranFacts {
  /** 1-based position among all sasaran of the sheet. */
  nomor: number;
  roman: string;
  tujuan: Tujuan;
  sasaran: Sasaran;
  indikator: IndikatorFacts[];
  /** Σ pagu of the sasaran's programs; null when none has a pagu. */
  pagu: Decimal | null;
  realisasiAnggaran: Decimal | null;
  /** Engine capaian anggaran in percent points. */
  capaianAnggaran: Decimal | null;
}

export interface LkjipContext {
  model: PengukuranKinerjaModel;
  options: LkjipOptions;
  tahun: number | null;
  namaPerangkatDaerah: string;
  /** Total anggaran Perangkat Daerah: from Data Pendukung, else Σ pagu of every program. */
  totalAnggaran: Decimal;
  totalDariDataPendukung: boolean;
  dataPendukung: DataPendukung | null;
  sasaran: SasaranFacts[];
  /** Every program in sheet order with its kegiatan and sub kegiatan: Bab II 2.2 and Realisasi Anggaran. */
  programs: Program[];
  /** True when the indikator carry the source's own Renstra figures (an Evaluasi Renja sheet). */
  renstraFromSource: boolean;
}

/** Every program of the sheet in order. */
export function allPrograms(model: PengukuranKinerjaModel): Program[] {
  return model.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.program));
}

function sumOrNull(values: (NumberCell | null)[]): Decimal | null {
  const present = values.filter((v): v is NumberCell => v !== null);
  return present.length === 0 ? null : sum(present.map((v) => v.value));
}

/** The Data Pendukung row of an indikator: same name (normalised), preferring the same sasaran on duplicates. */
export function matchDataIndikator(dp: DataPendukung | null, sasaran: string, indikator: string): DataIndikator | null {
  if (!dp) return null;
  const name = normaliseName(indikator);
  const candidates = dp.indikator.filter((d) => normaliseName(d.indikator) === name);
  if (candidates.length <= 1) return candidates[0] ?? null;
  const s = normaliseName(sasaran);
  return candidates.find((d) => normaliseName(d.sasaran) === s) ?? candidates[0];
}

function indikatorFacts(
  ind: Indikator,
  sasaran: Sasaran,
  dp: DataPendukung | null,
  renstra: RenstraFigures | undefined,
): IndikatorFacts {
  const target = yearlyTarget(ind.target);
  const realisasi = ind.realisasi;
  const label = indikatorLabel(ind);
  const data = matchDataIndikator(dp, sasaran.name, label);
  const polaritas = data?.polaritas ?? "positif";
  const capaian = target && realisasi ? computed(() => capaianKinerja(realisasi.value, target.value, polaritas)) : null;
  const facts: IndikatorFacts = { indikator: ind, label, target, realisasi, data, polaritas, capaian };
  if (renstra) facts.renstra = renstra;
  return facts;
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
): LkjipContext {
  const { model, programs, renstra, prefill }: LkjipSource = "layout" in source ? { model: source } : source;
  const sasaran: SasaranFacts[] = [];
  for (const tujuan of model.tujuan) {
    for (const s of tujuan.sasaran) {
      const pagu = sumOrNull(s.program.map((p) => p.pagu));
      const realisasiAnggaran = sumOrNull(s.program.map((p) => p.realisasi));
      const nomor = sasaran.length + 1;
      sasaran.push({
        nomor,
        roman: toRoman(nomor),
        tujuan,
        sasaran: s,
        indikator: s.indikator.map((i) => indikatorFacts(i, s, dataPendukung, renstra?.get(i))),
        pagu,
        realisasiAnggaran,
        capaianAnggaran: pagu && realisasiAnggaran ? computed(() => capaianAnggaran(realisasiAnggaran, pagu)) : null,
      });
    }
  }
  const fromDp = dataPendukung?.totalAnggaran ?? null;
  const all = programs ?? allPrograms(model);
  return {
    model,
    options,
    tahun: model.tahun ?? tahunDataPendukung,
    // Data Pendukung's, else the name the source sheet states (an Evaluasi Renja form's "Perangkat Daerah : …").
    namaPerangkatDaerah: dataPendukung?.namaPerangkatDaerah.trim() || prefill?.namaPerangkatDaerah || "",
    totalAnggaran: fromDp ?? sum(all.map((p) => p.pagu?.value)),
    totalDariDataPendukung: fromDp !== null,
    dataPendukung,
    sasaran,
    programs: all,
    renstraFromSource: renstra !== undefined,
  };
}

/** `2022`, or `n` when the sheet does not say the year. */
export function tahunLabel(ctx: LkjipContext, offset = 0): string {
  if (ctx.tahun === null) return offset === 0 ? "n" : `n${offset > 0 ? "+" : "−"}${Math.abs(offset)}`;
  return String(ctx.tahun + offset);
}
