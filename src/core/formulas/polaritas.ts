/**
 * positif: higher is better (default). negatif: lower is better, variant A `(2T − R) / T` (default for negatif);
 * negatif-b: variant B `T / R`. stabil: closeness to target is best.
 */
export type Polaritas = "positif" | "negatif" | "negatif-b" | "stabil";

export const POLARITAS: readonly Polaritas[] = ["positif", "negatif", "negatif-b", "stabil"];

/**
 * Accept the words finance staff type: `positif`, `Negatif`, `negatif B`, `stabil`, `+`, `-`, and the ways e-SAKIP
 * apps and offices say it (`Maximize`, `Minimize`, `semakin kecil semakin baik`, `makin rendah makin baik`, `lebih
 * kecil lebih baik`, `menurun`).
 */
export function parsePolaritas(text: string | null | undefined): Polaritas | null {
  const words = (text ?? "")
    .toString()
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, "")
    .replace(/[\s_]+/g, " ");
  const t = words.replace(/ /g, "-");
  if (t === "") return null;
  if (t === "positif" || t === "+" || t === "positive" || t === "naik") return "positif";
  if (t === "negatif" || t === "negatif-a" || t === "-" || t === "negative" || t === "turun") return "negatif";
  if (t === "negatif-b" || t === "negative-b") return "negatif-b";
  if (t === "stabil" || t === "stable") return "stabil";
  if (LESS_IS_BETTER.test(words)) return "negatif";
  if (MORE_IS_BETTER.test(words)) return "positif";
  return null;
}

const LESS_IS_BETTER =
  /^(?:minimi[sz]e|min|menurun|(?:se)?makin (?:kecil|rendah|sedikit) (?:se)?makin baik|lebih (?:kecil|rendah|sedikit) lebih baik|lower is better)$/;
const MORE_IS_BETTER =
  /^(?:maximi[sz]e|max|meningkat|(?:se)?makin (?:besar|tinggi|banyak) (?:se)?makin baik|lebih (?:besar|tinggi|banyak) lebih baik|higher is better)$/;
