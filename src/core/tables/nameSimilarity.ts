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

/**
 * The word most sasaran begin with (`Meningkatnya …`, `Terwujudnya …`, `Peningkatan …`): it says a sasaran is one, not
 * which. Left in, it made `Meningkatnya Penempatan Tenaga Kerja …` and `Meningkatnya Kinerja Lembaga dan Aparatur`
 * alike enough to be taken for one renamed.
 */
const SASARAN_WORD =
  /^(?:meningkat\w*|peningkatan|terwujud\w*|perwujudan|tercapai\w*|tercipta\w*|menurun\w*|penurunan|terlaksana\w*|optimal\w*|optimalisasi|tersedia\w*|berkurang\w*|terpenuhi\w*|menguat\w*|penguatan|membaik\w*|semakin)\s+/;

/** Words that join the words of a name and tell nothing of it. */
const JOINING = new Set([
  "dan",
  "yang",
  "pada",
  "di",
  "ke",
  "dari",
  "untuk",
  "serta",
  "dalam",
  "melalui",
  "bagi",
  "terhadap",
]);

/**
 * How alike two sasaran names are, 0..1: without the word they begin with (SASARAN_WORD), the mean of nameSimilarity
 * and the share of words they have in common. Character pairs alone find much alike in any two Indonesian phrases
 * (0,40 for the two above even without `Meningkatnya`); a sasaran renamed keeps most of its words.
 */
export function sasaranSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === y) return x === "" ? 0 : 1;
  const bx = x.replace(SASARAN_WORD, "");
  const by = y.replace(SASARAN_WORD, "");
  if (bx === "" || by === "") return nameSimilarity(x, y);
  return (nameSimilarity(bx, by) + wordsInCommon(bx, by)) / 2;
}

/** Sørensen–Dice over the words of two normalised names, joining words left out. */
function wordsInCommon(x: string, y: string): number {
  const words = (s: string) => new Set(s.split(" ").filter((w) => !JOINING.has(w)));
  const wx = words(x);
  const wy = words(y);
  if (wx.size === 0 || wy.size === 0) return 0;
  let common = 0;
  for (const w of wx) if (wy.has(w)) common++;
  return (2 * common) / (wx.size + wy.size);
}
