import {
  ErBidang,
  ErIndikator,
  ErKegiatan,
  ErNodeBase,
  ErProgram,
  ErSubKegiatan,
  ErUrusan,
  EvaluasiRenjaModel,
  SasaranPd,
  TujuanPd,
} from "./evaluasiRenja";
import { kualitatifJson, NilaiKualitatifJson } from "./kualitatifJson";
import { MaybeNumber, Quarterly } from "./types";

/*
 * The JSON of an Evaluasi Renja sheet in `lkjip inspect --json`: Tujuan PD and Sasaran PD (each once), and the
 * budget tree urusan → bidang → program → kegiatan → subKegiatan (programs directly under the sheet entry when
 * the sheet has no urusan rows). Amounts in Rupiah, percentages in percent points, an empty cell null.
 */

export type QuarterlyJson = [number | null, number | null, number | null, number | null];

/** K figures of one indikator, by the role of their column group. */
export interface ErIndikatorJson {
  name: string;
  cell: string;
  satuan: string;
  targetRenstra: number | null;
  realisasiRenstra: number | null;
  targetRenja: number | null;
  realisasiTriwulan: QuarterlyJson;
  /** The cumulative progress % per triwulan, only where the sheet has such columns. */
  persenTriwulan?: QuarterlyJson;
  realisasi: number | null;
  realisasiSdTahun: number | null;
  tingkatCapaian: number | null;
  persen: boolean;
  /** The target Renja K as written where it is a bound (`≥ 80`; `targetRenja` holds its number). */
  targetBatas?: string;
  /** K cells holding a value on an ordered scale (`BB`, `WTP`), by column key; their number is null. */
  nilaiKualitatif?: NilaiKualitatifJson;
  /** Its line (1-based) in cells that hold several indikator one per line. */
  line?: number;
}

/** One node with its Rp figures: `pagu` is the target Renja (8), `realisasi` the year's (13). */
export interface ErNodeJson {
  kode?: string;
  name: string;
  cell: string;
  sasaranCell: string | null;
  targetRenstra: number | null;
  realisasiRenstra: number | null;
  pagu: number | null;
  realisasiTriwulan: QuarterlyJson;
  realisasi: number | null;
  realisasiSdTahun: number | null;
  tingkatCapaian: number | null;
  indikator: ErIndikatorJson[];
  /** Present (true) on rows pasted below the table's total. */
  outsideTotals?: true;
}

export type ErSubKegiatanJson = ErNodeJson;
export interface ErKegiatanJson extends ErNodeJson {
  subKegiatan: ErSubKegiatanJson[];
}
export interface ErProgramJson extends ErNodeJson {
  kegiatan: ErKegiatanJson[];
}
export interface ErBidangJson extends ErNodeJson {
  program: ErProgramJson[];
}
export interface ErUrusanJson extends ErNodeJson {
  bidang: ErBidangJson[];
  /** Programs under the urusan without a bidang row, when there are some. */
  program?: ErProgramJson[];
}

export interface SasaranPdJson {
  name: string;
  cell: string;
  /** Indikator written on the Sasaran PD's own rows, when there are some. */
  indikator?: ErIndikatorJson[];
}

export interface TujuanPdJson {
  name: string;
  cell: string;
  sasaran: SasaranPdJson[];
}

export interface EvaluasiRenjaJson {
  layout: "evaluasi-renja";
  sheet: string;
  triwulan: number | null;
  /** A semester form: realisasiTriwulan holds Semester I at TW II and Semester II at TW IV. */
  semester?: true;
  tahun: number | null;
  perangkatDaerah?: string;
  tujuan: TujuanPdJson[];
  /** Sasaran PD outside any Tujuan PD, when there are some. */
  sasaran?: SasaranPdJson[];
  urusan?: ErUrusanJson[];
  bidang?: ErBidangJson[];
  program?: ErProgramJson[];
}

export function evaluasiRenjaToJson(model: EvaluasiRenjaModel): EvaluasiRenjaJson {
  const json: EvaluasiRenjaJson = {
    layout: "evaluasi-renja",
    sheet: model.sheet,
    triwulan: model.triwulan,
    ...(model.semester ? { semester: true as const } : {}),
    tahun: model.tahun,
    ...(model.perangkatDaerah ? { perangkatDaerah: model.perangkatDaerah } : {}),
    tujuan: model.tujuan.map(tujuanToJson),
  };
  if (model.sasaran.length > 0) json.sasaran = model.sasaran.map(sasaranToJson);
  if (model.urusan.length > 0) json.urusan = model.urusan.map(urusanToJson);
  if (model.bidang.length > 0) json.bidang = model.bidang.map(bidangToJson);
  if (model.urusan.length === 0 || model.program.length > 0) json.program = model.program.map(programToJson);
  return json;
}

function tujuanToJson(t: TujuanPd): TujuanPdJson {
  return { name: t.name, cell: t.cell, sasaran: t.sasaran.map(sasaranToJson) };
}

function sasaranToJson(s: SasaranPd): SasaranPdJson {
  const json: SasaranPdJson = { name: s.name, cell: s.cell };
  if (s.indikator.length > 0) json.indikator = s.indikator.map(indikatorToJson);
  return json;
}

function urusanToJson(u: ErUrusan): ErUrusanJson {
  const json: ErUrusanJson = { ...nodeToJson(u), bidang: u.bidang.map(bidangToJson) };
  if (u.program.length > 0) json.program = u.program.map(programToJson);
  return json;
}

function bidangToJson(b: ErBidang): ErBidangJson {
  return { ...nodeToJson(b), program: b.program.map(programToJson) };
}

function programToJson(p: ErProgram): ErProgramJson {
  return { ...nodeToJson(p), kegiatan: p.kegiatan.map(kegiatanToJson) };
}

function kegiatanToJson(k: ErKegiatan): ErKegiatanJson {
  return { ...nodeToJson(k), subKegiatan: k.subKegiatan.map((s: ErSubKegiatan) => nodeToJson(s)) };
}

function nodeToJson(n: ErNodeBase): ErNodeJson {
  const json: ErNodeJson = {
    name: n.name,
    cell: n.cell,
    sasaranCell: n.sasaranCell,
    targetRenstra: num(n.targetRenstra),
    realisasiRenstra: num(n.realisasiRenstra),
    pagu: num(n.pagu),
    realisasiTriwulan: quarterly(n.realisasiTriwulan),
    realisasi: num(n.realisasi),
    realisasiSdTahun: num(n.realisasiSdTahun),
    tingkatCapaian: num(n.tingkatCapaian),
    indikator: n.indikator.map(indikatorToJson),
  };
  if (n.outsideTotals) json.outsideTotals = true;
  return n.kode ? { kode: n.kode, ...json } : json;
}

function indikatorToJson(i: ErIndikator): ErIndikatorJson {
  const json: ErIndikatorJson = {
    name: i.name,
    cell: i.cell,
    satuan: i.satuan,
    targetRenstra: num(i.targetRenstra),
    realisasiRenstra: num(i.realisasiRenstra),
    targetRenja: num(i.targetRenja),
    realisasiTriwulan: quarterly(i.realisasiTriwulan),
    realisasi: num(i.realisasi),
    realisasiSdTahun: num(i.realisasiSdTahun),
    tingkatCapaian: num(i.tingkatCapaian),
    persen: i.persen,
  };
  if (i.persenTriwulan.some((q) => q !== null)) json.persenTriwulan = quarterly(i.persenTriwulan);
  if (i.targetBatas) json.targetBatas = i.targetBatas.text;
  const kualitatif = kualitatifJson(i.kualitatif);
  if (kualitatif) json.nilaiKualitatif = kualitatif;
  if (i.line !== undefined) json.line = i.line;
  return json;
}

function quarterly(q: Quarterly): QuarterlyJson {
  return [num(q[0]), num(q[1]), num(q[2]), num(q[3])];
}

function num(n: MaybeNumber): number | null {
  return n ? n.value.toNumber() : null;
}
