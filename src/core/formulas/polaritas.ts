/**
 * positif: higher is better (default). negatif: lower is better, variant A `(2T − R) / T` (default for negatif);
 * negatif-b: variant B `T / R`. stabil: closeness to target is best.
 */
export type Polaritas = "positif" | "negatif" | "negatif-b" | "stabil";

export const POLARITAS: readonly Polaritas[] = ["positif", "negatif", "negatif-b", "stabil"];

/** Accept the words finance staff type: `positif`, `Negatif`, `negatif B`, `stabil`, `+`, `-`. */
export function parsePolaritas(text: string | null | undefined): Polaritas | null {
  const t = (text ?? "")
    .toString()
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if (t === "") return null;
  if (t === "positif" || t === "+" || t === "positive" || t === "naik") return "positif";
  if (t === "negatif" || t === "negatif-a" || t === "-" || t === "negative" || t === "turun") return "negatif";
  if (t === "negatif-b" || t === "negative-b") return "negatif-b";
  if (t === "stabil" || t === "stable") return "stabil";
  return null;
}
