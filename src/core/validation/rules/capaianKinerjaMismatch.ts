import Decimal from "decimal.js";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { Indikator, TargetBatas } from "../../model/types";
import { SheetModel } from "../../model/sheetModel";
import { capaianKinerja, capaianRentang } from "../../formulas/capaianKinerja";
import { Polaritas } from "../../formulas/polaritas";
import { polaritasFromWords } from "../../formulas/polaritasWords";
import { tercapaiKualitatif } from "../../formulas/nilaiKualitatif";
import { formatAngka } from "../../numbers/format";
import { roundsTo, roundTo } from "../../numbers/decimal";
import { cellIn, indikators, list, num, sheetName, shownDecimals } from "../modelAccess";
import { TargetTriwulan, targetTriwulan } from "../indikatorTarget";
import { OpsiValidasi } from "../opsi";

/**
 * The indikator's polaritas: the officer's (the options), else the one the sheet's own capaian follows, else the one
 * its name says (formulas/polaritasWords.ts), else positif (also when the lookup fails).
 */
export function polaritasOf(model: SheetModel, ind: Indikator, opsi: OpsiValidasi): Polaritas {
  return givenPolaritas(ind, opsi) ?? sheetPolaritas(model, ind) ?? polaritasFromWords(ind.name) ?? "positif";
}

/** Tried in this order: positif first, so that a capaian both give (realisasi = target) stays positif. */
const TRIED: Polaritas[] = ["positif", "negatif", "negatif-b"];

/**
 * The polaritas the sheet gives the indikator: the one its POLARITAS column (or its Keterangan, in words) says, else
 * the one its target written as a bound says (`≤ 25`, `maks. 1,5`: negatif; `≥ 80`: positif), else the one whose
 * formula gives the capaian it states, at the precision it shows it (an office that measures "Angka Kematian Ibu"
 * lower-is-better states (2T − R)/T, and that is what it meant). What the sheet says in words comes before what its
 * stated figure fits: a capaian worked out the wrong way (R/T of a maximum) must not decide its own check. Null when
 * the sheet says none and states no capaian, or one that no polaritas gives.
 */
export function sheetPolaritas(model: SheetModel, ind: Indikator): Polaritas | null {
  if (ind.polaritas !== undefined) return ind.polaritas;
  const target = targetTriwulan(model, ind);
  if (target.batas) return target.batas.arah === "maks" ? "negatif" : "positif";
  return fittingPolaritas(ind, target)[0] ?? null;
}

/**
 * The polaritas the sheet tells for the indikator, where it tells one alone: the one its POLARITAS column, Keterangan
 * or bound says, else the only one its stated capaian fits (a capaian that both readings give, realisasi = target,
 * tells none). What another sheet of the workbook tells is weighed against this one's (polaritasLembarLain.ts).
 */
export function toldPolaritas(model: SheetModel, ind: Indikator): Polaritas | null {
  if (ind.polaritas !== undefined) return ind.polaritas;
  const target = targetTriwulan(model, ind);
  if (target.batas) return target.batas.arah === "maks" ? "negatif" : "positif";
  const fits = fittingPolaritas(ind, target);
  return fits.length === 1 ? fits[0] : null;
}

/** The polaritas whose formula gives the capaian the indikator states, at the precision it shows it, in TRIED order. */
function fittingPolaritas(ind: Indikator, target: TargetTriwulan): Polaritas[] {
  // A capaian written as a bound (`>100%`) is no figure a formula is fitted to.
  if (ind.capaianBatas) return [];
  const stated = num(ind.capaian);
  const realisasi = num(ind.realisasi);
  if (stated === null || realisasi === null || (target.value === null && target.rentang === null)) return [];
  const decimals = shownDecimals(ind.capaian);
  const shown = roundTo(stated, decimals);
  return TRIED.filter((polaritas) => {
    const exact = recomputeAgainst(realisasi, target, polaritas);
    return exact !== null && roundsTo(exact, decimals, shown);
  });
}

/** Recomputed capaian kinerja, or null when it cannot be computed (target 0, realisasi 0 for negatif-b). */
export function recomputeCapaianKinerja(realisasi: Decimal, target: Decimal, polaritas: Polaritas): Decimal | null {
  try {
    return capaianKinerja(realisasi, target, polaritas);
  } catch {
    return null;
  }
}

/** Capaian against the target's value, or against its range (inside 100%); null when neither can give one. */
export function recomputeAgainst(realisasi: Decimal, target: TargetTriwulan, polaritas: Polaritas): Decimal | null {
  if (target.value !== null) return recomputeCapaianKinerja(realisasi, target.value, polaritas);
  if (target.rentang === null) return null;
  try {
    return capaianRentang(realisasi, target.rentang.lo, target.rentang.hi, polaritas);
  } catch {
    return null;
  }
}

/** capaian-kinerja-mismatch: the stated capaian equals the recomputed one at the precision it is shown. */
export function capaianKinerjaMismatch(model: SheetModel, opsi: OpsiValidasi = {}): Finding[] {
  const findings: Finding[] = [];
  let yearly: boolean | null = null;
  for (const ind of indikators(model)) {
    const tahunan = capaianTahunanMismatch(model, ind, opsi);
    if (tahunan) findings.push(tahunan);
    const stated = num(ind.capaian);
    const realisasi = num(ind.realisasi);
    const target = targetTriwulan(model, ind);
    const kualitatif = kualitatifMismatch(model, ind, target);
    if (kualitatif) findings.push(kualitatif);
    if (stated === null || realisasi === null || (target.value === null && target.rentang === null)) continue;
    const polaritas = polaritasOf(model, ind, opsi);
    const exact = recomputeAgainst(realisasi, target, polaritas);
    if (exact === null) continue;
    // `>100%`: the recomputed capaian is above it (at the precision the bound is written), as stated.
    if (ind.capaianBatas && meetsBound(exact, stated, ind.capaianBatas)) continue;
    const decimals = shownDecimals(ind.capaian);
    const computed = roundTo(exact, decimals);
    const shown = roundTo(stated, decimals);
    if (roundsTo(exact, decimals, shown)) {
      const doubt = polaritasDoubt(model, ind, opsi, realisasi, target, shown, decimals);
      if (doubt) findings.push(doubt);
      continue;
    }
    // A bound met (`≥ 80` with 85) may be stated as 100%, as a range is measured: both readings are in use.
    if (target.batas && target.value !== null && shown.equals(100) && meetsBound(realisasi, target.value, target.batas))
      continue;
    // Before TW IV, a sheet whose capaian are measured against the year's target (what the LKjIP tables print):
    // its capaian are checked so (calc39 D6: 14,2 against the year's 20 stated 71% was called wrong).
    yearly ??= measuresAgainstYear(model, opsi);
    if (yearly && againstYear(ind, target.triwulan, realisasi, polaritas, decimals, shown)) continue;
    const cell = cellIn(model, ind.row, "capaianKinerja", ind.capaian);
    if (cell === null) continue;
    const { common, said } = statedCapaian(model, ind, cell, {
      computed,
      shown,
      decimals,
      realisasi,
      triwulan: target.triwulan,
      polaritas,
    });
    if (target.value !== null) {
      const against = { target: target.value, desimalTarget: shownDecimals(target.number) };
      findings.push(makeFinding({ ...common, key: "capaian-kinerja-mismatch", params: { ...said, ...against } }));
    } else if (target.rentang !== null) {
      const params = { ...said, rentang: target.rentang.text };
      findings.push(makeFinding({ ...common, key: "capaian-kinerja-mismatch.rentang", params }));
    }
  }
  return findings;
}

/**
 * The sheet measures its stated capaian against the year's target, not the triwulan's: of the indikator whose
 * triwulan and year targets differ and whose capaian tells which it follows, two at least follow the year's and none
 * the triwulan's. One alone tells nothing: a target of the triwulan mistyped (a sign, three zeros too many) makes its
 * indikator look so, and must stay said.
 */
function measuresAgainstYear(model: SheetModel, opsi: OpsiValidasi): boolean {
  let year = 0;
  for (const ind of indikators(model)) {
    const stated = num(ind.capaian);
    const realisasi = num(ind.realisasi);
    const target = targetTriwulan(model, ind);
    const yearTarget = num(list(ind.target)[3] ?? null);
    if (stated === null || realisasi === null || target.value === null || yearTarget === null) continue;
    if (target.triwulan >= 4 || target.value.equals(yearTarget)) continue;
    const decimals = shownDecimals(ind.capaian);
    const shown = roundTo(stated, decimals);
    const polaritas = polaritasOf(model, ind, opsi);
    const fitsTriwulan = follows(realisasi, target.value, polaritas, decimals, shown);
    const fitsYear = follows(realisasi, yearTarget, polaritas, decimals, shown);
    if (fitsTriwulan && !fitsYear) return false;
    if (fitsYear && !fitsTriwulan) year++;
  }
  return year >= 2;
}

/** The stated capaian is R against the TW IV target, at the digits shown, where the report's triwulan is earlier. */
function againstYear(
  ind: Indikator,
  triwulan: number,
  realisasi: Decimal,
  polaritas: Polaritas,
  decimals: number,
  shown: Decimal,
): boolean {
  const year = triwulan < 4 ? num(list(ind.target)[3] ?? null) : null;
  return year !== null && follows(realisasi, year, polaritas, decimals, shown);
}

/** The capaian shown at `decimals` is what R against T gives with the polaritas, rounded (roundsTo). */
function follows(realisasi: Decimal, target: Decimal, polaritas: Polaritas, decimals: number, shown: Decimal): boolean {
  const exact = recomputeCapaianKinerja(realisasi, target, polaritas);
  return exact !== null && roundsTo(exact, decimals, shown);
}

/**
 * The capaian the sheet states against the year's target (`Capaian thd Target Tahunan`, beside the capaian of the
 * report's triwulan): recomputed from the realisasi and the TW IV target, with the indikator's polaritas (esakip36 F5:
 * it was checked against the TW III target, a false warning, and a wrong one went unsaid).
 */
function capaianTahunanMismatch(model: SheetModel, ind: Indikator, opsi: OpsiValidasi): Finding | null {
  const stated = num(ind.capaianTahunan);
  const realisasi = num(ind.realisasi);
  const number = list(ind.target)[3] ?? null;
  const target = num(number);
  if (stated === null || realisasi === null || target === null) return null;
  const polaritas = polaritasOf(model, ind, opsi);
  const exact = recomputeCapaianKinerja(realisasi, target, polaritas);
  if (exact === null) return null;
  const decimals = shownDecimals(ind.capaianTahunan);
  const computed = roundTo(exact, decimals);
  const shown = roundTo(stated, decimals);
  if (roundsTo(exact, decimals, shown)) return null;
  const cell = cellIn(model, ind.row, "capaianTahunan", ind.capaianTahunan);
  if (cell === null) return null;
  const { common, said } = statedCapaian(model, ind, cell, {
    computed,
    shown,
    decimals,
    realisasi,
    triwulan: 4,
    polaritas,
  });
  const against = { target, desimalTarget: shownDecimals(number) };
  return makeFinding({ ...common, key: "capaian-kinerja-mismatch", params: { ...said, ...against } });
}

/** The frame and the figures every capaian-kinerja-mismatch of a stated capaian says. */
function statedCapaian(
  model: SheetModel,
  ind: Indikator,
  cell: string,
  s: {
    computed: Decimal;
    shown: Decimal;
    decimals: number;
    realisasi: Decimal;
    triwulan: number;
    polaritas: Polaritas;
  },
) {
  const common = {
    rule: "capaian-kinerja-mismatch",
    sheet: sheetName(model),
    cell,
    expected: s.computed,
    actual: s.shown,
    level: "indikator",
    name: ind.name,
  } as const;
  const said = {
    cell,
    tertulis: s.shown,
    hitung: s.computed,
    desimal: s.decimals,
    realisasi: s.realisasi,
    desimalRealisasi: shownDecimals(ind.realisasi),
    persen: ind.persen === true,
    triwulan: s.triwulan,
    polaritas: s.polaritas,
  };
  return { common, said };
}

/**
 * A capaian that fits a polaritas nothing else on the sheet says, where the other reading is the likelier one; said
 * with what that other reading gives, until Data Pendukung says which (the tables follow the figure meanwhile, and
 * Data Pendukung's polaritas is left for the officer to fill rather than prefilled with it):
 * - stated R/T (positif) for an indikator whose name says less is better (`Angka Kematian Ibu`, `Tingkat
 *   Pengangguran Terbuka`), with no POLARITAS column or Keterangan: the commonest mistake there is
 *   (`.polaritas-nama`, with the negatif figure);
 * - stated as less is better, (2T − R)/T or T/R, where the workbook's other sheets state the same indikator's capaian
 *   as R/T and its name does not say less is better (`.polaritas-lembar`, with the positif figure; year37 D1: 98,46%
 *   typed for 101,54% is (2T − R)/T, and the tables printed it, silently);
 * - stated T/R (negatif-b) with no POLARITAS, Keterangan or bound, for an indikator whose name does not say less is
 *   better (`Indeks SPBE`, 2,9 against 3 stated 103,45%): R/T turned over looks the same (`.polaritas-capaian`, with
 *   the positif figure; esakip36 F2: a missed target printed Sangat Tinggi, silently). (2T − R)/T, the form's own
 *   lower-is-better formula, is otherwise taken as meant.
 */
export function polaritasInDoubt(model: SheetModel, ind: Indikator, opsi: OpsiValidasi = {}): PolaritasDoubt | null {
  if (givenPolaritas(ind, opsi) !== undefined || ind.polaritas !== undefined) return null;
  if (targetTriwulan(model, ind).batas !== null) return null;
  const stated = sheetPolaritas(model, ind);
  const words = polaritasFromWords(ind.name);
  if (stated === "positif") return words === "negatif" ? { other: "negatif", key: "polaritas-nama" } : null;
  if (stated === null || words === "negatif") return null;
  const elsewhere = opsi.polaritasLembarLain?.(model, ind);
  if (elsewhere?.polaritas === "positif")
    return { other: "positif", key: "polaritas-lembar", lembar: elsewhere.lembar };
  return stated === "negatif-b" ? { other: "positif", key: "polaritas-capaian" } : null;
}

/** Why a stated capaian's polaritas is in doubt, and the reading said beside it. */
export interface PolaritasDoubt {
  other: Polaritas;
  key: "polaritas-nama" | "polaritas-lembar" | "polaritas-capaian";
  /** `.polaritas-lembar`: the other sheets whose capaian follow R/T. */
  lembar?: readonly string[];
}

function polaritasDoubt(
  model: SheetModel,
  ind: Indikator,
  opsi: OpsiValidasi,
  realisasi: Decimal,
  target: TargetTriwulan,
  shown: Decimal,
  decimals: number,
): Finding | null {
  if (target.value === null) return null;
  const doubt = polaritasInDoubt(model, ind, opsi);
  if (doubt === null) return null;
  const other = recomputeCapaianKinerja(realisasi, target.value, doubt.other);
  if (other === null || roundsTo(other, decimals, shown)) return null;
  const cell = cellIn(model, ind.row, "capaianKinerja", ind.capaian);
  if (cell === null) return null;
  const hitung = roundTo(other, decimals);
  const lembar = doubt.lembar ? { lembar: doubt.lembar[0], lainnya: doubt.lembar.length - 1 } : {};
  return makeFinding({
    rule: "capaian-kinerja-mismatch",
    sheet: sheetName(model),
    cell,
    expected: hitung,
    actual: shown,
    level: "indikator",
    name: ind.name,
    key: `capaian-kinerja-mismatch.${doubt.key}`,
    params: { cell, tertulis: shown, hitung, desimal: decimals, nama: ind.name, ...lembar },
  });
}

function givenPolaritas(ind: Indikator, opsi: OpsiValidasi): Polaritas | undefined {
  try {
    return opsi.polaritas?.(ind);
  } catch {
    return undefined;
  }
}

/**
 * A stated capaian on the wrong side of the target for values on an ordered scale (`B` against a target of `BB`
 * stated as 100% or `Tercapai`; `A` against `BB` stated below 100% or `Tidak tercapai`). A realisasi equal to its
 * target says nothing: offices that score the predikat (70,5 against 75, both `BB`) state less than 100% rightly.
 */
function kualitatifMismatch(model: SheetModel, ind: Indikator, target: TargetTriwulan): Finding | null {
  const realisasi = ind.kualitatif?.realisasiKinerja;
  if (!realisasi || !target.kualitatif || realisasi.skala === "ketercapaian") return null;
  const tercapai = tercapaiKualitatif(realisasi, target.kualitatif);
  if (tercapai === null || realisasi.peringkat === target.kualitatif.peringkat) return null;
  const stated = num(ind.capaian);
  const word = ind.kualitatif?.capaianKinerja;
  const statedTercapai =
    stated !== null ? stated.gte(100) : word?.skala === "ketercapaian" ? word.peringkat === 2 : null;
  if (statedTercapai === null || statedTercapai === tercapai) return null;
  const cell = cellIn(model, ind.row, "capaianKinerja", ind.capaian);
  if (cell === null) return null;
  const tertulis =
    stated !== null
      ? `${formatAngka(roundTo(stated, shownDecimals(ind.capaian)), shownDecimals(ind.capaian))}%`
      : (word?.text ?? "");
  const expected = tercapai ? "Tercapai" : "Tidak tercapai";
  return makeFinding({
    rule: "capaian-kinerja-mismatch",
    sheet: sheetName(model),
    cell,
    expected,
    // A stated percentage stays a number, so that each language shows it its own way.
    actual: stated !== null ? roundTo(stated, shownDecimals(ind.capaian)) : tertulis,
    level: "indikator",
    name: ind.name,
    key: tercapai
      ? "capaian-kinerja-mismatch.kualitatif-tercapai"
      : "capaian-kinerja-mismatch.kualitatif-tidak-tercapai",
    params: { cell, tertulis, realisasi: realisasi.nilai, target: target.kualitatif.nilai, triwulan: target.triwulan },
  });
}

/** The realisasi is within a target written as a bound: at least it for `min`, at most it for `maks`. */
function meetsBound(realisasi: Decimal, bound: Decimal, batas: TargetBatas): boolean {
  return batas.arah === "min" ? realisasi.gte(bound) : realisasi.lte(bound);
}
