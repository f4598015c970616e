import { DataIndikator, DataPendukung, DataProgram, DataSasaran } from "../model/dataPendukung";
import { Indikator, Program, Sasaran, PengukuranKinerjaModel } from "../model/types";
import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";
import { nameSimilarity, sasaranSimilarity } from "./nameSimilarity";
import { isUnnamedLabel, normaliseName } from "./text";
import { asLkjipSource, LkjipSource, sourcePrograms } from "./lkjipSource";

/** How a Data Pendukung row was matched to an item of the source sheet. */
export type MatchHow = "kode" | "nama" | "posisi" | "kemiripan";

export interface Matched<T> {
  data: T;
  how: MatchHow;
  /** False for a match by position or similar name: reported, for the officer to confirm. */
  certain: boolean;
}

export interface DataPendukungMatch {
  indikator: Map<Indikator, Matched<DataIndikator>>;
  program: Map<Program, Matched<DataProgram>>;
  sasaran: Map<Sasaran, Matched<DataSasaran>>;
  /** Data Pendukung rows no item of the source sheet matches: kept in the sheet, unused, reported. */
  orphans: { kind: "indikator" | "program" | "sasaran"; name: string; cell: string; row: number | undefined }[];
  /** data-pendukung-orphan and data-pendukung-uncertain findings. */
  findings: Finding[];
}

/**
 * At the same place, names at least this alike are the same indikator renamed (the office renamed "Persentase
 * Pertumbuhan Penanaman Modal" to "Persentase Potensi dan Peluang Investasi yang Dipromosikan" between the 2021
 * and 2022 seeds: 0,43). Such a match is always reported for the officer to confirm.
 */
const SAME_PLACE_SIMILARITY = 0.3;
/** Elsewhere, only a name this alike is taken for the same item. */
const ELSEWHERE_SIMILARITY = 0.75;

export const EMPTY_MATCH: DataPendukungMatch = {
  indikator: new Map(),
  program: new Map(),
  sasaran: new Map(),
  orphans: [],
  findings: [],
};

/**
 * Which Data Pendukung row belongs to which indikator, program and sasaran of the source sheet. A cell address is
 * not stable (rows move between quarters), so: by kode where both have one (programs); by the same name as people
 * retype it; else by the position of the sasaran and the indikator in the source (n-th sasaran, its m-th indikator)
 * with names still alike, or by a very alike name elsewhere. Matches of the last two kinds are reported for the
 * officer to confirm; rows matching nothing are reported and left where they are. The source is a Pengukuran
 * Kinerja sheet or an Evaluasi Renja one seen through fromEvaluasiRenja: the same rules match both (an Evaluasi
 * Renja export's program codes match by kode).
 */
export function matchDataPendukung(
  source: PengukuranKinerjaModel | LkjipSource,
  dp: DataPendukung | null,
  dpSheet: string,
): DataPendukungMatch {
  if (!dp) return { ...EMPTY_MATCH, indikator: new Map(), program: new Map(), sasaran: new Map() };
  const lkjip = asLkjipSource(source);
  const model = lkjip.model;
  const out: DataPendukungMatch = {
    indikator: matchIndikator(model, dp.indikator),
    program: matchPrograms(sourcePrograms(lkjip), dp.program ?? []),
    sasaran: matchSasaran(model, dp.sasaran ?? []),
    orphans: [],
    findings: [],
  };
  const used = <T>(m: Map<unknown, Matched<T>>) => new Set([...m.values()].map((v) => v.data));
  // A row unused because a later row names the same item is no orphan: the officer is told which row is used.
  const duplicates: Finding[] = [];
  const unused = <T extends { cell: string; row?: number }>(
    kind: "indikator" | "program" | "sasaran",
    rows: readonly T[],
    matched: Map<unknown, Matched<T>>,
    nameOf: (d: T) => string,
  ) => {
    const taken = used(matched);
    const byName = new Map([...taken].map((d) => [normaliseName(nameOf(d)), d]));
    for (const d of rows) {
      if (taken.has(d)) continue;
      const twin = normaliseName(nameOf(d)) !== "" ? byName.get(normaliseName(nameOf(d))) : undefined;
      if (twin) duplicates.push(duplicateFinding(kind, nameOf(d), d.cell, twin.cell, dpSheet));
      else out.orphans.push({ kind, name: nameOf(d), cell: d.cell, row: d.row });
    }
  };
  unused("indikator", dp.indikator, out.indikator, (d) => d.indikator);
  unused("program", dp.program ?? [], out.program, (d) => d.program);
  unused("sasaran", dp.sasaran ?? [], out.sasaran, (d) => d.sasaran);
  for (const o of out.orphans) out.findings.push(orphanFinding(o, dpSheet, model.sheet));
  out.findings.push(...duplicates);
  for (const [ind, m] of out.indikator) {
    if (!m.certain) out.findings.push(uncertainFinding("indikator", ind.name, ind.cell, m, dpSheet, model.sheet));
  }
  for (const [p, m] of out.program) {
    if (!m.certain) out.findings.push(uncertainFinding("program", p.name, p.cell, m, dpSheet, model.sheet));
  }
  for (const [s, m] of out.sasaran) {
    if (!m.certain) out.findings.push(uncertainFinding("sasaran", s.name, s.cell, m, dpSheet, model.sheet));
  }
  return out;
}

interface Placed<T> {
  item: T;
  name: string;
  sasaran: string;
  /** n-th sasaran, m-th indikator under it. */
  place: string;
}

/** Every indikator of the source with its place: `2.1` is the first indikator of the second sasaran. */
function sourceIndikator(model: PengukuranKinerjaModel): Placed<Indikator>[] {
  const out: Placed<Indikator>[] = [];
  let s = 0;
  for (const t of model.tujuan) {
    for (const sasaran of t.sasaran) {
      s++;
      sasaran.indikator.forEach((ind, i) =>
        out.push({ item: ind, name: ind.name, sasaran: sasaran.name, place: `${s}.${i + 1}` }),
      );
    }
  }
  return out;
}

/**
 * Data Pendukung rows with their place: the source's number of the sasaran they are under (the same name, else the
 * most alike, else the one in the same order) and their order under it. The order is that of the rows' numbers in
 * the No column when every row has its own (the template numbers them in the source's order, and a sort of the table
 * takes them along), else the order of the rows in the sheet.
 */
function dataIndikator(rows: DataIndikator[], model: PengukuranKinerjaModel): Placed<DataIndikator>[] {
  const sources = model.tujuan.flatMap((t) => t.sasaran.map((s) => s.name));
  // A source sasaran Data Pendukung names as it is is that row's: no other name is placed on it for being alike
  // (`Meningkatnya Perlindungan Tenaga Kerja`, reworded in the source, is not `Meningkatnya Penempatan Tenaga Kerja`).
  const named = new Set(rows.map((d) => normaliseName(d.sasaran)));
  const open = sources.map((s) => !named.has(normaliseName(s)));
  const sasaranNo = new Map<string, number>();
  const count = new Map<string, number>();
  return inNumberedOrder(rows).map((d) => {
    const key = normaliseName(d.sasaran);
    if (!sasaranNo.has(key)) sasaranNo.set(key, placeOfSasaran(d.sasaran, sasaranNo.size, sources, open));
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    return { item: d, name: d.indikator, sasaran: d.sasaran, place: `${sasaranNo.get(key)}.${n}` };
  });
}

function inNumberedOrder<T extends { no?: number }>(rows: T[]): T[] {
  const numbers = new Set(rows.map((d) => d.no));
  if (numbers.has(undefined) || numbers.size < rows.length) return rows;
  return [...rows].sort((a, b) => (a.no as number) - (b.no as number));
}

/**
 * 1-based number of the source sasaran a Data Pendukung sasaran name stands for: the same name, else the most alike
 * of those no Data Pendukung row names as they are (`open`), else the one in the same order.
 */
function placeOfSasaran(name: string, order: number, sources: string[], open: readonly boolean[]): number {
  const same = sources.findIndex((s) => normaliseName(s) === normaliseName(name));
  if (same >= 0) return same + 1;
  let best = -1;
  let alike = SAME_PLACE_SIMILARITY;
  sources.forEach((s, i) => {
    if (!open[i]) return;
    const a = sasaranSimilarity(s, name);
    if (a >= alike) {
      best = i;
      alike = a;
    }
  });
  return best >= 0 ? best + 1 : order + 1;
}

/** Whether the sasaran of a place (`4.2` → 4) has as many indikator rows in Data Pendukung as in the source. */
function sameCountsPerSasaran(sources: Placed<unknown>[], data: Placed<unknown>[]): (place: string) => boolean {
  const count = (list: Placed<unknown>[]) => {
    const n = new Map<string, number>();
    for (const p of list) {
      const sasaran = p.place.split(".")[0];
      n.set(sasaran, (n.get(sasaran) ?? 0) + 1);
    }
    return n;
  };
  const [inSource, inData] = [count(sources), count(data)];
  return (place) => {
    const sasaran = place.split(".")[0];
    return inSource.get(sasaran) === inData.get(sasaran);
  };
}

function matchIndikator(model: PengukuranKinerjaModel, rows: DataIndikator[]): Map<Indikator, Matched<DataIndikator>> {
  const result = new Map<Indikator, Matched<DataIndikator>>();
  const sources = sourceIndikator(model);
  const data = dataIndikator(rows, model);
  const free = new Set(data);
  // 1. The same name (preferring the same sasaran, then the same place).
  for (const s of sources) {
    const name = normaliseName(s.name);
    if (name === "") continue;
    const same = data.filter((d) => free.has(d) && normaliseName(d.name) === name);
    if (same.length === 0) continue;
    const best =
      lastOf(same.filter((d) => normaliseName(d.sasaran) === normaliseName(s.sasaran))) ??
      lastOf(same.filter((d) => d.place === s.place)) ??
      lastOf(same)!;
    free.delete(best);
    result.set(s.item, { data: best.item, how: "nama", certain: true });
  }
  // 2. The same place with a name still alike (or a source without a name), else a very alike name: best first.
  const pairs: { s: Placed<Indikator>; d: Placed<DataIndikator>; score: number; how: MatchHow; certain: boolean }[] =
    [];
  // Places under a sasaran hold only while it lists as many indikator in both: after one is added or dropped in the
  // source, the m-th is another one.
  const placesHold = sameCountsPerSasaran(sources, data);
  const named = sources.filter((s) => normaliseName(s.name) !== "");
  // A name the officer gave in Data Pendukung that is no name of the source's (not even alike): the name of an
  // indikator the source leaves unnamed, under the same sasaran, wherever its row now stands (a row above it deleted).
  const givenName = (d: Placed<DataIndikator>) =>
    normaliseName(d.name) !== "" && !named.some((s) => nameSimilarity(s.name, d.name) >= ELSEWHERE_SIMILARITY);
  for (const s of sources) {
    if (result.has(s.item)) continue;
    for (const d of free) {
      const samePlace = d.place === s.place;
      const sasaranAlike = sasaranSimilarity(s.sasaran, d.sasaran);
      if (normaliseName(s.name) === "") {
        // An indikator the source leaves unnamed: the officer may name it in Data Pendukung; only its place says,
        // and it is reported unless the place surely is the same. A row holding the source's own name (the
        // template's read-only cell, not its label of an unnamed one) is a named indikator's, gone from the source:
        // never this one's. One the officer named in the input cell is such an indikator's under the same sasaran,
        // however that sasaran was reworded.
        if (d.item.nameTyped === false && normaliseName(d.name) !== "" && !isUnnamedLabel(d.name)) continue;
        if (samePlace && (sasaranAlike >= SAME_PLACE_SIMILARITY || d.item.nameTyped === true)) {
          const certain = sasaranAlike === 1 && placesHold(s.place);
          pairs.push({ s, d, score: 1 + sasaranAlike, how: "posisi", certain });
        } else if (
          (sasaranAlike === 1 || (d.item.nameTyped === true && sameSasaran(s.place, d.place))) &&
          givenName(d)
        ) {
          // Above a named indikator's weakly alike row at the same place (score below 1.9), reported.
          pairs.push({ s, d, score: 1.9 - 0.01 * placeDistance(s.place, d.place), how: "posisi", certain: false });
        }
        continue;
      }
      if (normaliseName(d.name) === "") {
        // A Data Pendukung row whose indikator cell was cleared: its place alone, reported.
        if (samePlace && sasaranAlike >= SAME_PLACE_SIMILARITY)
          pairs.push({ s, d, score: 1 + sasaranAlike, how: "posisi", certain: false });
        continue;
      }
      const alike = nameSimilarity(s.name, d.name);
      if (samePlace && alike >= SAME_PLACE_SIMILARITY) {
        pairs.push({ s, d, score: 1 + alike + 0.1 * sasaranAlike, how: "posisi", certain: false });
      } else if (alike >= ELSEWHERE_SIMILARITY) {
        pairs.push({ s, d, score: alike + 0.1 * sasaranAlike, how: "kemiripan", certain: false });
      }
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  for (const p of pairs) {
    if (result.has(p.s.item) || !free.has(p.d)) continue;
    free.delete(p.d);
    result.set(p.s.item, { data: p.d.item, how: p.how, certain: p.certain });
  }
  return result;
}

/** Two places under the same source sasaran (`4.1` and `4.2`), its name reworded or not. */
function sameSasaran(a: string, b: string): boolean {
  return a.split(".")[0] === b.split(".")[0];
}

/** How many rows apart two places under one sasaran are (`4.2` and `4.3`: 1). */
function placeDistance(a: string, b: string): number {
  return Math.abs(Number(a.split(".")[1]) - Number(b.split(".")[1]));
}

function kodeOf(s: string | undefined): string {
  return (s ?? "").replace(/\s+/g, "").replace(/\.+$/, "");
}

function matchPrograms(programs: Program[], rows: DataProgram[]): Map<Program, Matched<DataProgram>> {
  const result = new Map<Program, Matched<DataProgram>>();
  const free = new Set(rows);
  const take = (p: Program, d: DataProgram, how: MatchHow, certain: boolean) => {
    free.delete(d);
    result.set(p, { data: d, how, certain });
  };
  for (const p of programs) {
    const kode = kodeOf(p.kode);
    const d = kode ? [...free].find((r) => kodeOf(r.kode) === kode) : undefined;
    if (d) take(p, d, "kode", true);
  }
  for (const p of programs) {
    if (result.has(p)) continue;
    const d = lastOf([...free].filter((r) => normaliseName(r.program) === normaliseName(p.name)));
    if (d && normaliseName(p.name) !== "") take(p, d, "nama", true);
  }
  const open = programs.filter((p) => !result.has(p));
  const extended = extendedNames(open, [...free]);
  const pairs = open
    .flatMap((p) =>
      [...free].map((d) => ({
        p,
        d,
        alike: Math.max(nameSimilarity(p.name, d.program), extended(p, d) ? ELSEWHERE_SIMILARITY : 0),
      })),
    )
    .filter((x) => x.alike >= ELSEWHERE_SIMILARITY)
    .sort((a, b) => b.alike - a.alike);
  for (const x of pairs) if (!result.has(x.p) && free.has(x.d)) take(x.p, x.d, "kemiripan", false);
  return result;
}

/**
 * A program whose name was lengthened or shortened in the source (`PROGRAM PENEMPATAN TENAGA KERJA` → `… DAN
 * PERLUASAN KESEMPATAN KERJA`): one name is the other's first words, three at least, and no other program or row
 * shares that tie. Reported as a match by name likeness.
 */
function extendedNames(programs: Program[], rows: DataProgram[]): (p: Program, d: DataProgram) => boolean {
  const words = (t: string) => normaliseName(t).split(" ").filter(Boolean);
  const startsWith = (a: string[], b: string[]) =>
    b.length >= 3 && b.length < a.length && b.every((w, i) => a[i] === w);
  const ties = (p: Program, d: DataProgram) => {
    const [a, b] = [words(p.name), words(d.program)];
    return startsWith(a, b) || startsWith(b, a);
  };
  return (p, d) =>
    ties(p, d) && rows.filter((r) => ties(p, r)).length === 1 && programs.filter((q) => ties(q, d)).length === 1;
}

function matchSasaran(model: PengukuranKinerjaModel, rows: DataSasaran[]): Map<Sasaran, Matched<DataSasaran>> {
  const sasaran = model.tujuan.flatMap((t) => t.sasaran);
  const result = new Map<Sasaran, Matched<DataSasaran>>();
  const free = new Set(rows);
  for (const s of sasaran) {
    const d = lastOf([...free].filter((r) => normaliseName(r.sasaran) === normaliseName(s.name)));
    if (d && normaliseName(s.name) !== "") {
      free.delete(d);
      result.set(s, { data: d, how: "nama", certain: true });
    }
  }
  const pairs = sasaran
    .flatMap((s, i) =>
      inNumberedOrder(rows).map((d, j) => {
        const alike = sasaranSimilarity(s.name, d.sasaran);
        const samePlace = i === j;
        const ok = samePlace ? alike >= SAME_PLACE_SIMILARITY : alike >= ELSEWHERE_SIMILARITY;
        return { s, d, ok, score: alike + (samePlace ? 1 : 0), how: (samePlace ? "posisi" : "kemiripan") as MatchHow };
      }),
    )
    .filter((x) => x.ok && !result.has(x.s) && free.has(x.d))
    .sort((a, b) => b.score - a.score);
  for (const x of pairs) {
    if (result.has(x.s) || !free.has(x.d)) continue;
    free.delete(x.d);
    result.set(x.s, { data: x.d, how: x.how, certain: false });
  }
  return result;
}

/** The last of the rows (the one added latest), or undefined. */
function lastOf<T>(rows: readonly T[]): T | undefined {
  return rows.length > 0 ? rows[rows.length - 1] : undefined;
}

/**
 * Two Data Pendukung rows naming one item (an officer renamed an old row to the name a new row was added for): the
 * later row's entries are used, and the earlier row is named, with the row that is used (dp35 D1: the older entry
 * was used silently, and the later row was called unmatched).
 */
function duplicateFinding(
  kind: "indikator" | "program" | "sasaran",
  name: string,
  cell: string,
  usedCell: string,
  dpSheet: string,
): Finding {
  return makeFinding({
    rule: "data-pendukung-uncertain",
    sheet: dpSheet,
    cell,
    expected: name || null,
    actual: name || null,
    level: kind,
    name,
    key: "data-pendukung-uncertain.duplicate",
    params: { cell, sheet: dpSheet, tingkat: kind, nama: name, dipakai: usedCell },
  });
}

function orphanFinding(o: DataPendukungMatch["orphans"][number], dpSheet: string, sourceSheet: string): Finding {
  const base = {
    rule: "data-pendukung-orphan" as const,
    sheet: dpSheet,
    cell: o.cell,
    actual: o.name || null,
    level: o.kind,
    name: o.name,
  };
  const params = { cell: o.cell, sheet: dpSheet, tingkat: o.kind, sumber: sourceSheet };
  return o.name
    ? makeFinding({ ...base, key: "data-pendukung-orphan", params: { ...params, nama: o.name } })
    : makeFinding({ ...base, key: "data-pendukung-orphan.unnamed", params });
}

function uncertainFinding(
  kind: "indikator" | "program" | "sasaran",
  name: string,
  cell: string,
  m: Matched<{ cell: string }>,
  dpSheet: string,
  sourceSheet: string,
): Finding {
  const dpName =
    "indikator" in m.data
      ? (m.data as DataIndikator).indikator
      : "program" in m.data
        ? (m.data as DataProgram).program
        : (m.data as DataSasaran).sasaran;
  const base = {
    rule: "data-pendukung-uncertain" as const,
    sheet: dpSheet,
    cell: m.data.cell,
    expected: name || null,
    actual: dpName || null,
    level: kind,
    name,
  };
  const params = {
    tingkat: kind,
    sumberCell: cell,
    sumber: sourceSheet,
    cell: m.data.cell,
    sheet: dpSheet,
    namaDp: dpName,
  };
  if (!name) return makeFinding({ ...base, key: "data-pendukung-uncertain.unnamed", params });
  const key = m.how === "posisi" ? "data-pendukung-uncertain.place" : "data-pendukung-uncertain.similar";
  return makeFinding({ ...base, key, params: { ...params, nama: name } });
}
