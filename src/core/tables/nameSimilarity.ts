import { normaliseName } from "./text";

/** Character pairs of a normalised name, counted (`"aa a"` → aa, a␠, ␠a). */
function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/**
 * How alike two names are, 0..1 (Sørensen–Dice over character pairs of the normalised names): 1 for the same name
 * as people retype it, about 0,9 for a corrected typo, below 0,5 for different indikator of one sasaran.
 */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === "" || y === "") return 0;
  if (x === y) return 1;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let common = 0;
  for (const [g, n] of gx) common += Math.min(n, gy.get(g) ?? 0);
  const total = Math.max(1, x.length - 1) + Math.max(1, y.length - 1);
  return (2 * common) / total;
}
