import { parseA1 } from "../grid/address";
import { SheetModel } from "../model/sheetModel";
import { BudgetFacts, budgetFacts } from "./budgetFacts";
import { Finding } from "../model/finding";
import { sheetName } from "./modelAccess";
import { OpsiValidasi } from "./opsi";
import { capaianAnggaranMismatch } from "./rules/capaianAnggaranMismatch";
import { capaianKinerjaMismatch } from "./rules/capaianKinerjaMismatch";
import { kasVsChildren } from "./rules/kasVsChildren";
import { kasVsPagu } from "./rules/kasVsPagu";
import { missingValue } from "./rules/missingValue";
import { paguVsChildren } from "./rules/paguVsChildren";
import { realisasiDecreased } from "./rules/realisasiDecreased";
import { realisasiOverKas } from "./rules/realisasiOverKas";
import { realisasiOverPagu } from "./rules/realisasiOverPagu";
import { realisasiVsChildren } from "./rules/realisasiVsChildren";
import { recognitionFindings } from "./rules/recognitionFindings";
import { erLayoutFindings } from "./rules/erLayoutFindings";
import { stackedTables } from "./rules/stackedTables";
import { rupiahUnit } from "./rules/rupiahUnit";
import { realisasiKumulatifTurun } from "./rules/realisasiKumulatifTurun";
import { triwulanSource } from "./rules/triwulanSource";
import { formulaRange } from "./rules/formulaRange";
import { realisasiNegative } from "./rules/realisasiNegative";
import { rowEquationMismatch } from "./rules/rowEquationMismatch";
import { realisasiRincian } from "./rules/realisasiRincian";
import { totalRowMismatch } from "./rules/totalRowMismatch";
import { kodeMismatch } from "./rules/kodeMismatch";

export type { OpsiValidasi } from "./opsi";

/** A rule over one sheet; `facts` (the money columns read once, shared by the rules) is computed when not given. */
type SheetRule = (model: SheetModel, opsi: OpsiValidasi, facts?: BudgetFacts) => Finding[];

export const SHEET_RULES: readonly SheetRule[] = [
  recognitionFindings,
  kasVsPagu,
  paguVsChildren,
  kasVsChildren,
  realisasiVsChildren,
  realisasiOverPagu,
  realisasiOverKas,
  capaianAnggaranMismatch,
  capaianKinerjaMismatch,
  missingValue,
  rowEquationMismatch,
  realisasiRincian,
  realisasiNegative,
  realisasiKumulatifTurun,
  formulaRange,
  erLayoutFindings,
  rupiahUnit,
  stackedTables,
  triwulanSource,
  totalRowMismatch,
  kodeMismatch,
];

/** Findings a formula-range at the same cell replaces: the wrong range is the cause, the wrong sum its effect. */
const REPLACED_BY_FORMULA_RANGE = new Set([
  "pagu-vs-children",
  "kas-vs-children",
  "realisasi-vs-children",
  "total-row-mismatch",
]);

/**
 * Findings of a row that compare against a figure whose formula-range finding says its value is wrong (its range
 * leaves out or double-counts rows): the wrong range is their cause too, and what they say the figure should be
 * would lead the officer to a wrong correction (a capaian "corrected" to the doubled pagu's). By message key: an
 * anggaran kas left empty (`kas-vs-pagu.kas-empty`) has a cause of its own.
 */
const BUILT_ON_COLUMN: Partial<Record<string, readonly string[]>> = {
  pagu: [
    "kas-vs-pagu",
    "kas-vs-pagu.some-empty",
    "kas-vs-pagu.kumulatif",
    "realisasi-over-pagu",
    "capaian-anggaran-mismatch",
  ],
  realisasiAnggaran: ["realisasi-over-pagu", "realisasi-over-kas", "capaian-anggaran-mismatch", "realisasi-decreased"],
  kas1: ["kas-vs-pagu", "kas-vs-pagu.some-empty", "realisasi-over-kas"],
  kas2: ["kas-vs-pagu", "kas-vs-pagu.some-empty", "realisasi-over-kas"],
  kas3: ["kas-vs-pagu", "kas-vs-pagu.some-empty", "realisasi-over-kas"],
  kas4: ["kas-vs-pagu", "kas-vs-pagu.some-empty", "kas-vs-pagu.kumulatif", "realisasi-over-kas"],
  targetRenjaRp: ["realisasi-over-pagu"],
  realisasiRp: ["realisasi-over-pagu", "renstra-total-mismatch"],
  realisasiK: ["renstra-total-mismatch.kinerja"],
  realisasiSdTahunRp: ["tingkat-capaian-mismatch"],
  realisasiSdTahunK: ["tingkat-capaian-mismatch"],
};

/**
 * Findings that say a figure is wrong: a formula-range whose formula gives another value than its rows add up to, or
 * may (a row it adds up cannot be read, so what they add up to is not known: no check is built on it either), and
 * an Evaluasi Renja figure that breaks the form's own equation at its cell: the year (13) that is not its
 * triwulan (9)–(12) summed, the realisasi Renstra s/d this year (14) that is not (7) + (13).
 */
function showsFigureWrong(f: Finding): boolean {
  return (
    (f.rule === "formula-range" && (f.severity === "error" || f.expected === null)) ||
    f.rule === "realisasi-total-mismatch" ||
    f.rule === "renstra-total-mismatch"
  );
}

/** `sheet␀row␀messageKey` of every finding built on a figure another finding shows to be wrong (showsFigureWrong). */
function builtOnWrongFigure(
  tagged: readonly { f: Finding; model: number }[],
  models: readonly SheetModel[],
): Set<string> {
  const out = new Set<string>();
  for (const { f, model } of tagged) {
    if (!showsFigureWrong(f)) continue;
    const at = parseA1(f.cell);
    const columns = models[model]?.columns as Record<string, number | undefined> | undefined;
    if (!at || !columns) continue;
    for (const [key, col] of Object.entries(columns)) {
      if (col !== at.col) continue;
      for (const rule of BUILT_ON_COLUMN[key] ?? []) out.add(`${f.sheet}\u0000${at.row}\u0000${rule}`);
    }
  }
  return out;
}

/** A rule that fails on a malformed model reports nothing rather than stopping the whole validation. */
function safely(run: () => Finding[]): Finding[] {
  try {
    const out = run();
    return Array.isArray(out) ? out : [];
  } catch {
    return [];
  }
}

function position(cell: string): { row: number; col: number } {
  return parseA1(cell) ?? { row: Number.MAX_SAFE_INTEGER, col: Number.MAX_SAFE_INTEGER };
}

/**
 * Every finding about the recognised sheets: recognition's own, each sheet rule, and realisasi-decreased across
 * sheets. One finding per rule, sheet and cell; a missing-value on a cell another finding covers is dropped, and so
 * is a *-vs-children finding at a cell whose formula-range finding names its cause, and a finding of the same row
 * built on a figure whose formula-range finding says its value is wrong (BUILT_ON_COLUMN).
 * Sorted by model order, then row, then column. Never throws.
 */
export function validate(models: SheetModel[], opsi: OpsiValidasi = {}): Finding[] {
  const sane = (Array.isArray(models) ? models : []).filter(
    (m): m is SheetModel => m !== null && typeof m === "object",
  );
  const options: OpsiValidasi = opsi && typeof opsi === "object" ? opsi : {};
  const tagged: { f: Finding; model: number }[] = [];
  sane.forEach((model, i) => {
    let facts: BudgetFacts | undefined;
    try {
      facts = budgetFacts(model);
    } catch {
      // Each rule then reads the model itself and fails alone.
    }
    for (const rule of SHEET_RULES) {
      for (const f of safely(() => rule(model, options, facts))) tagged.push({ f, model: i });
    }
  });
  const modelIndex = new Map<string, number>();
  sane.forEach((m, i) => {
    if (!modelIndex.has(sheetName(m))) modelIndex.set(sheetName(m), i);
  });
  for (const f of safely(() => realisasiDecreased(sane)))
    tagged.push({ f, model: modelIndex.get(f.sheet) ?? sane.length });

  const seen = new Set<string>();
  const covered = new Set<string>();
  const unique = tagged.filter(({ f }) => {
    const key = `${f.rule}\u0000${f.sheet}\u0000${f.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (f.rule !== "missing-value") covered.add(`${f.sheet}\u0000${f.cell}`);
    return true;
  });
  const rangeCells = new Set(
    unique.filter(({ f }) => f.rule === "formula-range").map(({ f }) => `${f.sheet}\u0000${f.cell}`),
  );
  const dependent = builtOnWrongFigure(unique, sane);
  // The year's (13) typed wrong breaks both its quarters' sum and its children's by the same amounts: said once, by
  // the form's own equation.
  const slipKey = (f: Finding) => `${f.sheet}\u0000${f.cell}\u0000${String(f.actual)}\u0000${String(f.expected)}`;
  const sameSlip = new Set(unique.filter(({ f }) => f.rule === "realisasi-total-mismatch").map(({ f }) => slipKey(f)));
  // A heading row's cells are merged into its name: nothing can be typed there, so nothing is missing.
  const headingRows = new Set(
    unique.filter(({ f }) => f.rule === "heading-row-sum").map(({ f }) => `${f.sheet}\u0000${f.row}`),
  );
  const kept = unique.filter(({ f }) => {
    const at = `${f.sheet}\u0000${f.cell}`;
    if (f.rule === "missing-value") return !covered.has(at) && !headingRows.has(`${f.sheet}\u0000${f.row}`);
    if (dependent.size > 0 && dependent.has(`${f.sheet}\u0000${parseA1(f.cell)?.row}\u0000${f.messageKey}`))
      return false;
    if (f.rule === "realisasi-vs-children" && sameSlip.has(slipKey(f))) return false;
    return !(REPLACED_BY_FORMULA_RANGE.has(f.rule) && rangeCells.has(at));
  });

  const withPos = kept.map((t) => ({ ...t, pos: position(t.f.cell) }));
  withPos.sort((a, b) => a.model - b.model || a.pos.row - b.pos.row || a.pos.col - b.pos.col);
  return withPos.map((t) => t.f);
}
