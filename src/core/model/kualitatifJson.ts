import { NilaiKualitatif } from "./types";

/** An indikator's cells holding a value on an ordered scale, as JSON: column key → the value (`"target4": "BB"`). */
export type NilaiKualitatifJson = Record<string, string>;

export function kualitatifJson(k: Partial<Record<string, NilaiKualitatif>> | undefined): NilaiKualitatifJson | null {
  if (!k) return null;
  const json: NilaiKualitatifJson = {};
  for (const [key, v] of Object.entries(k)) if (v) json[key] = v.nilai;
  return Object.keys(json).length > 0 ? json : null;
}
