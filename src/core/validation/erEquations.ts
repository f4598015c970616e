import { ErGroup } from "../model/columns";
import { EvaluasiRenjaModel } from "../model/evaluasiRenja";
import { RuleId } from "../model/finding";
import { list, statedReportQuarter } from "./modelAccess";

/** A row equation of the Evaluasi Renja form, in the roles of its column groups. */
export type RowEquation =
  | {
      rule: EquationRule;
      target: "realisasi" | "realisasiSdTahun";
      sum: ErGroup[];
      /** Quarters written up to each quarter (`s.d. Triwulan`): 13 is the latest of them, `sum` that one alone. */
      kumulatif?: true;
      /**
       * Quarters after the report's (a TW III report's TW IV), left out of `sum`: a (13) that adds them too is what the
       * form states, and their figures are said once elsewhere (triwulan-source `.later-quarter`).
       */
      later?: ErGroup[];
    }
  | {
      rule: EquationRule;
      /** (15) against the Renstra; or the capaian of the year's Renja (13 / 8), in copies that add that column. */
      target: "tingkatCapaian" | "capaianRenja";
      ratio: { numerator: ErGroup; denominator: ErGroup };
    };

export type EquationRule = Extract<
  RuleId,
  "realisasi-total-mismatch" | "renstra-total-mismatch" | "tingkat-capaian-mismatch"
>;

const EQUATION_TARGETS = ["realisasi", "realisasiSdTahun", "tingkatCapaian", "capaianRenja"] as const;

const QUARTERS: readonly ErGroup[] = ["realisasiTw1", "realisasiTw2", "realisasiTw3", "realisasiTw4"];

/**
 * What the standard form states: 13 = 9 + 10 + 11 + 12, 14 = 7 + 13, 15 = 14 / 6 × 100; and where a copy adds the
 * capaian of the year's Renja, that it is 13 / 8 × 100.
 */
const STANDARD: Record<RowEquation["target"], RowEquation> = {
  realisasi: {
    rule: "realisasi-total-mismatch",
    target: "realisasi",
    sum: [...QUARTERS],
  },
  realisasiSdTahun: {
    rule: "renstra-total-mismatch",
    target: "realisasiSdTahun",
    sum: ["realisasiRenstra", "realisasi"],
  },
  tingkatCapaian: {
    rule: "tingkat-capaian-mismatch",
    target: "tingkatCapaian",
    ratio: { numerator: "realisasiSdTahun", denominator: "targetRenstra" },
  },
  capaianRenja: {
    rule: "tingkat-capaian-mismatch",
    target: "capaianRenja",
    ratio: { numerator: "realisasi", denominator: "targetRenja" },
  },
};

/**
 * The equations the checks hold the sheet to: the ones its row of column numbers states (`17=13+14+15+16` in a
 * copy with extra columns: the numbers are mapped to their groups), and for a group it states nothing about, the
 * standard form's. An equation the sheet states in a shape the checks cannot follow (not a sum of groups, not a
 * ratio of two times 100) leaves that group unchecked rather than held to the standard one.
 */
export function rowEquations(model: EvaluasiRenjaModel): RowEquation[] {
  const roleOf = new Map<number, ErGroup>();
  for (const g of list(model.columnGroups)) if (g && g.role) roleOf.set(g.number, g.role);
  const stated = new Map<ErGroup, RowEquation | null>();
  for (const eq of list(model.equations)) {
    const target = EQUATION_TARGETS.find((t) => t === roleOf.get(eq?.number));
    if (target === undefined) continue;
    stated.set(target, fromStated(target, eq.sum, eq.ratio, roleOf));
  }
  const out: RowEquation[] = [];
  for (const target of EQUATION_TARGETS) {
    // Only copies that add the column have a capaian of the year's Renja to check.
    if (
      target === "capaianRenja" &&
      model.columns.capaianRenjaK === undefined &&
      model.columns.capaianRenjaRp === undefined
    )
      continue;
    // Quarters that are already cumulative do not add up to the year: 13 is the latest of them, the report's.
    if (target === "realisasi" && model.triwulanKumulatif === true) {
      const tw = model.triwulan ?? 4;
      if (tw >= 1 && tw <= 4)
        out.push({ rule: "realisasi-total-mismatch", target, sum: [QUARTERS[tw - 1]], kumulatif: true });
      continue;
    }
    const eq = stated.has(target) ? stated.get(target) : STANDARD[target];
    if (eq) out.push(target === "realisasi" ? toReportQuarter(eq, statedReportQuarter(model)) : eq);
  }
  return out;
}

/** The year's realisasi (13) summed up to the report's quarter, the quarters after it kept apart. */
function toReportQuarter(eq: RowEquation, quarter: number | null): RowEquation {
  if (quarter === null || !("sum" in eq)) return eq;
  const later = QUARTERS.slice(quarter);
  const sum = eq.sum.filter((g) => !later.includes(g));
  if (sum.length === eq.sum.length || sum.length === 0) return eq;
  return { ...eq, sum, later: eq.sum.filter((g) => later.includes(g)) };
}

function fromStated(
  target: RowEquation["target"],
  sum: number[] | null,
  ratio: { numerator: number; denominator: number; factor: number } | null,
  roleOf: Map<number, ErGroup>,
): RowEquation | null {
  const rule = STANDARD[target].rule;
  if (target === "tingkatCapaian" || target === "capaianRenja") {
    if (!ratio || (ratio.factor !== 100 && ratio.factor !== 1)) return null;
    const numerator = roleOf.get(ratio.numerator);
    const denominator = roleOf.get(ratio.denominator);
    return numerator && denominator ? { rule, target, ratio: { numerator, denominator } } : null;
  }
  if (!sum || sum.length === 0) return null;
  const groups = sum.map((n) => roleOf.get(n));
  if (groups.some((g) => g === undefined || g === target)) return null;
  return { rule, target, sum: groups as ErGroup[] };
}
