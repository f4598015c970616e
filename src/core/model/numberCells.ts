import { D } from "../numbers/decimal";
import { MaybeNumber, NumberCell } from "./types";

/**
 * Σ of number cells, null when none is filled: shown with the most digits any of them shows, and tied to `cell`
 * (a heading's own cell, a node's year column) or else the last filled one.
 */
export function sumCells(values: readonly MaybeNumber[], cell?: string): MaybeNumber {
  const present = values.filter((v): v is NumberCell => v !== null);
  if (present.length === 0) return null;
  return {
    value: present.reduce((a, v) => a.plus(v.value), new D(0)),
    decimals: Math.max(...present.map((v) => v.decimals)),
    cell: cell ?? present[present.length - 1].cell,
  };
}
