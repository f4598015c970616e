import {
  BudgetNode,
  Indikator,
  Kegiatan,
  MaybeNumber,
  Program,
  Quarterly,
  Sasaran,
  SubKegiatan,
  Tujuan,
} from "./types";
import { kualitatifJson, NilaiKualitatifJson } from "./kualitatifJson";
import { SheetModel } from "./sheetModel";
import { EvaluasiRenjaJson, evaluasiRenjaToJson } from "./evaluasiRenjaJson";

/**
 * The JSON contract of `lkjip inspect --json`, one entry per sheet, its `layout` saying which family it is.
 * Percentages are in percent points (0,39% → 0.39), amounts in Rupiah; an empty cell is null. Every node carries
 * the A1 `cell` of its name.
 */
export type SheetJson = PengukuranKinerjaJson | EvaluasiRenjaJson;

export interface PengukuranKinerjaJson {
  layout: "pengukuran-kinerja";
  sheet: string;
  triwulan: number | null;
  tahun: number | null;
  /** Present (true) when `anggaranKas` holds the kas up to and including each quarter (`S/D TW II`). */
  anggaranKasKumulatif?: true;
  tujuan: TujuanJson[];
}

export interface TujuanJson {
  name: string;
  cell: string;
  sasaran: SasaranJson[];
}

export interface SasaranJson {
  name: string;
  cell: string;
  indikator: IndikatorJson[];
  program: ProgramJson[];
}

export interface IndikatorJson {
  name: string;
  cell: string;
  formulasi: string[];
  target: QuarterlyJson;
  realisasi: number | null;
  capaian: number | null;
  /** True when target and realisasi are percentages (percent points); false for counts and other units. */
  persen: boolean;
  /** TW I..IV: `[lo, hi]` where the target is written as a range (`90-95`; `target` is null there); absent if none. */
  targetRentang?: ([number, number] | null)[];
  /** TW I..IV: the target as written where it is a bound (`≥ 80`; `target` holds its number); absent if none. */
  targetBatas?: (string | null)[];
  /** Cells holding a value on an ordered scale (`BB`, `WTP`), by column key; their number is null. Absent if none. */
  nilaiKualitatif?: NilaiKualitatifJson;
  /** Its line (1-based) in cells that hold several indikator one per line. */
  line?: number;
  /** What the sheet's POLARITAS column says (`stabil`); absent without one. */
  polaritas?: string;
  satuan?: string;
}

export type QuarterlyJson = [number | null, number | null, number | null, number | null];

export interface BudgetJson {
  kode?: string;
  name: string;
  cell: string;
  pagu: number | null;
  anggaranKas: QuarterlyJson;
  realisasi: number | null;
  capaian: number | null;
}

export type SubKegiatanJson = BudgetJson;
export interface KegiatanJson extends BudgetJson {
  subKegiatan: SubKegiatanJson[];
}
export interface ProgramJson extends BudgetJson {
  kegiatan: KegiatanJson[];
}

export function modelToJson(model: SheetModel): SheetJson {
  if (model.layout === "evaluasi-renja") return evaluasiRenjaToJson(model);
  return {
    layout: "pengukuran-kinerja",
    sheet: model.sheet,
    triwulan: model.triwulan,
    tahun: model.tahun,
    ...(model.kasKumulatif ? { anggaranKasKumulatif: true as const } : {}),
    tujuan: model.tujuan.map(tujuanToJson),
  };
}

function tujuanToJson(t: Tujuan): TujuanJson {
  return { name: t.name, cell: t.cell, sasaran: t.sasaran.map(sasaranToJson) };
}

function sasaranToJson(s: Sasaran): SasaranJson {
  return {
    name: s.name,
    cell: s.cell,
    indikator: s.indikator.map(indikatorToJson),
    program: s.program.map(programToJson),
  };
}

function indikatorToJson(i: Indikator): IndikatorJson {
  const kualitatif = kualitatifJson(i.kualitatif);
  return {
    name: i.name,
    cell: i.cell,
    formulasi: [...i.formulasi],
    target: quarterly(i.target),
    realisasi: num(i.realisasi),
    capaian: num(i.capaian),
    persen: i.persen,
    ...(i.targetRentang
      ? { targetRentang: i.targetRentang.map((r) => (r ? [r.lo.toNumber(), r.hi.toNumber()] : null)) }
      : {}),
    ...(i.targetBatas ? { targetBatas: i.targetBatas.map((b) => b?.text ?? null) } : {}),
    ...(kualitatif ? { nilaiKualitatif: kualitatif } : {}),
    ...(i.line !== undefined ? { line: i.line } : {}),
    ...(i.polaritas !== undefined ? { polaritas: i.polaritas } : {}),
    ...(i.satuan !== undefined ? { satuan: i.satuan } : {}),
  };
}

function programToJson(p: Program): ProgramJson {
  return { ...budget(p), kegiatan: p.kegiatan.map(kegiatanToJson) };
}

function kegiatanToJson(k: Kegiatan): KegiatanJson {
  return { ...budget(k), subKegiatan: k.subKegiatan.map((s: SubKegiatan) => budget(s)) };
}

function budget(n: BudgetNode): BudgetJson {
  const json: BudgetJson = {
    name: n.name,
    cell: n.cell,
    pagu: num(n.pagu),
    anggaranKas: quarterly(n.anggaranKas),
    realisasi: num(n.realisasi),
    capaian: num(n.capaian),
  };
  return n.kode ? { kode: n.kode, ...json } : json;
}

function quarterly(q: Quarterly): QuarterlyJson {
  return [num(q[0]), num(q[1]), num(q[2]), num(q[3])];
}

function num(n: MaybeNumber): number | null {
  return n ? n.value.toNumber() : null;
}
