import { ColumnKey, ColumnMap } from "../model/columns";
import { HeaderClass, KAS_KEYS, TARGET_KEYS } from "./headerWords";

type Side = "kinerja" | "anggaran";

const KINERJA_ANCHORS: readonly ColumnKey[] = [
  "tujuan",
  "indikatorTujuan",
  "sasaran",
  "indikatorSasaran",
  "formulasi",
  ...TARGET_KEYS,
];
const ANGGARAN_ANCHORS: readonly ColumnKey[] = ["kode", "uraian", "pagu", ...KAS_KEYS];

/**
 * Turn per-column header classes into a ColumnMap. The first column wins when two claim the same key.
 * `REALISASI`, `CAPAIAN` and a bare `TW I` belong to the kinerja or the anggaran half of the table, whichever
 * side of the boundary between the two halves they stand on.
 */
export function resolveColumns(classes: readonly (HeaderClass | null)[]): ColumnMap {
  const map: ColumnMap = {};
  let weakPagu: number | undefined;
  // A pagu before its revision, kept only when no other pagu column (strong or weak) is there.
  let supersededPagu: number | undefined;
  let supersededWeakPagu: number | undefined;
  // Any other key's superseded column (a gross `REALISASI SP2D`): kept only when nothing else claims the key.
  const superseded: ColumnMap = {};
  const pending: { col: number; cls: HeaderClass }[] = [];
  const targetGroups: number[] = [];
  const yearTargets: number[] = [];
  // `TARGET AWAL` beside `TARGET PERUBAHAN`: the target as first set, the year's only where no other is there.
  const originalTargets: number[] = [];
  const kodeColumns: number[] = [];
  // Realisasi anggaran columns up to a quarter (`s/d TW I | s/d TW II …`) and the others (`JUMLAH REALISASI`).
  const upTo: number[] = [];
  let realisasiOfYear: number | undefined;
  classes.forEach((cls, col) => {
    if (!cls) return;
    if (cls.kind === "key" && cls.key === "realisasiAnggaran" && !cls.superseded) {
      if (cls.upTo !== undefined) upTo.push(col);
      else realisasiOfYear ??= col;
    }
    if (cls.kind === "group" && cls.group === "target") (cls.superseded ? originalTargets : targetGroups).push(col);
    if (cls.kind === "group" && cls.tahunan && !cls.superseded) yearTargets.push(col);
    if (cls.kind === "key" && cls.key === "kode" && !cls.superseded) kodeColumns.push(col);
    if (cls.kind === "key") {
      if (cls.superseded && cls.key !== "pagu") superseded[cls.key] ??= col;
      else if (cls.superseded) {
        if (cls.weak) supersededWeakPagu ??= col;
        else supersededPagu ??= col;
      } else if (cls.weak) weakPagu ??= col;
      else if (map[cls.key] === undefined) map[cls.key] = col;
    } else if (cls.kind === "ambiguous" || cls.kind === "quarter") {
      pending.push({ col, cls });
    }
  });
  if (map.pagu === undefined && weakPagu === undefined) {
    if (supersededPagu !== undefined) map.pagu = supersededPagu;
    else weakPagu = supersededWeakPagu;
  }
  const paguForSides = map.pagu ?? weakPagu;
  dropIndikatorKode(map, paguForSides, kodeColumns);
  const sideOf = sideFinder(map, paguForSides);
  for (const { col, cls } of pending) {
    const side = sideOf(col);
    // A plan of action per quarter beside a column of the year's target (`TARGET 2023`): the actions, no targets
    // (esakip36 F3: twenty action texts were read as unreadable targets and the year's target was passed over).
    if (cls.kind === "quarter" && cls.aksi && targetGroups.length > 0) continue;
    // One quarter's own capaian or realisasi in the budget half (TRIWULAN I over CAPAIAN): not the year's.
    if (cls.kind === "ambiguous" && cls.quarter !== undefined && side === "anggaran") continue;
    let key: ColumnKey;
    if (cls.kind === "quarter") key = side === "kinerja" ? TARGET_KEYS[cls.quarter - 1] : KAS_KEYS[cls.quarter - 1];
    else if (cls.kind === "ambiguous" && cls.what === "realisasi")
      key = side === "kinerja" ? "realisasiKinerja" : "realisasiAnggaran";
    else key = side === "kinerja" ? "capaianKinerja" : "capaianAnggaran";
    if (map[key] === undefined) map[key] = col;
  }
  // Several columns up to a quarter: the year's is the report's quarter's, chosen once the title is read (the header's
  // realisasiParts); a column of its own for the year wins.
  if (upTo.length >= 2) {
    if (realisasiOfYear !== undefined) map.realisasiAnggaran = realisasiOfYear;
    else delete map.realisasiAnggaran;
  }
  for (const [key, col] of Object.entries(superseded) as [ColumnKey, number][]) map[key] ??= col;
  // One `TARGET 2024` column and no quarter under any target (a yearly recap): the year's target, which is the
  // target of TW IV.
  // (`TARGET` merged over four quarters is a group word in every column it covers, not one target.)
  // A capaian against the year's target is the sheet's capaian where no other column is.
  if (map.capaianKinerja === undefined && map.capaianTahunan !== undefined) {
    map.capaianKinerja = map.capaianTahunan;
    delete map.capaianTahunan;
  }
  const yearGroups = targetGroups.length > 0 ? targetGroups : originalTargets;
  if (yearGroups.length === 1 && TARGET_KEYS.every((k) => map[k] === undefined)) map.target4 = yearGroups[0];
  // `TARGET TAHUNAN` beside `TARGET S/D TW III`: the year's target is TW IV's (esakip36 F5: it was dropped, and the
  // tables took the target up to TW III for the year's).
  else if (yearTargets.length === 1 && map.target4 === undefined) map.target4 = yearTargets[0];
  // `ANGGARAN` alone is the pagu only in a budget half that has kas or realisasi next to it.
  if (map.pagu === undefined && weakPagu !== undefined) {
    const budgetContext = KAS_KEYS.some((k) => map[k] !== undefined) || map.realisasiAnggaran !== undefined;
    if (budgetContext && !Object.values(map).includes(weakPagu)) map.pagu = weakPagu;
  }
  return map;
}

/**
 * A KODE column among the kinerja half's columns (`Kode` | `Indikator Kinerja` holding `IKU 1.1`, as e-SAKIP exports
 * write it) is the indikator's code, when the program names and their pagu stand right of the kinerja half: it is no
 * budget column (the budget's own is a KODE right of the kinerja half, `Kode Rekening`), and taken for one it moved
 * the halves' boundary, so that the indikator's realisasi per quarter was
 * read as the realisasi anggaran (esakip36 F1).
 */
function dropIndikatorKode(map: ColumnMap, pagu: number | undefined, kodeColumns: readonly number[]): void {
  const kode = map.kode;
  if (kode === undefined) return;
  const kinerja = KINERJA_ANCHORS.map((k) => map[k]).filter((c): c is number => c !== undefined);
  if (kinerja.length === 0) return;
  const kinerjaEnd = Math.max(...kinerja);
  const budget = [map.uraian, pagu].filter((c): c is number => c !== undefined);
  if (!(kode < kinerjaEnd && budget.length > 0 && Math.min(...budget) > kinerjaEnd)) return;
  // The budget's own KODE (`Kode Rekening`) further right, when there is one.
  const budgetKode = kodeColumns.find((c) => c > kinerjaEnd);
  if (budgetKode === undefined) delete map.kode;
  else map.kode = budgetKode;
}

function sideFinder(map: ColumnMap, pagu: number | undefined): (col: number) => Side {
  const indices = (keys: readonly ColumnKey[]) =>
    keys.map((k) => (k === "pagu" ? pagu : map[k])).filter((c): c is number => c !== undefined);
  const kinerja = indices(KINERJA_ANCHORS);
  const anggaran = indices(ANGGARAN_ANCHORS);
  return (col) => {
    if (anggaran.length === 0) return "kinerja";
    if (kinerja.length === 0) return "anggaran";
    const [kMin, kMax] = [Math.min(...kinerja), Math.max(...kinerja)];
    const [aMin, aMax] = [Math.min(...anggaran), Math.max(...anggaran)];
    if (kMax < aMin) return col < aMin ? "kinerja" : "anggaran";
    if (aMax < kMin) return col < kMin ? "anggaran" : "kinerja";
    const distance = (list: number[]) => Math.min(...list.map((c) => Math.abs(c - col)));
    return distance(anggaran) < distance(kinerja) ? "anggaran" : "kinerja";
  };
}
