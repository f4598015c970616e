import { Indikator, NumberCell, PengukuranKinerjaModel } from "../model/types";
import { isPengukuranKinerja, SheetModel } from "../model/sheetModel";
import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";
import { roundTo } from "../numbers/decimal";
import { shownDecimals } from "../validation/modelAccess";
import { fromEvaluasiRenja } from "./fromEvaluasiRenja";
import { IndikatorPrefill, LkjipSource } from "./lkjipSource";
import { DataPendukungMatch } from "./dataPendukungMatch";
import { yearlyTargetOf } from "./engineValues";
import { normaliseName } from "./text";

/** An indikator's target and realisasi of the year before, as last year's year-end sheet in the workbook holds them. */
export interface TahunLaluFigures {
  target: NumberCell | null;
  realisasi: NumberCell | null;
}

/**
 * The year-end sheet of the year before the report's, when the workbook holds one (offices copy last year's sheets
 * forward), and each indikator's figures there, matched by name (two indikator of one name in either sheet match
 * nothing). Data Pendukung is prefilled with them, the Perbandingan table falls back on them, and what the officer
 * wrote there is checked against them (year37 D2: a mistyped realisasi of last year went into the report while last
 * year's own sheet said otherwise). Null when there is no such sheet or no indikator matches.
 */
export function tahunLaluSheet(
  source: LkjipSource,
  models: readonly SheetModel[],
): { sheet: string; indikator: ReadonlyMap<Indikator, TahunLaluFigures> } | null {
  const tahun = source.model.tahun;
  if (tahun === null || tahun === undefined) return null;
  const lastYear = models.find((m) => m.tahun === tahun - 1 && (m.triwulan ?? 4) === 4);
  if (!lastYear) return null;
  const byName = uniqueByName(indikatorOf(viewOf(lastYear)));
  const out = new Map<Indikator, TahunLaluFigures>();
  for (const [key, ind] of uniqueByName(indikatorOf(source.model))) {
    const before = byName.get(key);
    if (!before) continue;
    const target = yearlyTargetOf(before).target;
    const realisasi = before.realisasi ?? null;
    if (target !== null || realisasi !== null) out.set(ind, { target, realisasi });
  }
  return out.size > 0 ? { sheet: lastYear.sheet, indikator: out } : null;
}

/** The source with last year's figures in its Data Pendukung prefill. */
export function withTahunLalu(source: LkjipSource, models: readonly SheetModel[]): LkjipSource {
  const lalu = tahunLaluSheet(source, models);
  if (lalu === null) return source;
  const indikator = new Map<Indikator, IndikatorPrefill>(source.prefill?.indikator ?? []);
  for (const [ind, figures] of lalu.indikator) {
    indikator.set(ind, {
      ...indikator.get(ind),
      ...(figures.target ? { targetTahunLalu: figures.target } : {}),
      ...(figures.realisasi ? { realisasiTahunLalu: figures.realisasi } : {}),
    });
  }
  return { ...source, prefill: { ...source.prefill, indikator, tahunLaluSheet: lalu.sheet } };
}

/**
 * A target or realisasi of last year written in Data Pendukung that differs, at the digits last year's sheet shows
 * it with, from that sheet's: said at the Data Pendukung cell with both figures (the tables keep the officer's).
 */
export function tahunLaluMismatches(source: LkjipSource, match: DataPendukungMatch, dpSheet: string): Finding[] {
  const lembar = source.prefill?.tahunLaluSheet;
  const known = source.prefill?.indikator;
  if (!lembar || !known) return [];
  const out: Finding[] = [];
  for (const [ind, matched] of match.indikator) {
    const prefill = known.get(ind);
    const data = matched.data;
    if (!prefill) continue;
    for (const kolom of ["targetTahunLalu", "realisasiTahunLalu"] as const) {
      const sheetValue = prefill[kolom];
      const written = data[kolom];
      const cell = data.cells?.[kolom];
      if (!sheetValue || written === null || !cell) continue;
      const desimal = shownDecimals(sheetValue);
      if (roundTo(written, desimal).equals(roundTo(sheetValue.value, desimal))) continue;
      const persen = ind.persen === true;
      out.push(
        makeFinding({
          rule: "data-pendukung-uncertain",
          sheet: dpSheet,
          cell,
          expected: sheetValue.value,
          actual: written,
          level: "indikator",
          name: ind.name,
          key: "data-pendukung-uncertain.tahun-lalu",
          params: {
            cell,
            sheet: dpSheet,
            kolom,
            nama: ind.name,
            tertulis: written,
            nilai: sheetValue.value,
            lembar,
            sumberCell: sheetValue.cell,
            desimal,
            persen,
          },
        }),
      );
    }
  }
  return out;
}

function viewOf(model: SheetModel): PengukuranKinerjaModel {
  return isPengukuranKinerja(model) ? model : fromEvaluasiRenja(model).model;
}

function indikatorOf(model: PengukuranKinerjaModel): Indikator[] {
  return model.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.indikator));
}

/** Words officers shorten or spell two ways, to one spelling (eryear40: `yg`, `Prosentase` matched nothing). */
const SAME_WORD: Record<string, string> = {
  yg: "yang",
  dgn: "dengan",
  thd: "terhadap",
  tdk: "tidak",
  prosentase: "persentase",
  presentase: "persentase",
  prosentasi: "persentase",
  jml: "jumlah",
};

function nameKey(name: string): string {
  return normaliseName(name)
    .split(" ")
    .map((w) => SAME_WORD[w] ?? w)
    .join(" ");
}

/** Indikator by their normalised name; a name two of them share is left out. */
function uniqueByName(list: readonly Indikator[]): Map<string, Indikator> {
  const out = new Map<string, Indikator>();
  const shared = new Set<string>();
  for (const ind of list) {
    const key = nameKey(ind.name);
    if (key === "") continue;
    if (out.has(key)) shared.add(key);
    else out.set(key, ind);
  }
  for (const key of shared) out.delete(key);
  return out;
}
