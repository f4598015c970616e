import Decimal from "decimal.js";
import { ErColumnKey, ErGroup, erGroupKey } from "../model/columns";
import { ErFigures, ErIndikator, ErNode } from "../model/evaluasiRenja";
import { MaybeNumber } from "../model/types";
import { list, num } from "./modelAccess";

/*
 * The figures of an Evaluasi Renja row by the role of their column group, read defensively (validate never
 * throws): the Rp side of a node, the K side of an indikator.
 */

const TRIWULAN: Partial<Record<ErGroup, number>> = {
  realisasiTw1: 0,
  realisasiTw2: 1,
  realisasiTw3: 2,
  realisasiTw4: 3,
};

/** A node's Rp (unit "Rp") or an indikator's K (unit "K") figure of one group. */
export interface ErSide {
  unit: "Rp" | "K";
  row: number;
  figures: Partial<ErFigures> & { pagu?: MaybeNumber; targetRenja?: MaybeNumber; realisasi?: MaybeNumber };
  unreadable: readonly string[];
}

export function rpSide(node: ErNode): ErSide {
  return { unit: "Rp", row: node.row, figures: node, unreadable: list(node.unreadable) };
}

export function kSide(ind: ErIndikator): ErSide {
  return { unit: "K", row: ind.row, figures: ind, unreadable: list(ind.unreadable) };
}

export function figureOf(side: ErSide, group: ErGroup): MaybeNumber {
  const f = side.figures;
  const q = TRIWULAN[group];
  if (q !== undefined) return (Array.isArray(f.realisasiTriwulan) ? f.realisasiTriwulan[q] : null) ?? null;
  switch (group) {
    case "targetRenja":
      return (side.unit === "Rp" ? f.pagu : f.targetRenja) ?? null;
    case "targetRenstra":
    case "realisasiRenstra":
    case "realisasi":
    case "realisasiSdTahun":
    case "tingkatCapaian":
    case "capaianRenja":
      return f[group] ?? null;
    default:
      return null;
  }
}

/** The column key of a group on this side (`realisasiTw2Rp`, `tingkatCapaianK`). */
export function keyOf(side: ErSide, group: ErGroup): ErColumnKey | null {
  return erGroupKey(group, side.unit);
}

export function isUnreadableFigure(side: ErSide, group: ErGroup): boolean {
  const key = keyOf(side, group);
  return key !== null && side.unreadable.includes(key);
}

export function valueOf(side: ErSide, group: ErGroup): Decimal | null {
  return num(figureOf(side, group));
}
