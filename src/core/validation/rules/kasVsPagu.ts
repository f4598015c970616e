import Decimal from "decimal.js";
import { toA1 } from "../../grid/address";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { BudgetNode } from "../../model/types";
import { SheetModel } from "../../model/sheetModel";
import {
  budgetCell,
  isUnreadable,
  kasKumulatif,
  kasSdTw,
  list,
  num,
  sheetName,
  sumOf,
  triwulanOf,
  sameRupiah,
} from "../modelAccess";
import { PkColumnKey } from "../../model/columns";
import { BudgetFacts, budgetFacts, parentRows } from "../budgetFacts";
import { slipColumn } from "../slipColumn";
import { OpsiValidasi } from "../opsi";

const KAS_KEYS = ["kas1", "kas2", "kas3", "kas4"] as const;

/**
 * kas-vs-pagu: the anggaran kas of the year of a row equals its pagu: Σ TW I–IV, or the TW IV column where the
 * columns are cumulative (`S/D TW IV`). A pagu whose anggaran kas cells are all empty is one finding that the
 * anggaran kas has not been filled in; a row with an anggaran kas (or a pagu) that holds text is not checked: its Σ
 * is not known. A report made before TW IV whose later quarters are empty on every row is one missing-value finding
 * (the year's plan is not in the sheet), not one per row.
 */
export function kasVsPagu(model: SheetModel, _opsi?: OpsiValidasi, facts: BudgetFacts = budgetFacts(model)): Finding[] {
  const findings: Finding[] = [];
  const { refs, pagu: paguFacts } = facts;
  const kasFacts = facts.kasSdTw[3];
  const hasKasColumns = KAS_KEYS.some((k) => typeof model.columns?.[k] === "number");
  const plannedTo = hasKasColumns ? plannedOnlyTo(model, facts) : null;
  if (plannedTo !== null) return laterQuartersEmpty(model, plannedTo);
  const cumulative = kasKumulatif(model);
  let parents: Int32Array | null = null;
  for (let i = 0; i < refs.length; i++) {
    // Exact in sen, the common case: no pagu, a kas cell that holds text, or a sum that matches, reports nothing.
    if (!paguFacts.present[i] || kasFacts.unreadable[i] || kasFacts.sen[i] === paguFacts.sen[i]) continue;
    const { node } = refs[i];
    // A parent that is the sum of its children in pagu and in every kas column is off by what they are off by,
    // and each of them says so at its own row: one cause, one finding.
    if (sumsItsChildren(facts, i)) continue;
    if (!kasFacts.filled[i]) {
      // A zero pagu needs no anggaran kas.
      if (hasKasColumns && paguFacts.sen[i] !== 0) findings.push(...kasNotFilledIn(model, node, cumulative));
      continue;
    }
    if (cumulative) {
      findings.push(...cumulativeMismatch(model, node));
      continue;
    }
    const pagu = num(node.pagu);
    const kas = list(node.anggaranKas).slice(0, 4).map(num);
    if (pagu === null || kas.every((k) => k === null)) continue;
    const total = sumOf(kas);
    if (sameRupiah(total, pagu)) continue;
    const cell = budgetCell(model, node, "pagu");
    if (cell === null) continue;
    const params = { cell, pagu, kas: total, selisih: pagu.minus(total).abs() };
    // Some quarters not planned yet (a report made mid-year): the sentence says which cells are empty.
    const empty = KAS_KEYS.flatMap((k, q) => (kas[q] === null ? [budgetCell(model, node, k)] : [])).filter(
      (c): c is string => c !== null,
    );
    const common = { rule: "kas-vs-pagu", sheet: sheetName(model), cell, expected: total, actual: pagu } as const;
    parents ??= parentRows(facts);
    const slip = empty.length > 0 ? null : likelySlip(model, facts, parents, i, total.minus(pagu));
    findings.push(
      slip
        ? makeFinding({
            ...common,
            key: "kas-vs-pagu.kolom",
            params: { ...params, ...slip },
            level: node.level,
            name: node.name,
          })
        : empty.length > 0
          ? makeFinding({
              ...common,
              key: "kas-vs-pagu.some-empty",
              params: { ...params, kosong: empty.join(", ") },
              level: node.level,
              name: node.name,
            })
          : makeFinding({ ...common, key: "kas-vs-pagu", params, level: node.level, name: node.name }),
    );
  }
  return findings;
}

/**
 * The anggaran kas cell of row i that likely holds the slip, and its parent's cell: the parent's anggaran kas adds
 * up to its pagu, and the rows under it add up to it in every kas column but one, off there by exactly `off`, what
 * row i's kas is off from its pagu. Null when no single column says so. Only asked on a row already found off, so
 * it reads the Decimals.
 */
function likelySlip(
  model: SheetModel,
  facts: BudgetFacts,
  parents: Int32Array,
  i: number,
  off: Decimal,
): { kasCell: string; indukCell: string } | null {
  const p = parents[i];
  if (p < 0) return null;
  const { node: parent, children } = facts.refs[p];
  const pagu = num(parent.pagu);
  if (pagu === null || [parent, ...children].some((n) => KAS_KEYS.some((k) => isUnreadable(n, k)))) return null;
  const own = KAS_KEYS.map((_, q) => num(list(parent.anggaranKas)[q] ?? null));
  const below = KAS_KEYS.map((_, q) => sumOf(children.map((c) => num(list(c.anggaranKas)[q] ?? null))));
  const found = slipColumn(pagu, own, below, off);
  if (found < 0) return null;
  const kasCell = budgetCell(model, facts.refs[i].node, KAS_KEYS[found]);
  const indukCell = budgetCell(model, parent, KAS_KEYS[found]);
  return kasCell && indukCell ? { kasCell, indukCell } : null;
}

/** True when row i has children and its pagu and each anggaran kas are theirs summed (a child's empty cell adds 0). */
function sumsItsChildren(facts: BudgetFacts, i: number): boolean {
  const { node, children } = facts.refs[i];
  if (children.length === 0) return false;
  const { pagu } = facts;
  if (!pagu.present[i] || !pagu.childFilled[i] || pagu.childUnreadable[i]) return false;
  const columns = [pagu, ...facts.kas];
  if (facts.kas.some((kas) => kas.unreadable[i] || kas.childUnreadable[i])) return false;
  let exact = true;
  for (const col of columns) {
    const own = col.present[i] ? col.sen[i] : 0;
    const theirs = col.childFilled[i] ? col.childSen[i] : 0;
    if (Number.isNaN(own) || Number.isNaN(theirs)) exact = false;
    else if (own !== theirs) return false;
  }
  if (exact) return true;
  // A figure not exact in sen: decimal.js decides.
  if (!num(node.pagu)?.equals(sumOf(children.map((c) => num(c.pagu))))) return false;
  return [0, 1, 2, 3].every((q) =>
    (num(list(node.anggaranKas)[q] ?? null) ?? new Decimal(0)).equals(
      sumOf(children.map((c) => num(list(c.anggaranKas)[q] ?? null))),
    ),
  );
}

/** Cumulative columns: the pagu against the kas s/d TW IV, named by its cell. */
function cumulativeMismatch(model: SheetModel, node: BudgetNode): Finding[] {
  const pagu = num(node.pagu);
  const kas = kasSdTw(model, node, 4);
  const cell = budgetCell(model, node, "pagu");
  const kasCell = budgetCell(model, node, "kas4");
  if (pagu === null || kas === null || sameRupiah(kas, pagu) || cell === null || kasCell === null) return [];
  return [
    makeFinding({
      rule: "kas-vs-pagu",
      sheet: sheetName(model),
      cell,
      expected: kas,
      actual: pagu,
      key: "kas-vs-pagu.kumulatif",
      params: { cell, pagu, kasCell, kas, selisih: pagu.minus(kas).abs() },
      level: node.level,
      name: node.name,
    }),
  ];
}

function kasNotFilledIn(model: SheetModel, node: BudgetNode, cumulative: boolean): Finding[] {
  const pagu = num(node.pagu);
  const cell = budgetCell(model, node, "pagu");
  if (pagu === null || pagu.isZero() || cell === null) return [];
  const kasCell = budgetCell(model, node, "kas4");
  const earlier = KAS_KEYS.some((k, q) => num(list(node.anggaranKas)[q] ?? null) !== null || isUnreadable(node, k));
  const common = {
    rule: "kas-vs-pagu",
    sheet: sheetName(model),
    cell,
    expected: null,
    actual: pagu,
    level: node.level,
    name: node.name,
  } as const;
  // Cumulative columns with an earlier quarter filled in: it is the year's (s/d TW IV) that is missing.
  return cumulative && kasCell !== null && earlier
    ? [makeFinding({ ...common, key: "kas-vs-pagu.kumulatif-empty", params: { cell, pagu, kasCell } })]
    : [makeFinding({ ...common, key: "kas-vs-pagu.kas-empty", params: { cell, pagu } })];
}

/**
 * n when the sheet reports up to TW n < IV and plans its anggaran kas only that far: every kas cell after TW n is
 * empty on every row, some row has one up to TW n, and some row's kas so far falls short of its pagu (a sheet whose
 * kas up to TW n already makes every pagu is checked as any other). Null otherwise.
 */
function plannedOnlyTo(model: SheetModel, facts: BudgetFacts): number | null {
  const n = triwulanOf(model);
  if (n === null || n === 4) return null;
  const rows = facts.refs.length;
  let planned = false;
  for (let q = 0; q < 4; q++) {
    const { present, unreadable } = facts.kas[q];
    for (let i = 0; i < rows; i++) {
      if (q >= n && (present[i] || unreadable[i])) return null;
      if (q < n && present[i]) planned = true;
    }
  }
  if (!planned) return null;
  const { pagu } = facts;
  const year = facts.kasSdTw[3];
  for (let i = 0; i < rows; i++) {
    if (!pagu.present[i] || year.sen[i] === pagu.sen[i]) continue;
    // Not exact in sen (NaN): decimal.js decides.
    if (!Number.isNaN(year.sen[i]) && !Number.isNaN(pagu.sen[i])) return n;
    const node = facts.refs[i].node;
    if (!(kasSdTw(model, node, 4) ?? new Decimal(0)).equals(num(node.pagu) ?? 0)) return n;
  }
  return null;
}

/** One missing-value finding at the header of the first empty quarter's anggaran kas column. */
function laterQuartersEmpty(model: SheetModel, n: number): Finding[] {
  const key = `kas${n + 1}` as PkColumnKey;
  const col = (model.columns as Partial<Record<PkColumnKey, number>>)[key];
  const headerRow = model.headerRows?.[1];
  if (typeof col !== "number" || typeof headerRow !== "number") return [];
  const cell = toA1(headerRow, col);
  return [
    makeFinding({
      rule: "missing-value",
      sheet: sheetName(model),
      cell,
      expected: null,
      actual: null,
      key: "missing-value.kas-later",
      params: { cell, dari: n + 1, triwulan: n },
    }),
  ];
}
