import { sum } from "../numbers";
import { Kegiatan, MaybeNumber, NumberCell, PengukuranKinerjaModel, Program, Quarterly } from "../model/types";
import { normaliseName } from "./text";

/** Every program of a Pengukuran Kinerja sheet once, and the part of a split program each sasaran lists. */
export interface OwnPrograms {
  programs: Program[];
  /** A program's part under one sasaran, to the whole program (in `programs`). */
  parts: ReadonlyMap<Program, Program>;
}

/** A program as the sheets of one office name it: its code, else its name. */
export function programKey(p: Program): string {
  return p.kode ?? normaliseName(p.name);
}

/**
 * The programs of a Pengukuran Kinerja sheet in sheet order, each once. A program written again under another
 * sasaran with the same figures is the same program listed twice (cascading); written again with other kegiatan
 * (none in common) and other figures, it is one program split over the sasaran it serves, each part with its own
 * kegiatan and pagu: the whole is their sum, and each part is said to be one. Anything else is another program.
 */
export function ownPrograms(model: PengukuranKinerjaModel): OwnPrograms {
  const known = OWN.get(model);
  if (known) return known;
  const groups: Program[][] = [];
  const byKey = new Map<string, Program[][]>();
  for (const t of model.tujuan) {
    for (const s of t.sasaran) {
      for (const p of s.program) {
        const key = programKey(p);
        const same = byKey.get(key) ?? [];
        if (same.some((g) => g.some((q) => sameFigures(p, q)))) continue;
        const split = same.find((g) => g.every((q) => !s.program.includes(q) && disjoint(p, q)));
        if (split) {
          split.push(p);
          continue;
        }
        const group = [p];
        groups.push(group);
        byKey.set(key, [...same, group]);
      }
    }
  }
  const parts = new Map<Program, Program>();
  const programs = groups.map((g) => {
    if (g.length === 1) return g[0];
    const whole = wholeOf(g);
    for (const p of g) parts.set(p, whole);
    return whole;
  });
  const own = { programs, parts };
  OWN.set(model, own);
  return own;
}

const OWN = new WeakMap<PengukuranKinerjaModel, OwnPrograms>();

function sameFigures(a: Program, b: Program): boolean {
  return figure(a.pagu) === figure(b.pagu) && figure(a.realisasi) === figure(b.realisasi);
}

function figure(n: NumberCell | null): string {
  return n === null ? "" : n.value.toString();
}

/** No kegiatan of one is a kegiatan of the other (by code, else by name). */
function disjoint(a: Program, b: Program): boolean {
  const keys = new Set(b.kegiatan.map(kegiatanKey));
  return a.kegiatan.length > 0 && b.kegiatan.length > 0 && a.kegiatan.every((k) => !keys.has(kegiatanKey(k)));
}

function kegiatanKey(k: Kegiatan): string {
  return k.kode ?? normaliseName(k.name);
}

/** The program as a whole: the first part's name and place, every part's kegiatan, each figure the parts' sum. */
function wholeOf(parts: Program[]): Program {
  const [first] = parts;
  const unreadable = [...new Set(parts.flatMap((p) => p.unreadable ?? []))];
  const whole: Program = {
    level: "program",
    name: first.name,
    cell: first.cell,
    row: first.row,
    levelEvidence: first.levelEvidence,
    pagu: sumOf(parts.map((p) => p.pagu)),
    anggaranKas: [0, 1, 2, 3].map((q) => sumOf(parts.map((p) => p.anggaranKas[q] ?? null))) as Quarterly,
    realisasi: sumOf(parts.map((p) => p.realisasi)),
    capaian: null,
    kegiatan: parts.flatMap((p) => p.kegiatan),
  };
  if (first.kode !== undefined) whole.kode = first.kode;
  if (unreadable.length > 0) whole.unreadable = unreadable;
  return whole;
}

/** The parts' figures summed, at the first part's cell; null when a part has none (it is not known then). */
function sumOf(cells: MaybeNumber[]): MaybeNumber {
  if (cells.some((c) => c === null)) return null;
  const known = cells as NumberCell[];
  return {
    value: sum(known.map((c) => c.value)),
    decimals: Math.max(...known.map((c) => c.decimals)),
    cell: known[0].cell,
  };
}
