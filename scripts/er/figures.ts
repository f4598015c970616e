/**
 * The figures an Evaluasi Renja row shows, worked out from the tree: a parent's Rp is the sum of its children's;
 * column 13 is the year so far (Σ triwulan), 14 = 7 + 13, 15 = 14 / 6 × 100. For K, a rate's year is its latest
 * triwulan and its Renstra realisasi is that value (rates do not accumulate).
 */
import Decimal from "decimal.js";
import { ErIndikator, ErNode } from "./model";
import { isRateSatuan } from "./satuan";

export interface RpFigures {
  renstraTarget: number;
  renstraLalu: number;
  pagu: number;
  tw: (number | null)[];
  total: number;
  renstraNow: number;
  capaian: number | null;
}

export interface KFigures {
  rate: boolean;
  total: number | null;
  renstraNow: number | null;
  capaian: number | null;
}

function sum(values: number[]): number {
  return values.reduce((a, v) => a.plus(v), new Decimal(0)).toNumber();
}

export function rpFigures(node: ErNode): RpFigures {
  if (node.children.length === 0) {
    const a = node.anggaran;
    if (!a) throw new Error(`${node.id}: sub kegiatan tanpa anggaran`);
    return finish(a.renstraTarget, a.renstraLalu, a.pagu, a.realisasi);
  }
  const kids = node.children.map(rpFigures);
  const tw = [0, 1, 2, 3].map((q) => {
    const present = kids.map((k) => k.tw[q]).filter((v): v is number => v !== null);
    return present.length === 0 ? null : sum(present);
  });
  return finish(
    sum(kids.map((k) => k.renstraTarget)),
    sum(kids.map((k) => k.renstraLalu)),
    sum(kids.map((k) => k.pagu)),
    tw,
  );
}

function finish(renstraTarget: number, renstraLalu: number, pagu: number, tw: (number | null)[]): RpFigures {
  const total = sum(tw.filter((v): v is number => v !== null));
  const renstraNow = sum([renstraLalu, total]);
  const capaian = renstraTarget === 0 ? null : (renstraNow / renstraTarget) * 100;
  return { renstraTarget, renstraLalu, pagu, tw, total, renstraNow, capaian };
}

export function kFigures(ind: ErIndikator): KFigures {
  const rate = isRateSatuan(ind.satuan);
  const present = ind.realisasi.filter((v): v is number => v !== null);
  if (present.length === 0) return { rate, total: null, renstraNow: null, capaian: null };
  const total = rate ? present[present.length - 1] : sum(present);
  const renstraNow = rate ? total : sum([ind.renstraLalu, total]);
  const capaian = ind.renstraTarget === 0 ? null : (renstraNow / ind.renstraTarget) * 100;
  return { rate, total, renstraNow, capaian };
}
