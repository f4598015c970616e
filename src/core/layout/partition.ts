import Decimal from "decimal.js";
import { D } from "../numbers/decimal";
import { exactSen } from "../numbers/exact";
import { SheetNumber } from "../model/sheetNumber";

/**
 * Split a run of budget rows into groups, each a head row followed by its members, so that as many rows as
 * possible sit in groups that close arithmetically: the members' pagu adds up to `factor` × the head's pagu
 * (factor 1: kegiatan over its sub kegiatan; factor 2: program over its kegiatan and their sub kegiatan).
 *
 * A dynamic programme from the end, linear in rows: closing ends are found through a hash of prefix sums, and a
 * group that does not close may end only within a short window, just before one of the next few rows that can
 * close a group, or at the run's end. A group of a head alone is allowed only right before a row that must head
 * a group, or at the run's end: a kegiatan without sub kegiatan is rarer than two sub kegiatan whose pagu happen to
 * be equal. Ties prefer fewer groups that do not close, then more groups that close.
 */
export interface PartitionInput {
  /** Each row's pagu: a number cell's SheetNumber is read as sen without making its Decimal. */
  values: readonly (Decimal | SheetNumber | null)[];
  factor: 1 | 2;
  /** Fewest members after the head for a closing group. */
  minMembers: number;
  /** Rows that may head a group (row 0 always heads one). */
  canStart: readonly boolean[];
  /** Rows that must head a group: no group runs across them. */
  mustStart: readonly boolean[];
}

export interface Group {
  start: number;
  /** Inclusive. */
  end: number;
  closes: boolean;
}

const WINDOW = 24;
const FAR_OPTIONS = 4;
const MAX_CLOSING_CANDIDATES = 32;
/** No candidates: shared, never changed. */
const NONE: readonly number[] = Object.freeze([]);

export function partition(input: PartitionInput): Group[] {
  const n = input.values.length;
  if (n === 0) return [];
  const { canStart, mustStart } = input;
  const closing = closingEndsFinder(input);

  const nextMust = new Int32Array(n + 2).fill(n);
  for (let k = n - 1; k >= 0; k--) nextMust[k] = mustStart[k] ? k : nextMust[k + 1];
  const limitOf = (i: number) => nextMust[i + 1];
  const startable = (i: number) => i === 0 || canStart[i];

  const candidates: (readonly number[])[] = new Array(n);
  for (let k = 0; k < n; k++) candidates[k] = startable(k) ? closing(k, limitOf(k)) : NONE;
  // Rows that can head a closing group: the far ends a non-closing group may stop before.
  const nextClosable = new Int32Array(n + 2).fill(n);
  for (let k = n - 1; k >= 0; k--) nextClosable[k] = candidates[k].length > 0 ? k : nextClosable[k + 1];

  const closedRows = new Int32Array(n + 1);
  const openGroups = new Int32Array(n + 1);
  const closedGroups = new Int32Array(n + 1);
  const valid = new Uint8Array(n + 1);
  const chosenEnd = new Int32Array(n + 1);
  const chosenCloses = new Uint8Array(n + 1);
  valid[n] = 1;

  // The best way found so far to split the rows from `i` on; offer() weighs one more group i..next-1.
  let i = n - 1;
  let found = false;
  let bestRows = 0;
  let bestOpen = 0;
  let bestClosed = 0;
  function offer(next: number, closes: boolean): void {
    if (!valid[next]) return;
    const rows = closedRows[next] + (closes ? next - i : 0);
    const open = openGroups[next] + (closes ? 0 : 1);
    const closed = closedGroups[next] + (closes ? 1 : 0);
    const better =
      !found ||
      rows > bestRows ||
      (rows === bestRows && (open < bestOpen || (open === bestOpen && closed > bestClosed)));
    if (!better) return;
    found = true;
    bestRows = rows;
    bestOpen = open;
    bestClosed = closed;
    chosenEnd[i] = next - 1;
    chosenCloses[i] = closes ? 1 : 0;
  }

  for (; i >= 0; i--) {
    if (!startable(i)) continue;
    const limit = limitOf(i);
    found = false;
    bestRows = 0;
    bestOpen = 0;
    bestClosed = 0;
    const ends = candidates[i];
    for (let c = 0; c < ends.length; c++) offer(ends[c] + 1, true);
    // A head without members (a kegiatan without sub kegiatan) only where nothing else can follow it.
    for (let next = i + 2; next <= Math.min(i + WINDOW, limit); next++) offer(next, false);
    let far = nextClosable[Math.min(i + WINDOW + 1, n)];
    for (let k = 0; k < FAR_OPTIONS && far < limit; k++) {
      offer(far, false);
      far = nextClosable[far + 1];
    }
    offer(limit, false);
    if (found) {
      valid[i] = 1;
      closedRows[i] = bestRows;
      openGroups[i] = bestOpen;
      closedGroups[i] = bestClosed;
    }
  }

  const groups: Group[] = [];
  for (let i = 0; i < n;) {
    const end = chosenEnd[i];
    groups.push({ start: i, end, closes: chosenCloses[i] === 1 });
    i = end + 1;
  }
  return groups;
}

/** For a head row i: the member ends j (i < j < limit) where the members' sum equals factor × the head's value. */
function closingEndsFinder(input: PartitionInput): (i: number, limit: number) => readonly number[] {
  return senClosingEnds(input) ?? decimalClosingEnds(input);
}

type PrefixKey = string | number;

/** The ends of closing groups, given each row's running total and how to name a total as a lookup key. */
function closingEnds<K extends PrefixKey>(
  prefix: readonly K[],
  target: (i: number) => K,
  minMembers: number,
): (i: number, limit: number) => readonly number[] {
  // Rows in order per running total; a total reached once (most of them) is kept as its row alone.
  const byPrefix = new Map<K, number | number[]>();
  for (let k = 0; k < prefix.length; k++) {
    const rows = byPrefix.get(prefix[k]);
    if (rows === undefined) byPrefix.set(prefix[k], k);
    else if (typeof rows === "number") byPrefix.set(prefix[k], [rows, k]);
    else rows.push(k);
  }
  return (i, limit) => {
    const rows = byPrefix.get(target(i));
    if (rows === undefined) return NONE;
    if (typeof rows === "number") return rows >= i + minMembers && rows < limit ? [rows] : NONE;
    const list = rows;
    const out: number[] = [];
    for (let k = firstAtLeast(list, i + minMembers); k < list.length && list[k] < limit; k++) {
      out.push(list[k]);
      if (out.length >= MAX_CLOSING_CANDIDATES) break;
    }
    return out;
  };
}

/**
 * Running totals as exact integers of sen (see numbers/exact.ts); null when some value or total is not one, and
 * decimal.js does the work. Equal totals are equal keys either way.
 */
function senClosingEnds(input: PartitionInput): ((i: number, limit: number) => readonly number[]) | null {
  const { values, factor, minMembers } = input;
  const n = values.length;
  const sen: number[] = new Array(n);
  const prefix: number[] = new Array(n);
  let running = 0;
  for (let k = 0; k < n; k++) {
    const v = values[k];
    const s = v ? (v instanceof SheetNumber ? v.sen() : exactSen(v)) : 0;
    if (s === null) return null;
    running += s;
    if (running > Number.MAX_SAFE_INTEGER || running < -Number.MAX_SAFE_INTEGER) return null;
    sen[k] = s;
    prefix[k] = running;
  }
  // A target outside the safe range matches no running total, however it was rounded.
  return closingEnds(prefix, (i) => prefix[i] + sen[i] * factor, minMembers);
}

function decimalClosingEnds(input: PartitionInput): (i: number, limit: number) => readonly number[] {
  const { values, factor, minMembers } = input;
  const n = values.length;
  const prefix: Decimal[] = new Array(n);
  const keys: string[] = new Array(n);
  let running = new D(0);
  const decimals = values.map((v) => (v instanceof SheetNumber ? v.value : v));
  for (let k = 0; k < n; k++) {
    const v = decimals[k];
    if (v) running = running.plus(v);
    prefix[k] = running;
    keys[k] = running.toFixed();
  }
  return closingEnds(keys, (i) => prefix[i].plus((decimals[i] ?? new D(0)).times(factor)).toFixed(), minMembers);
}

function firstAtLeast(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
