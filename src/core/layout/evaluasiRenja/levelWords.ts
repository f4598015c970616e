import { Level } from "../../model/types";
import { isUrusanHeading, wordLevel } from "../levelWords";

/**
 * Level by the number of code segments (Permendagri 90/2019): urusan `2`, bidang `2.18`, program `2.18.03`,
 * kegiatan `2.18.03.2.01`, sub kegiatan `2.18.03.2.01.0001`. Four segments say nothing.
 */
export function erCodeLevel(kode: string | undefined): Level | null {
  if (!kode) return null;
  const segments = kode.split(".").filter((s) => s !== "").length;
  switch (segments) {
    case 1:
      return "urusan";
    case 2:
      return "bidang";
    case 3:
      return "program";
    case 5:
      return "kegiatan";
    case 4:
      return null;
    default:
      return "subKegiatan";
  }
}

const NUMBERING = String.raw`(?:(?:[0-9]{1,3}|[A-Za-z]|[IVX]{1,4})[.)]\s+)?`;
const BIDANG = new RegExp(`^${NUMBERING}(?:BIDANG\\s+URUSAN|URUSAN\\s+(?:PEMERINTAHAN\\s+)?BIDANG)\\b`, "i");
const URUSAN = new RegExp(`^${NUMBERING}URUSAN\\b`, "i");
const UNSUR = new RegExp(`^${NUMBERING}UNSUR\\s+(?:PENDUKUNG|PENUNJANG|PENGAWASAN|KEWILAYAHAN|PEMERINTAHAN)\\b`, "i");

/** Level by the words a name starts with: `URUSAN …`, `BIDANG URUSAN …`, then those of the budget rows. */
export function erWordLevel(name: string): Level | null {
  if (BIDANG.test(name)) return "bidang";
  if (UNSUR.test(name) || (URUSAN.test(name) && isUrusanHeading(name))) return "urusan";
  return wordLevel(name);
}

export const LEVEL_ORDER: readonly Level[] = ["urusan", "bidang", "program", "kegiatan", "subKegiatan"];

export function levelBelow(level: Level): Level | null {
  return LEVEL_ORDER[LEVEL_ORDER.indexOf(level) + 1] ?? null;
}

export function levelAbove(level: Level): Level | null {
  return LEVEL_ORDER[LEVEL_ORDER.indexOf(level) - 1] ?? null;
}
