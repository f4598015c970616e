import { Polaritas, SKALA_PREDIKAT, SkalaPredikat } from "../formulas";

/**
 * Excel formula text (no leading `=`) for the derived cells of the LKjIP tables. They mirror the engine's formulas
 * in src/core/formulas and use only functions LibreOffice evaluates too (IF, ABS, SUM, MIN, MAX, ROUND); every
 * division is guarded so an empty or zero denominator shows an empty cell, never #DIV/0!.
 */

/** `numerator / denominator`, empty when the denominator is 0 or empty. */
export function ratioFormula(numerator: string, denominator: string): string {
  // Joined rather than concatenated: one flat string, not a tree of pieces, for a formula in every row of a table.
  return ["IF(", denominator, '=0,"",', numerator, "/", denominator, ")"].join("");
}

/** Capaian kinerja per polaritas, as in capaianKinerja(). */
export function capaianKinerjaFormula(target: string, realisasi: string, polaritas: Polaritas): string {
  switch (polaritas) {
    case "positif":
      return ratioFormula(realisasi, target);
    case "negatif":
      return `IF(${target}=0,"",(2*${target}-${realisasi})/${target})`;
    case "negatif-b":
      return `IF(${target}=0,"",${ratioFormula(target, realisasi)})`;
    case "stabil":
      return `IF(${target}=0,"",1-ABS(1-${realisasi}/${target}))`;
  }
}

/**
 * Capaian against a target range [lo, hi] (numbers as the cells hold them, a fraction for a percentage): inside
 * 100%, outside measured against the nearer end as capaianKinerjaFormula measures it (formulas/capaianRentang).
 */
export function capaianRentangFormula(lo: number, hi: number, realisasi: string, polaritas: Polaritas): string {
  const against = (end: number) => capaianKinerjaFormula(String(end), realisasi, polaritas);
  return `IF(${realisasi}="","",IF(${realisasi}>${hi},${against(hi)},IF(${realisasi}<${lo},${against(lo)},1)))`;
}

export function sumFormula(refs: string[]): string {
  return `SUM(${refs.join(",")})`;
}

/**
 * Predikat of a capaian cell (a fraction), compared at the precision it is shown (`0.00%`, so 4 places of the
 * fraction), as predikat() on the capaian rounded to 2 decimals of percent points.
 */
export function predikatFormula(capaian: string, skala: SkalaPredikat): string {
  const bands = SKALA_PREDIKAT[skala].band;
  let chain = `"${bands[bands.length - 1].label}"`;
  for (let i = bands.length - 2; i >= 0; i--) {
    const min = bands[i].min;
    if (min === null) continue;
    chain = `IF(ROUND(${capaian},4)>=${min / 100},"${bands[i].label}",${chain})`;
  }
  return `IF(${capaian}="","",${chain})`;
}

/**
 * PMK efisiensi E of one butir from its capaian kinerja and capaian anggaran (both fractions): with PAK × CK − RAK
 * over PAK × CK and RAK = PAK × capaian anggaran this is (CK − capaian anggaran) / CK, CK capped to [0, 100%].
 */
export function efisiensiPmkFormula(capaianKinerja: string, capaianAnggaran: string): string {
  const ck = `MIN(MAX(${capaianKinerja},0),1)`;
  return `IF(${ck}=0,"",(${ck}-${capaianAnggaran})/${ck})`;
}

/** Nilai efisiensi = 50% + (E / 20%) × 50%, with E bounded to [−20%, 20%]. */
export function nilaiEfisiensiFormula(e: string): string {
  return `IF(${e}="","",0.5+MIN(MAX(${e},-0.2),0.2)/0.2*0.5)`;
}
