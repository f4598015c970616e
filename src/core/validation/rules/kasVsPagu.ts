import Decimal from "decimal.js";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { BudgetNode } from "../../model/types";
import { SheetModel } from "../../model/sheetModel";
import { budgetCell, list, num, sheetName, sumOf } from "../modelAccess";
import { BudgetFacts, budgetFacts } from "../budgetFacts";
import { OpsiValidasi } from "../opsi";

const KAS_KEYS = ["kas1", "kas2", "kas3", "kas4"] as const;

/**
 * kas-vs-pagu: Σ anggaran kas TW I–IV of a row equals its pagu. A pagu whose four anggaran kas cells are all empty
 * is one finding that the anggaran kas has not been filled in; a row with an anggaran kas (or a pagu) that holds
 * text is not checked: its Σ is not known.
 */
export function kasVsPagu(model: SheetModel, _opsi?: OpsiValidasi, facts: BudgetFacts = budgetFacts(model)): Finding[] {
  const findings: Finding[] = [];
  const { refs, pagu: paguFacts } = facts;
  const kasFacts = facts.kasSdTw[3];
  const hasKasColumns = KAS_KEYS.some((k) => typeof model.columns?.[k] === "number");
  for (let i = 0; i < refs.length; i++) {
    // Exact in sen, the common case: no pagu, a kas cell that holds text, or a sum that matches, reports nothing.
    if (!paguFacts.present[i] || kasFacts.unreadable[i] || kasFacts.sen[i] === paguFacts.sen[i]) continue;
    const { node } = refs[i];
    // A parent that is the sum of its children in pagu and in every kas column is off by what they are off by,
    // and each of them says so at its own row: one cause, one finding.
    if (sumsItsChildren(facts, i)) continue;
    if (!kasFacts.filled[i]) {
      // A zero pagu needs no anggaran kas.
      if (hasKasColumns && paguFacts.sen[i] !== 0) findings.push(...kasNotFilledIn(model, node));
      continue;
    }
    const pagu = num(node.pagu);
    const kas = list(node.anggaranKas).slice(0, 4).map(num);
    if (pagu === null || kas.every((k) => k === null)) continue;
    const total = sumOf(kas);
    if (total.equals(pagu)) continue;
    const cell = budgetCell(model, node, "pagu");
    if (cell === null) continue;
    const params = { cell, pagu, kas: total, selisih: pagu.minus(total).abs() };
    // Some quarters not planned yet (a report made mid-year): the sentence says which cells are empty.
    const empty = KAS_KEYS.flatMap((k, q) => (kas[q] === null ? [budgetCell(model, node, k)] : [])).filter(
      (c): c is string => c !== null,
    );
    const common = { rule: "kas-vs-pagu", sheet: sheetName(model), cell, expected: total, actual: pagu } as const;
    findings.push(
      empty.length > 0
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

function kasNotFilledIn(model: SheetModel, node: BudgetNode): Finding[] {
  const pagu = num(node.pagu);
  const cell = budgetCell(model, node, "pagu");
  if (pagu === null || pagu.isZero() || cell === null) return [];
  return [
    makeFinding({
      rule: "kas-vs-pagu",
      sheet: sheetName(model),
      cell,
      expected: null,
      actual: pagu,
      key: "kas-vs-pagu.kas-empty",
      params: { cell, pagu },
      level: node.level,
      name: node.name,
    }),
  ];
}
