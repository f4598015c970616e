import { ErNode } from "../model/evaluasiRenja";
import { MaybeNumber } from "../model/types";
import { SheetModel } from "../model/sheetModel";
import { SheetNumber } from "../model/sheetNumber";
import { roundTo } from "../numbers/decimal";
import { MAX_PERCENT_PLACES, scaledSafeInteger } from "../numbers/exact";
import { addSen, budgetNodes, kasKumulatif, NodeRef, num, senOf, shownDecimals } from "./modelAccess";

/**
 * The money columns of every budget row as sen (see numbers/exact.ts), read from the model once per validation and
 * shared by the rules. On a large sheet the rules' time went into walking node → cell → Decimal again and again;
 * with this table each rule reads flat arrays and touches the model only for a row it may report on.
 *
 * A value is NaN when the cell is filled in but not an exact safe number of sen: NaN equals nothing and survives
 * every sum, so a rule that meets one takes its decimal.js path, which also words the finding.
 *
 * A cell that holds text (unreadable, see README.md) is not present and is flagged in `unreadable`; a parent whose
 * child holds text in a column is flagged in `childUnreadable`: its sum of children is unknown, not short.
 */
export interface MoneyColumn {
  /** Per row (index into refs): the value in sen, 0 when absent. */
  sen: Float64Array;
  /** 1 when the cell has a value (num() is not null). */
  present: Uint8Array;
  /** 1 when the cell holds text that is not a number. */
  unreadable: Uint8Array;
  /** Σ of the row's children's sen; 0 for a row without children. */
  childSen: Float64Array;
  /** 1 when some child's cell has a value: without one, the Σ of the children is absent (not 0). */
  childFilled: Uint8Array;
  /** 1 when some child's cell holds text: the Σ of the children is not known. */
  childUnreadable: Uint8Array;
}

export interface BudgetFacts {
  /** budgetNodes(model): row i of every array describes refs[i]. */
  refs: NodeRef[];
  pagu: MoneyColumn;
  /** Anggaran kas TW I..IV. */
  kas: [MoneyColumn, MoneyColumn, MoneyColumn, MoneyColumn];
  realisasi: MoneyColumn;
  /**
   * `kasSdTw[q]`: Σ anggaran kas TW I..q+1 of each row in sen, whether any of them is filled in, and whether any
   * holds text (then the Σ is not known). Where the columns are cumulative (`S/D TW II`), TW q+1's own cell.
   */
  kasSdTw: { sen: Float64Array; filled: Uint8Array; unreadable: Uint8Array }[];
  capaian: CapaianColumn;
  /** Evaluasi Renja only: the realisasi Rp of each triwulan (9)–(12), per quarter, not cumulative. */
  realisasiTriwulan?: [MoneyColumn, MoneyColumn, MoneyColumn, MoneyColumn];
}

/** The stated capaian anggaran of every row. */
export interface CapaianColumn {
  /** 1 when the row has a capaian cell at all (`node.capaian != null`), even one without a readable value. */
  filled: Uint8Array;
  /** 1 when the capaian has a value (num() is not null). */
  present: Uint8Array;
  /** 1 when the capaian cell holds text that is not a number. */
  unreadable: Uint8Array;
  /** Digits it is shown with (shownDecimals). */
  decimals: Uint8Array;
  /**
   * The value rounded to those digits, times 10^decimals, as an exact integer; NaN when not exact or shown with
   * more digits than roundedPercentScaled handles (decimal.js decides).
   */
  shown: Float64Array;
}

function column(n: number): MoneyColumn {
  return {
    sen: new Float64Array(n),
    present: new Uint8Array(n),
    unreadable: new Uint8Array(n),
    childSen: new Float64Array(n),
    childFilled: new Uint8Array(n),
    childUnreadable: new Uint8Array(n),
  };
}

function put(col: MoneyColumn, i: number, value: number | null): void {
  if (value === null) return;
  col.sen[i] = value;
  col.present[i] = 1;
}

export function budgetFacts(model: SheetModel): BudgetFacts {
  // Local names for the helpers of other modules: the loops below run once per cell of a large sheet.
  const readSen = senOf;
  const add = addSen;
  const refs = budgetNodes(model);
  const n = refs.length;
  const facts: BudgetFacts = {
    refs,
    pagu: column(n),
    kas: [column(n), column(n), column(n), column(n)],
    realisasi: column(n),
    kasSdTw: [0, 1, 2, 3].map(() => ({
      sen: new Float64Array(n),
      filled: new Uint8Array(n),
      unreadable: new Uint8Array(n),
    })),
    capaian: {
      filled: new Uint8Array(n),
      present: new Uint8Array(n),
      unreadable: new Uint8Array(n),
      decimals: new Uint8Array(n),
      shown: new Float64Array(n),
    },
  };
  const { pagu, kas, realisasi, capaian } = facts;
  const readCapaian = capaianFacts;
  for (let i = 0; i < n; i++) {
    const node = refs[i].node;
    put(pagu, i, readSen(node.pagu));
    const quarterly: readonly MaybeNumber[] = Array.isArray(node.anggaranKas) ? node.anggaranKas : [];
    for (let q = 0; q < 4; q++) put(kas[q], i, readSen(quarterly[q]));
    put(realisasi, i, readSen(node.realisasi));
    readCapaian(capaian, i, node.capaian);
    // Rare: most rows have every cell readable and no `unreadable` list at all.
    const unreadable: unknown = node.unreadable;
    if (unreadable !== undefined) markUnreadable(facts, i, unreadable);
  }
  const columns = [pagu, ...kas, realisasi];
  if (model.layout === "evaluasi-renja") {
    const quarters = [0, 1, 2, 3].map(() => column(n)) as BudgetFacts["kas"];
    for (let i = 0; i < n; i++) {
      const node = refs[i].node as Partial<ErNode>;
      const values: readonly MaybeNumber[] = Array.isArray(node.realisasiTriwulan) ? node.realisasiTriwulan : [];
      for (let q = 0; q < 4; q++) put(quarters[q], i, readSen(values[q]));
      const unreadable: unknown = node.unreadable;
      if (Array.isArray(unreadable))
        for (let q = 0; q < 4; q++) if (unreadable.includes(ER_TRIWULAN_KEYS[q])) quarters[q].unreadable[i] = 1;
    }
    facts.realisasiTriwulan = quarters;
    columns.push(...quarters);
  }
  for (let i = 0; i < n; i++) {
    const rows = refs[i].childRows;
    if (rows.length === 0) continue;
    for (const { sen, present, childSen, childFilled, unreadable, childUnreadable } of columns) {
      let total = 0;
      for (let c = 0; c < rows.length; c++) {
        const j = rows[c];
        if (present[j]) {
          total = add(total, sen[j]);
          childFilled[i] = 1;
        }
        if (unreadable[j]) childUnreadable[i] = 1;
      }
      childSen[i] = total;
    }
  }
  const cumulative = kasKumulatif(model);
  for (let q = 0; q < 4; q++) {
    const { sen, filled, unreadable } = facts.kasSdTw[q];
    const quarter = kas[q];
    const before = q > 0 && !cumulative ? facts.kasSdTw[q - 1] : null;
    for (let i = 0; i < n; i++) {
      const total = before ? before.sen[i] : 0;
      sen[i] = quarter.present[i] ? add(total, quarter.sen[i]) : total;
      filled[i] = quarter.present[i] || (before !== null && before.filled[i]) ? 1 : 0;
      unreadable[i] = quarter.unreadable[i] || (before !== null && before.unreadable[i]) ? 1 : 0;
    }
  }
  return facts;
}

const KAS_COLUMNS = ["kas1", "kas2", "kas3", "kas4"];
const ER_TRIWULAN_KEYS = ["realisasiTw1Rp", "realisasiTw2Rp", "realisasiTw3Rp", "realisasiTw4Rp"];

/** Pagu and realisasi as each family names them: target Renja Rp (8) and realisasi Rp (13) in an Evaluasi Renja. */
function markUnreadable(facts: BudgetFacts, i: number, columns: unknown): void {
  if (!Array.isArray(columns)) return;
  for (const c of columns) {
    if (c === "pagu" || c === "targetRenjaRp") facts.pagu.unreadable[i] = 1;
    else if (c === "realisasiAnggaran" || c === "realisasiRp") facts.realisasi.unreadable[i] = 1;
    else if (c === "capaianAnggaran") facts.capaian.unreadable[i] = 1;
    else if (KAS_COLUMNS.includes(c)) facts.kas[KAS_COLUMNS.indexOf(c)].unreadable[i] = 1;
  }
}

function capaianFacts(col: CapaianColumn, i: number, cell: MaybeNumber | undefined): void {
  if (cell == null) return;
  col.filled[i] = 1;
  if (cell instanceof SheetNumber && cell.decimals <= MAX_PERCENT_PLACES) {
    // A number cell: finite, so present; exact at its digits read without a Decimal in the common case.
    const decimals = shownDecimals(cell);
    col.present[i] = 1;
    col.decimals[i] = decimals;
    col.shown[i] = cell.scaled(decimals) ?? scaledSafeInteger(roundTo(cell.value, decimals), decimals) ?? Number.NaN;
    return;
  }
  const stated = num(cell);
  if (stated === null) return;
  const decimals = shownDecimals(cell);
  col.present[i] = 1;
  col.decimals[i] = decimals;
  const shown =
    decimals > MAX_PERCENT_PLACES
      ? null
      : (scaledSafeInteger(stated, decimals) ?? scaledSafeInteger(roundTo(stated, decimals), decimals));
  col.shown[i] = shown ?? Number.NaN;
}

/** The index in `refs` of each row's parent, -1 for a row at the top. */
export function parentRows(facts: BudgetFacts): Int32Array {
  const parents = new Int32Array(facts.refs.length).fill(-1);
  facts.refs.forEach((r, i) => r.childRows.forEach((c) => (parents[c] = i)));
  return parents;
}
