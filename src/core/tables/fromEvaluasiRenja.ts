import { polaritasFromWords } from "../formulas/polaritasWords";
import { ErIndikator, ErNode, EvaluasiRenjaModel, SasaranPd } from "../model/evaluasiRenja";
import {
  Indikator,
  Kegiatan,
  MaybeNumber,
  PengukuranKinerjaModel,
  Program,
  Quarterly,
  Sasaran,
  SubKegiatan,
  Tujuan,
} from "../model/types";
import { isCountIndikator } from "../formulas/satuan";
import { Finding } from "../model/finding";
import { toA1 } from "../grid/address";
import { ColumnKey, ER_TRIWULAN_K_KEYS, ErColumnKey } from "../model/columns";
import { sumCells } from "../model/numberCells";
import { IndikatorPrefill, LkjipSource, RenstraFigures } from "./lkjipSource";

/*
 * The Evaluasi Renja sheet in the shape the LKjIP builders read (tujuan → sasaran → indikator and programs), so the
 * same builders make its tables:
 * - every program with its kegiatan and sub kegiatan: anggaran = target Renja Rp (8), realisasi = Σ of the
 *   triwulan realisasi Rp up to the sheet's triwulan (the year's Rp (13) where the quarters cannot be added up);
 * - per Sasaran PD, the budget of the rows in its block: a program whose kegiatan lie in several Sasaran PD blocks
 *   (a block can start at a kegiatan row) counts in each with the kegiatan that lie there;
 * - per Sasaran PD, its own indikator where the sheet writes some on its rows, else the indikator of the highest
 *   rows of its block (the outcome indikator of its programs): target = target Renja K (8), realisasi = K (13);
 * - per indikator, the Renstra figures (6), (7), (14), (15), for the Perbandingan s.d. akhir Renstra table;
 * - what Data Pendukung can be prefilled with: the office's name, each indikator's satuan and target akhir Renstra.
 * Rows pasted below the table's total are left out, as the sheet's own total leaves them out. Each row of the
 * sheet becomes one object: a program that lies wholly in one Sasaran PD block is the same object in `programs` and
 * under its sasaran, so Data Pendukung rows matched to it reach Tabel 2.2 and the sasaran tables alike.
 */

interface Bucket {
  sasaran: Sasaran;
  own: readonly ErIndikator[];
}

export function fromEvaluasiRenja(model: EvaluasiRenjaModel, findings: readonly Finding[] = []): LkjipSource {
  const renstra = new Map<Indikator, RenstraFigures>();
  const prefill = new Map<Indikator, IndikatorPrefill>();
  const tw = model.triwulan ?? 4;
  const period: Period = {
    triwulan: tw,
    cumulative: model.triwulanKumulatif === true,
    // A form split over two sheets has some quarters' columns on the other sheet: their sum is not the year's.
    allQuarters: ER_TRIWULAN_RP.slice(0, tw).every((k) => model.columns[k as keyof typeof model.columns] !== undefined),
    slips: quarterSlips(model, findings),
  };
  const adaptIndikator = (ind: ErIndikator): Indikator => {
    const out: Indikator = {
      name: ind.name,
      cell: ind.cell,
      formulasi: [],
      target: [null, null, null, ind.targetRenja] as Quarterly,
      realisasi: ind.realisasi ?? realisasiKinerja(ind, period),
      capaian: null,
      persen: ind.persen,
      row: ind.row,
    };
    if (ind.targetRentang) out.targetRentang = [null, null, null, ind.targetRentang];
    if (ind.targetBatas) out.targetBatas = [null, null, null, ind.targetBatas];
    const kualitatif = kualitatifOf(ind, out, period);
    if (kualitatif) out.kualitatif = kualitatif;
    const unreadable = unreadableAsPk(ind, out);
    if (unreadable.length > 0) out.unreadable = unreadable;
    renstra.set(out, {
      target: ind.targetRenstra,
      realisasiLalu: ind.realisasiRenstra,
      realisasiSdTahun: ind.realisasiSdTahun,
      tingkatCapaian: ind.tingkatCapaian,
      cells: renstraCells(model, ind.row),
      ...renstraKualitatif(ind),
    });
    // The form states no capaian of the year to tell the polaritas by: its words (name, Keterangan) may say it.
    const polaritas = polaritasFromWords(ind.name, ind.keterangan, ind.targetBatas?.arah);
    prefill.set(out, {
      satuan: ind.satuan,
      targetAkhirRenstra: ind.targetRenstra,
      ...(ind.kualitatif?.targetRenstraK ? { targetAkhirKualitatif: ind.kualitatif.targetRenstraK.text } : {}),
      ...(polaritas && polaritas !== "positif" ? { polaritas } : {}),
    });
    return out;
  };

  const roots = programsOf(model).filter((p) => !p.outsideTotals);
  const adapt = adapter(period);
  const programs = roots.map((p) => adapt(p) as Program);

  // Sasaran PD in sheet order, each with the Tujuan PD it belongs to; rows before the first belong to it.
  const tujuan: Tujuan[] = [];
  const buckets: Bucket[] = [];
  const bySasaranCell = new Map<string, Bucket>();
  const addTujuan = (name: string, cell: string, row: number, sasaran: readonly SasaranPd[]) => {
    const t: Tujuan = { name, cell, row, sasaran: [] };
    tujuan.push(t);
    for (const s of sasaran) {
      const bucket: Bucket = {
        sasaran: { name: s.name, cell: s.cell, row: s.row, indikator: [], program: [] },
        own: s.indikator,
      };
      t.sasaran.push(bucket.sasaran);
      buckets.push(bucket);
      bySasaranCell.set(s.cell, bucket);
    }
  };
  for (const t of model.tujuan) addTujuan(t.name, t.cell, t.row, t.sasaran);
  if (model.sasaran.length > 0) addTujuan("", model.sasaran[0].cell, model.sasaran[0].row, model.sasaran);
  if (buckets.length === 0) {
    const first = roots[0];
    addTujuan("", first?.cell ?? "A1", first?.row ?? 0, [
      { name: "", cell: first?.cell ?? "A1", row: first?.row ?? 0, indikator: [] },
    ]);
  }
  const bucketOf = (n: ErNode): Bucket => (n.sasaranCell ? bySasaranCell.get(n.sasaranCell) : undefined) ?? buckets[0];

  const programParts = new Map<Program, Program>();
  for (const bucket of buckets) {
    roots.forEach((p, i) => {
      const portion = portionOf(p, bucket, bucketOf, adapt);
      if (!portion) return;
      bucket.sasaran.program.push(portion as Program);
      if (!whollyIn(p, bucket, bucketOf)) programParts.set(portion as Program, programs[i]);
    });
    const indikator =
      bucket.own.length > 0 ? bucket.own : topsOf(roots, bucket, bucketOf).flatMap((n) => firstIndikatorOf(n));
    bucket.sasaran.indikator = indikator.map(adaptIndikator);
  }

  const view: PengukuranKinerjaModel = {
    layout: "pengukuran-kinerja",
    sheet: model.sheet,
    triwulan: model.triwulan,
    tahun: model.tahun,
    title: model.title,
    columns: {},
    headerRows: model.headerRows,
    dataRows: model.dataRows,
    findings: [],
    tujuan,
  };
  // An export writes the unit's code before the name (`2.18.2.07.0.00.01.0000 DINAS …`); a title that only names
  // the office in its own words is read by the layout (perangkatDaerahOf).
  const namaPerangkatDaerah = model.perangkatDaerah?.replace(/^[\d.]+\s+/, "") || undefined;
  return {
    model: view,
    programs,
    programParts,
    renstra,
    prefill: { namaPerangkatDaerah, indikator: prefill },
    recognised: model,
  };
}

/** Every program of the tree in sheet order: under urusan and bidang, and those without them. */
function programsOf(model: EvaluasiRenjaModel): ErNode[] {
  const out: ErNode[] = [];
  for (const u of model.urusan) {
    for (const b of u.bidang) out.push(...b.program);
    out.push(...u.program);
  }
  for (const b of model.bidang) out.push(...b.program);
  out.push(...model.program);
  return out.sort((a, b) => a.row - b.row);
}

/** The children of a node within the table's totals: rows pasted below the total are no part of it. */
function childrenOf(n: ErNode): ErNode[] {
  const all = n.level === "program" ? n.kegiatan : n.level === "kegiatan" ? n.subKegiatan : [];
  return all.filter((c) => !c.outsideTotals || n.outsideTotals);
}

type Adapted = Program | Kegiatan | SubKegiatan;

/** The sheet's triwulan, and whether its triwulan columns hold realisasi up to each quarter (`s.d. TW II`). */
interface Period {
  triwulan: number;
  cumulative: boolean;
  /** The sheet has the column of every quarter up to its triwulan. */
  allQuarters: boolean;
  /** Quarter Rp cells that validation names as a likely slip (realisasi-total-mismatch's triwulanCell). */
  slips: ReadonlySet<string>;
}

/**
 * The quarter cells validation found to be likely slips: the row's (13) agrees with its parent where that quarter
 * does not, or, on a cumulative form, the latest quarter falls below the one before it where (13) does not; (13) is
 * then the row's realisasi (print34 D3: a typed-over quarter printed 140% in the final report).
 */
function quarterSlips(model: EvaluasiRenjaModel, findings: readonly Finding[]): ReadonlySet<string> {
  const out = new Set<string>();
  const own = findings.filter((f) => f.sheet === model.sheet);
  // On a form whose quarters are cumulative: the latest `s.d. TW` cell, which (13) should repeat, is below the one
  // before it, and (13) is not (erprov42 F1: the quarter's own amount typed there printed in the final report).
  const decreased = new Set(own.filter((f) => f.messageKey === "realisasi-decreased.kumulatif").map((f) => f.cell));
  for (const f of own) {
    const cell = f.params.triwulanCell;
    if (f.rule === "realisasi-total-mismatch" && typeof cell === "string") out.add(cell);
    const repeated = f.params.rumus;
    if (
      f.messageKey === "realisasi-total-mismatch.kumulatif" &&
      typeof repeated === "string" &&
      decreased.has(repeated)
    )
      out.add(repeated);
  }
  return out;
}

/** A program, kegiatan or sub kegiatan as the builders read it, with its whole subtree; one object per row. */
function adapter(period: Period): (n: ErNode) => Adapted {
  const done = new Map<ErNode, Adapted>();
  const adapt = (n: ErNode): Adapted => {
    let out = done.get(n);
    if (!out) {
      out = adaptNode(n, period, adapt);
      done.set(n, out);
    }
    return out;
  };
  return adapt;
}

function adaptNode(n: ErNode, period: Period, adapt: (n: ErNode) => Adapted): Adapted {
  const realisasi = realisasiAnggaran(n, period);
  const unreadable = unreadableBudget(n, realisasi, period);
  const base = {
    name: n.name,
    cell: n.cell,
    row: n.row,
    pagu: n.pagu,
    anggaranKas: [null, null, null, null] as Quarterly,
    realisasi,
    capaian: null,
    levelEvidence: n.levelEvidence,
    ...(n.kode ? { kode: n.kode } : {}),
    ...(unreadable.length > 0 ? { unreadable } : {}),
  };
  const children = childrenOf(n).map(adapt);
  if (n.level === "program") return { ...base, level: "program", kegiatan: children as Kegiatan[] };
  if (n.level === "kegiatan") return { ...base, level: "kegiatan", subKegiatan: children as SubKegiatan[] };
  return { ...base, level: "subKegiatan" };
}

/** The node and every node under it lie in the Sasaran PD's block. */
function whollyIn(n: ErNode, bucket: Bucket, bucketOf: (n: ErNode) => Bucket): boolean {
  return bucketOf(n) === bucket && childrenOf(n).every((c) => whollyIn(c, bucket, bucketOf));
}

/**
 * The part of a node that lies in a Sasaran PD's block: the whole node when it and all below it do, else its
 * children's parts with their sums (null when nothing lies there). A sum's source cell is that of its last part (a
 * NumberCell has one cell): in draft, such a part's figures in the sasaran's tables are marked for an error on
 * that row only, not on the other rows of the part. Tabel 2.2 and Realisasi Anggaran show the whole node, marked
 * by its own row as any other.
 */
function portionOf(
  n: ErNode,
  bucket: Bucket,
  bucketOf: (n: ErNode) => Bucket,
  adapt: (n: ErNode) => Adapted,
): Adapted | null {
  if (whollyIn(n, bucket, bucketOf)) return adapt(n);
  const parts = childrenOf(n)
    .map((c) => portionOf(c, bucket, bucketOf, adapt))
    .filter((c): c is Adapted => c !== null);
  if (parts.length === 0) return null;
  const whole = adapt(n);
  const sums = { pagu: sumCells(parts.map((p) => p.pagu)), realisasi: sumCells(parts.map((p) => p.realisasi)) };
  if (whole.level === "program") return { ...whole, ...sums, kegiatan: parts as Kegiatan[] };
  return { ...(whole as Kegiatan), ...sums, subKegiatan: parts as SubKegiatan[] };
}

/** The highest rows of a Sasaran PD's block: rows in it whose parent is not (a program, or a kegiatan starting it). */
function topsOf(roots: readonly ErNode[], bucket: Bucket, bucketOf: (n: ErNode) => Bucket): ErNode[] {
  const out: ErNode[] = [];
  const walk = (n: ErNode, parentInside: boolean) => {
    const here = bucketOf(n) === bucket;
    if (here && !parentInside) out.push(n);
    for (const c of childrenOf(n)) walk(c, here);
  };
  for (const r of roots) walk(r, false);
  return out;
}

/**
 * A node's indikator, or, for one the form lists without any (a program row that leaves them to its kegiatan), those
 * of the first level below it that has some: the sasaran is measured by what the form measures.
 */
function firstIndikatorOf(n: ErNode): ErNode["indikator"] {
  if (n.indikator.length > 0) return n.indikator;
  return childrenOf(n).flatMap((c) => firstIndikatorOf(c));
}

const RENSTRA_COLUMNS: [keyof RenstraFigures["cells"], ErColumnKey][] = [
  ["target", "targetRenstraK"],
  ["realisasiLalu", "realisasiRenstraK"],
  ["realisasiSdTahun", "realisasiSdTahunK"],
  ["tingkatCapaian", "tingkatCapaianK"],
];

/**
 * The form's K cells that could not be read, as the Pengukuran Kinerja columns the tables take from them: the year's
 * target (8) and the realisasi (13, or the quarters it is the sum of).
 */
function unreadableAsPk(ind: ErIndikator, out: Indikator): ColumnKey[] {
  const keys = (ind.unreadable ?? []) as readonly string[];
  const pk: ColumnKey[] = [];
  if (out.target[3] === null && keys.includes("targetRenjaK")) pk.push("target4");
  if (out.realisasi === null && keys.some((k) => k === "realisasiK" || /^realisasiTw[1-4]K$/.test(k)))
    pk.push("realisasiKinerja");
  return pk;
}

/** The cells of an indikator row's Renstra columns, filled or not. */
function renstraCells(model: EvaluasiRenjaModel, row: number): RenstraFigures["cells"] {
  const out: RenstraFigures["cells"] = {};
  for (const [figure, key] of RENSTRA_COLUMNS) {
    const col = model.columns[key];
    if (col !== undefined) out[figure] = toA1(row, col);
  }
  return out;
}

const ER_TRIWULAN_RP = ["realisasiTw1Rp", "realisasiTw2Rp", "realisasiTw3Rp", "realisasiTw4Rp"];

/**
 * The budget figures the form holds but could not be read, in the view's keys: the pagu (8) Rp, and the realisasi
 * when (13) or a quarter it comes from is unreadable (a SUM over an amount that could not be read). The tables then
 * leave a total over it empty and say why, rather than add up what is left.
 */
function unreadableBudget(n: ErNode, realisasi: MaybeNumber, { triwulan }: Period): ColumnKey[] {
  const keys = (n.unreadable ?? []) as readonly string[];
  if (keys.length === 0) return [];
  const out: ColumnKey[] = [];
  if (n.pagu === null && keys.includes("targetRenjaRp")) out.push("pagu");
  if (realisasi === null && (keys.includes("realisasiRp") || quarterUnreadable(n, triwulan)))
    out.push("realisasiAnggaran");
  return out;
}

/** A triwulan realisasi Rp up to the sheet's triwulan could not be read. */
function quarterUnreadable(n: ErNode, triwulan: number): boolean {
  const keys = (n.unreadable ?? []) as readonly string[];
  return ER_TRIWULAN_RP.slice(0, triwulan).some((k) => keys.includes(k));
}

/**
 * Σ of the triwulan realisasi Rp up to the sheet's triwulan (on a form whose quarters are already cumulative, the
 * latest of them); the year's (13) where a quarter cannot be read, or is a likely slip.
 */
function realisasiAnggaran(n: ErNode, { triwulan, cumulative, allQuarters, slips }: Period): MaybeNumber {
  if (!allQuarters && n.realisasi !== null) return n.realisasi;
  const quarters = n.realisasiTriwulan.slice(0, triwulan);
  if (n.realisasi !== null && quarters.some((q) => q !== null && slips.has(q.cell))) return n.realisasi;
  if (quarterUnreadable(n, triwulan) || quarters.every((q) => q === null)) return n.realisasi;
  if (cumulative) return latest(quarters);
  return sumCells(quarters, n.realisasi?.cell);
}

/**
 * The year's K when the sheet leaves (13) empty: a count's quarters added up, a rate's latest quarter.
 */
function realisasiKinerja(ind: ErIndikator, { triwulan, cumulative }: Period): MaybeNumber {
  const quarters = ind.realisasiTriwulan.slice(0, triwulan);
  if (cumulative || !isCountIndikator(ind)) return latest(quarters);
  if (quarters.every((q) => q === null)) return null;
  return sumCells(quarters);
}

/** The Renstra K cells (6), (7), (14) written as values on an ordered scale. */
function renstraKualitatif(ind: ErIndikator): Pick<RenstraFigures, "kualitatif"> {
  const k = ind.kualitatif;
  const kualitatif: NonNullable<RenstraFigures["kualitatif"]> = {};
  if (k?.targetRenstraK) kualitatif.target = k.targetRenstraK;
  if (k?.realisasiRenstraK) kualitatif.realisasiLalu = k.realisasiRenstraK;
  if (k?.realisasiSdTahunK) kualitatif.realisasiSdTahun = k.realisasiSdTahunK;
  return Object.keys(kualitatif).length > 0 ? { kualitatif } : {};
}

/**
 * The target (8) and the realisasi of the year written as values on an ordered scale (`BB`, `WTP`), where no number
 * stands for them: the year's K (13), else the latest triwulan's (a predikat is not added up).
 */
function kualitatifOf(ind: ErIndikator, out: Indikator, { triwulan }: Period): Indikator["kualitatif"] | null {
  const k = ind.kualitatif;
  if (!k) return null;
  const target = out.target[3] === null && !ind.targetRentang ? k.targetRenjaK : undefined;
  const realisasi =
    out.realisasi === null
      ? (k.realisasiK ??
        ER_TRIWULAN_K_KEYS.slice(0, triwulan)
          .reverse()
          .map((key) => k[key])
          .find((v) => v !== undefined))
      : undefined;
  if (!target && !realisasi) return null;
  return { ...(target ? { target4: target } : {}), ...(realisasi ? { realisasiKinerja: realisasi } : {}) };
}

/** The last filled of the quarters, or null. */
function latest(quarters: readonly MaybeNumber[]): MaybeNumber {
  return [...quarters].reverse().find((q) => q !== null) ?? null;
}
