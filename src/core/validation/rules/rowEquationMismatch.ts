import Decimal from "decimal.js";
import { ErGroup } from "../../model/columns";
import { ErIndikator, ErNode, EvaluasiRenjaModel } from "../../model/evaluasiRenja";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { D, roundsTo, roundTo } from "../../numbers/decimal";
import { BudgetFacts, budgetFacts, parentRows } from "../budgetFacts";
import { RowEquation, rowEquations } from "../erEquations";
import { ErSide, figureOf, isUnreadableFigure, keyOf, kSide, rpSide, valueOf } from "../erFigures";
import { cellIn, list, sameRupiah, sheetName, shortName, shownDecimals, sumOf } from "../modelAccess";
import { slipColumn } from "../slipColumn";
import { OpsiValidasi } from "../opsi";
import { isCountIndikator } from "../../formulas/satuan";

/**
 * A tingkat capaian is compared at the digits it shows, but at most this many: a formula's result in a General
 * cell carries all the digits of a double, and the last of them are the floating point's, not the sheet's.
 */
const MAX_COMPARED_DECIMALS = 8;

/**
 * realisasi-total-mismatch (13 = 9 + 10 + 11 + 12; where the quarters are written up to each quarter, 13 = the report's
 * quarter), renstra-total-mismatch (14 = 7 + 13) and
 * tingkat-capaian-mismatch (15 = 14 / 6 × 100, at the precision shown), in the groups the sheet's own row of column
 * numbers states (erEquations.ts). Always on the Rp figures of every node; on an indikator's K figures the sums only
 * when its satuan is a count (satuan.ts): the quarters of a rate or score do not add up; (15) whatever the satuan. A
 * value that cannot be read silences the equation it is in; a sum whose operands are all empty is absent, and so is
 * not compared.
 */
export function rowEquationMismatch(
  model: SheetModel,
  _opsi?: OpsiValidasi,
  facts: BudgetFacts = budgetFacts(model),
): Finding[] {
  if (model.layout !== "evaluasi-renja") return [];
  const equations = rowEquations(model);
  const findings: Finding[] = [];
  let parents: Int32Array | undefined;
  for (let i = 0; i < facts.refs.length; i++) {
    const er = facts.refs[i].node as ErNode;
    const slip = (off: Decimal) => quarterSlip(model, facts, (parents ??= parentRows(facts)), i, off);
    for (const eq of equations) {
      const f = check(model, eq, rpSide(er), er, null, slip);
      if (f) findings.push(f);
    }
    for (const ind of list(er.indikator)) {
      if (!ind || typeof ind !== "object") continue;
      const count = isCountIndikator(ind);
      for (const eq of equations) {
        // The quarters of a rate or a score do not add up: (13) and (14) are sums of a count's K only, while
        // (15) = (14) / (6) × 100 holds for every satuan.
        if ("sum" in eq && !count) continue;
        // A count's K written up to each quarter may restart or be the quarter's own: only its Rp is held to it.
        if ("kumulatif" in eq && eq.kumulatif) continue;
        const f = check(model, eq, kSide(ind), er, ind);
        if (f) findings.push(f);
      }
    }
  }
  return findings;
}

/**
 * On a sheet written in thousands (or millions) of rupiah, two amounts that show the same in the sheet's unit at the
 * precision shown (`318.608` for 318.607,84 and 318.607,85 ribu): the difference is the rounding of the figures the
 * officer typed, below what the sheet shows, not a mistake in the sum. A sheet in full rupiah is compared exactly.
 */
function sameAsShownInUnit(a: Decimal, b: Decimal, model: EvaluasiRenjaModel, decimals: number): boolean {
  const factor = model.rupiahUnit?.factor ?? 1;
  if (!(factor > 1)) return false;
  return roundTo(a.div(factor), decimals).equals(roundTo(b.div(factor), decimals));
}

/** (13) equal to the report's quarters and the later ones together: the form's sum, the later figures said apart. */
function addsLaterQuarters(side: ErSide, later: ErGroup[], total: Decimal, stated: Decimal, k: boolean): boolean {
  if (later.some((g) => isUnreadableFigure(side, g))) return false;
  const all = later.reduce((a, g) => a.plus(valueOf(side, g) ?? 0), total);
  return k ? all.equals(stated) : sameRupiah(all, stated);
}

function cellOf(model: EvaluasiRenjaModel, side: ErSide, group: ErGroup): string | null {
  const key = keyOf(side, group);
  return key === null ? null : cellIn(model, side.row, key, figureOf(side, group));
}

function hasColumn(model: EvaluasiRenjaModel, side: ErSide, group: ErGroup): boolean {
  const key = keyOf(side, group);
  return key !== null && model.columns[key] !== undefined;
}

function check(
  model: EvaluasiRenjaModel,
  eq: RowEquation,
  side: ErSide,
  node: ErNode,
  ind: ErIndikator | null,
  slip?: (off: Decimal) => QuarterSlip | null,
): Finding | null {
  const operands = "sum" in eq ? eq.sum : [eq.ratio.numerator, eq.ratio.denominator];
  if ([eq.target, ...operands].some((g) => isUnreadableFigure(side, g))) return null;
  // A column the sheet does not have (a form split over two sheets, TW I–II on one): the equation cannot be
  // checked here, and a sum without it is not what the form states.
  if (operands.some((g) => !hasColumn(model, side, g))) return null;
  const stated = valueOf(side, eq.target);
  if (stated === null) return null;
  // (13) Rp left empty beside a (14): its missing-value says it; (14) = (7) + nothing is no second finding (find32).
  if (eq.target === "realisasiSdTahun" && side.unit === "Rp" && "sum" in eq && eq.sum.includes("realisasi"))
    if (valueOf(side, "realisasi") === null) return null;
  const cell = cellOf(model, side, eq.target);
  if (cell === null) return null;
  const cells = operands.map((g) => cellOf(model, side, g) ?? "?");
  const about = ind ? { level: "indikator", name: ind.name } : { level: node.level, name: node.name };
  const base = { rule: eq.rule, sheet: sheetName(model), cell, ...about };
  if ("sum" in eq) {
    const values = eq.sum.map((g) => valueOf(side, g)).filter((v): v is Decimal => v !== null);
    if (values.length === 0) return null;
    const total = values.reduce((a, v) => a.plus(v), new D(0));
    if (ind ? total.equals(stated) : sameRupiah(total, stated)) return null;
    if (eq.later && addsLaterQuarters(side, eq.later, total, stated, ind !== null)) return null;
    if (!ind && sameAsShownInUnit(total, stated, model, shownDecimals(figureOf(side, eq.target)))) return null;
    const rumus = cells.join(" + ");
    if (!ind) {
      const params = { cell, tertulis: stated, rumus, hitung: total, selisih: stated.minus(total).abs() };
      if (eq.kumulatif) {
        const key = "realisasi-total-mismatch.kumulatif";
        const triwulan = model.triwulan ?? 4;
        return makeFinding({ ...base, expected: total, actual: stated, key, params: { ...params, triwulan } });
      }
      if (eq.rule !== "realisasi-total-mismatch")
        return makeFinding({ ...base, expected: total, actual: stated, key: "renstra-total-mismatch", params });
      const at = slip?.(total.minus(stated));
      return at
        ? makeFinding({
            ...base,
            expected: total,
            actual: stated,
            key: "realisasi-total-mismatch.kolom",
            params: { ...params, ...at },
          })
        : makeFinding({ ...base, expected: total, actual: stated, key: "realisasi-total-mismatch", params });
    }
    const desimal = Math.max(
      shownDecimals(figureOf(side, eq.target)),
      ...eq.sum.map((g) => (figureOf(side, g) ? shownDecimals(figureOf(side, g)) : 0)),
    );
    const params = {
      cell,
      nama: shortName(ind.name),
      baris: ind.row + 1,
      tertulis: stated,
      rumus,
      hitung: total,
      desimal,
      persen: false,
    };
    return eq.rule === "realisasi-total-mismatch"
      ? makeFinding({ ...base, expected: total, actual: stated, key: "realisasi-total-mismatch.kinerja", params })
      : makeFinding({ ...base, expected: total, actual: stated, key: "renstra-total-mismatch.kinerja", params });
  }
  const numerator = valueOf(side, eq.ratio.numerator);
  const denominator = valueOf(side, eq.ratio.denominator);
  if (numerator === null || denominator === null || denominator.isZero()) return null;
  const places = Math.min(shownDecimals(figureOf(side, eq.target)), MAX_COMPARED_DECIMALS);
  const exact = numerator.div(denominator).times(100);
  const computed = roundTo(exact, places);
  const shown = roundTo(stated, places);
  if (roundsTo(exact, places, shown)) return null;
  // An indikator where less is better (`Angka Kematian Ibu`) may state its tingkat capaian as the form's polaritas
  // negatif does: (2T − R) / T, or T / R.
  if (ind && lessIsBetter(numerator, denominator).some((v) => roundsTo(v, places, shown))) return null;
  return makeFinding({
    ...base,
    expected: computed,
    actual: shown,
    key: eq.target === "capaianRenja" ? "tingkat-capaian-mismatch.renja" : "tingkat-capaian-mismatch",
    params: { cell, tertulis: shown, rumus: `${cells[0]} / ${cells[1]} × 100`, hitung: computed, desimal: places },
  });
}

/** A quarter's Rp cell that likely holds the slip, and the parent's cell of that quarter. */
interface QuarterSlip {
  triwulanCell: string;
  indukCell: string;
}

const QUARTERS: ErGroup[] = ["realisasiTw1", "realisasiTw2", "realisasiTw3", "realisasiTw4"];

/**
 * Where row i's quarters add up to `off` more than its (13): the parent's quarters add up to the parent's (13),
 * and the rows under the parent add up to it in every quarter but one, off there by exactly `off`. That quarter's
 * cell of row i is then the likely slip (slipColumn.ts, as for kas-vs-pagu). Null when no single quarter says so.
 */
function quarterSlip(
  model: EvaluasiRenjaModel,
  facts: BudgetFacts,
  parents: Int32Array,
  i: number,
  off: Decimal,
): QuarterSlip | null {
  const p = parents[i];
  if (p < 0) return null;
  const parent = rpSide(facts.refs[p].node as ErNode);
  const children = facts.refs[p].children.map((c) => rpSide(c as ErNode));
  if ([parent, ...children].some((side) => QUARTERS.some((g) => isUnreadableFigure(side, g)))) return null;
  const year = valueOf(parent, "realisasi");
  if (year === null) return null;
  const own = QUARTERS.map((g) => valueOf(parent, g));
  const below = QUARTERS.map((g) => sumOf(children.map((c) => valueOf(c, g))));
  const found = slipColumn(year, own, below, off);
  if (found < 0) return null;
  const triwulanCell = cellOf(model, rpSide(facts.refs[i].node as ErNode), QUARTERS[found]);
  const indukCell = cellOf(model, parent, QUARTERS[found]);
  return triwulanCell && indukCell ? { triwulanCell, indukCell } : null;
}

/** Tingkat capaian of R against T where less is better: (2T − R) / T × 100, and T / R × 100 when R is not 0. */
function lessIsBetter(r: Decimal, t: Decimal): Decimal[] {
  const a = t.times(2).minus(r).div(t).times(100);
  return r.isZero() ? [a] : [a, t.div(r).times(100)];
}
