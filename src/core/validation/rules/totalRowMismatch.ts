import Decimal from "decimal.js";
import { ErNode, EvaluasiRenjaModel, TotalRow } from "../../model/evaluasiRenja";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { SheetModel } from "../../model/sheetModel";
import { BudgetNode, MaybeNumber, PengukuranKinerjaModel, PkTotalRow, Program } from "../../model/types";
import {
  BudgetColumn,
  budgetValue,
  isBudgetUnreadable,
  isUnreadable,
  list,
  num,
  sheetName,
  sumOf,
  realisasiTriwulanOf,
  sameRupiah,
} from "../modelAccess";
import { TRIWULAN_KEYS } from "./parentVsChildren";

/** A figure of the total row, and the same figure of each row it adds up. */
interface Checked {
  total: (t: TotalRow) => MaybeNumber;
  value: (n: ErNode) => MaybeNumber;
  unreadable: (model: SheetModel, n: ErNode) => boolean;
  key: "total-row-mismatch.pagu" | "total-row-mismatch.realisasi" | "total-row-mismatch.triwulan";
  triwulan?: number;
}

/** A budget column's figure of a row of either family, and whether it could not be read. */
const budget = (
  column: BudgetColumn,
): { value: (n: BudgetNode) => MaybeNumber; unreadable: (model: SheetModel, n: BudgetNode) => boolean } => ({
  value: (n) => budgetValue(n, column),
  unreadable: (model, n) => isBudgetUnreadable(model, n, column),
});

const CHECKED: readonly Checked[] = [
  { total: (t) => t.pagu, ...budget("pagu"), key: "total-row-mismatch.pagu" },
  { total: (t) => t.realisasi, ...budget("realisasiAnggaran"), key: "total-row-mismatch.realisasi" },
  ...TRIWULAN_KEYS.map((column, q): Checked => ({
    total: (t) => t.realisasiTriwulan?.[q] ?? null,
    value: (n) => realisasiTriwulanOf(n, q),
    unreadable: (_model, n) => isUnreadable(n, column),
    key: "total-row-mismatch.triwulan",
    triwulan: q + 1,
  })),
];

/**
 * total-row-mismatch: an Evaluasi Renja's total row (JUMLAH / TOTAL, or the footer of figures without a label)
 * equals the sum of the rows at the top of the tree above it (urusan, or bidang and programs where the sheet has
 * none above them; under a row that shows nothing in the column, as an app export's urusan and bidang rows, the
 * rows below it), in target Renja Rp (8), the year's realisasi Rp (13) and each triwulan's realisasi Rp (9)–(12). The
 * table's grand total, the one with the largest pagu, adds up every such row above it; a JUMLAH per urusan above it
 * adds up those since the total before it. Silent when a figure it needs could not be read, or when the total or all
 * its rows leave that column empty.
 */
export function totalRowMismatch(model: SheetModel): Finding[] {
  if (model.layout === "pengukuran-kinerja") return pkTotals(model);
  if (model.layout !== "evaluasi-renja" || model.totals.length === 0) return [];
  // A unit's own JUMLAH (the Dinas's, then the UPTD's under its heading) is never the grand total.
  const whole = model.totals.filter((t) => !t.unit);
  const grand = whole.length > 0 ? grandTotal(whole) : null;
  const findings = grand ? checkTotal(model, grand, countedBy(model, grand.row)) : [];
  // A JUMLAH closing each urusan's (or bidang's, or unit's) block above the grand total adds up the top rows since
  // the total before it; where totals nest (a bidang's JUMLAH, then its urusan's), the outer one finds no rows of its
  // own and is left alone.
  let previous = -1;
  for (const t of [...model.totals].sort((a, b) => a.row - b.row)) {
    if (t !== grand && (t.unit || grand === null || t.row < grand.row))
      findings.push(...checkTotal(model, t, between(model, previous, t.row)));
    previous = t.row;
  }
  return findings;
}

function checkTotal(model: EvaluasiRenjaModel, total: TotalRow, counted: (n: ErNode) => boolean): Finding[] {
  const roots = [...model.urusan, ...model.bidang, ...model.program].filter(counted).sort((a, b) => a.row - b.row);
  if (roots.length === 0) return [];
  const findings: Finding[] = [];
  for (const checked of CHECKED) {
    const figure = checked.total(total);
    const stated = num(figure);
    if (figure === null || stated === null) continue;
    const rows = rowsWithFigures(model, roots, checked, counted);
    if (rows.some((r) => checked.unreadable(model, r))) continue;
    const values = rows.map((r) => num(checked.value(r)));
    if (values.every((v) => v === null)) continue;
    const jumlah = sumOf(values);
    if (sameRupiah(stated, jumlah)) continue;
    if (addsUpLevelsDown(model, stated, rows, rowsUnder, checked)) continue;
    const cell = figure.cell;
    const common = { cell, total: stated, tingkat: rows[0].level, jumlah, selisih: stated.minus(jumlah).abs() };
    const base = {
      rule: "total-row-mismatch" as const,
      sheet: sheetName(model),
      cell,
      expected: jumlah,
      actual: stated,
    };
    findings.push(
      checked.key === "total-row-mismatch.triwulan"
        ? makeFinding({ ...base, key: checked.key, params: { ...common, triwulan: checked.triwulan as number } })
        : makeFinding({ ...base, key: checked.key, params: common }),
    );
  }
  return findings;
}

/**
 * The rows the total adds up in a column: each top row, or, where it shows nothing in that column (an app export's
 * urusan and bidang rows carry only their code and name), the rows under it, down to programs.
 */
function rowsWithFigures(
  model: SheetModel,
  nodes: readonly ErNode[],
  checked: Checked,
  counted: (n: ErNode) => boolean,
): ErNode[] {
  return nodes.flatMap((n) => {
    if (checked.value(n) !== null || checked.unreadable(model, n)) return [n];
    const below = childrenOf(n).filter(counted);
    return below.length > 0 ? rowsWithFigures(model, below, checked, counted) : [n];
  });
}

function childrenOf(n: ErNode): ErNode[] {
  switch (n.level) {
    case "urusan":
      return [...n.bidang, ...n.program].sort((a, b) => a.row - b.row);
    case "bidang":
      return n.program;
    default:
      return [];
  }
}

/** The rows right under a row, kegiatan and sub kegiatan included (childrenOf stops at programs). */
function rowsUnder(n: ErNode): ErNode[] {
  switch (n.level) {
    case "program":
      return n.kegiatan;
    case "kegiatan":
      return n.subKegiatan;
    default:
      return childrenOf(n);
  }
}

/**
 * The total is what the rows some levels down add up to (an urusan's bidang, or their programs: `JUMLAH =K14+K20`
 * over the programs of a bidang): the mismatch is in a row between (an urusan's or a program's figure off from its
 * own rows), which parent-vs-children names at that row; the total, right as it adds, is not named too. Both
 * families: `under` gives each row's rows (an Evaluasi Renja urusan's bidang, a Pengukuran Kinerja program's
 * kegiatan), `figure` the column compared.
 */
function addsUpLevelsDown<N>(
  model: SheetModel,
  stated: Decimal,
  rows: readonly N[],
  under: (n: N) => readonly N[],
  figure: { value: (n: N) => MaybeNumber; unreadable: (model: SheetModel, n: N) => boolean },
): boolean {
  let level = rows;
  for (let depth = 0; depth < MAX_LEVELS_DOWN; depth++) {
    const below = level.map(under);
    if (below.some((b) => b.length === 0)) return false;
    level = below.flat();
    if (level.some((r) => figure.unreadable(model, r))) return false;
    const values = level.map((r) => num(figure.value(r)));
    if (values.every((v) => v !== null) && stated.equals(sumOf(values))) return true;
  }
  return false;
}

/** Urusan → bidang → program → kegiatan → sub kegiatan. */
const MAX_LEVELS_DOWN = 4;

/** The total with the largest pagu (the first on a tie; the last total when none has one). */
function grandTotal<T extends { pagu: MaybeNumber }>(totals: readonly T[]): T {
  let best: T | null = null;
  for (const t of totals) {
    const pagu = num(t.pagu);
    if (pagu === null) continue;
    const bestPagu = best ? num(best.pagu) : null;
    if (bestPagu === null || pagu.gt(bestPagu)) best = t;
  }
  return best ?? totals[totals.length - 1];
}

/** Rows a subtotal adds up: between the total before it and itself. */
function between(model: EvaluasiRenjaModel, after: number, totalRow: number): (n: ErNode) => boolean {
  const counted = countedBy(model, totalRow);
  return (n) => n.row > after && counted(n);
}

/**
 * Rows the total adds up: above it, outside any block pasted below a total (which the tree may still hold); or,
 * for a total written right under the header above every row, the rows below it.
 */
function countedBy(model: EvaluasiRenjaModel, totalRow: number): (n: ErNode) => boolean {
  const atTop = ![...model.urusan, ...model.bidang, ...model.program].some((n) => n.row < totalRow);
  if (atTop) return (n) => n.row > totalRow;
  return (n) => n.row < totalRow && !model.outsideTotals.some((b) => n.row >= b.rows[0] && n.row <= b.rows[1]);
}

/** The total's pagu is what the programs' pagu add up to. */
function addsUpPagu(t: PkTotalRow, counted: readonly Program[]): boolean {
  const stated = num(t.pagu);
  if (stated === null || counted.length === 0) return false;
  const values = counted.map((p) => num(p.pagu));
  return values.every((v) => v !== null) && sameRupiah(stated, sumOf(values));
}

/**
 * A Pengukuran Kinerja table's JUMLAH / TOTAL rows: the grand total (grandTotal, as for the Evaluasi Renja form)
 * adds up every program, any other
 * the programs between the total before it and itself, in pagu and realisasi anggaran. Silent where a figure of the
 * total or of a program could not be read, or where the programs leave the column empty.
 */
function pkTotals(model: PengukuranKinerjaModel): Finding[] {
  // A page's subtotal (`Jumlah Halaman ini`) adds up the rows printed on it, whatever their level: not checked here.
  const totals = list(model.totals).filter(
    (t): t is PkTotalRow => t !== null && typeof t === "object" && t.bagian !== "halaman",
  );
  if (totals.length === 0) return [];
  const programs = list(model.tujuan)
    .flatMap((t) => list(t?.sasaran))
    .flatMap((s) => list(s?.program))
    .filter((p): p is NonNullable<typeof p> => p !== null && typeof p === "object" && typeof p.row === "number");
  // The table's own total is a plain JUMLAH / TOTAL; one that names its part (`Jumlah Sasaran 3`) adds up that part.
  const whole = totals.filter((t) => t.bagian === undefined);
  const grand = whole.length > 0 ? grandTotal(whole) : null;
  const findings: Finding[] = [];
  let previous = -1;
  for (const t of [...totals].sort((a, b) => a.row - b.row)) {
    const since = programs.filter((p) => p.row > previous && p.row < t.row);
    // Each part's JUMLAH and no grand total (a recap of one block per bidang): the largest adds up its own part, as
    // its pagu says, not every program (unit39 D5: a bidang's right JUMLAH was called wrong by Rp 3.700.000.000).
    const ownPart = t === grand && whole.length > 1 && addsUpPagu(t, since) && !addsUpPagu(t, programs);
    const counted = t === grand && !ownPart ? programs : since;
    previous = t.row;
    if (t.unreadable || counted.length === 0) continue;
    for (const [column, key] of PK_CHECKED) {
      const figure = column === "pagu" ? t.pagu : t.realisasi;
      const stated = num(figure);
      if (figure === null || stated === null) continue;
      if (counted.some((p) => isBudgetUnreadable(model, p, column))) continue;
      const values = counted.map((p) => num(budgetValue(p, column)));
      if (values.every((v) => v === null)) continue;
      const jumlah = sumOf(values);
      if (sameRupiah(stated, jumlah)) continue;
      // As for the form: right by the kegiatan, the mismatch is a program's, named at that program.
      if (addsUpLevelsDown<BudgetNode>(model, stated, counted, (p) => list((p as Program).kegiatan), budget(column)))
        continue;
      const cell = figure.cell;
      findings.push(
        makeFinding({
          rule: "total-row-mismatch",
          sheet: sheetName(model),
          cell,
          expected: jumlah,
          actual: stated,
          key,
          params: { cell, total: stated, tingkat: "program", jumlah, selisih: stated.minus(jumlah).abs() },
        }),
      );
    }
  }
  return findings;
}

const PK_CHECKED: readonly [
  "pagu" | "realisasiAnggaran",
  "total-row-mismatch.pagu" | "total-row-mismatch.realisasi",
][] = [
  ["pagu", "total-row-mismatch.pagu"],
  ["realisasiAnggaran", "total-row-mismatch.realisasi"],
];
