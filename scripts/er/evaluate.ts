/**
 * Works out every formula of a sheet the way a spreadsheet would, so the written files carry true cached results.
 */
import Decimal from "decimal.js";
import { fromA1 } from "../../src/core/grid/address";
import { Formula, formulaCells, Ref } from "./formula";
import { address, ErSheet } from "./sheet";

/** Work out every formula's result the way a spreadsheet would and store it as the cell's value. */
export function evaluateSheet(sheet: ErSheet): void {
  const done = new Map<string, number>();
  const visiting = new Set<string>();
  const valueAt = (r: Ref): number | string | null => {
    const key = address(r.row, r.col);
    const cell = sheet.cells.get(key);
    if (!cell) return null;
    if (!cell.formula) return cell.value;
    if (done.has(key)) return done.get(key)!;
    if (visiting.has(key)) throw new Error(`rumus melingkar di ${key}`);
    visiting.add(key);
    const v = compute(cell.formula, valueAt, key);
    visiting.delete(key);
    done.set(key, v);
    cell.value = v;
    return v;
  };
  for (const [key, cell] of sheet.cells) {
    if (!cell.formula) continue;
    const at = fromA1(key);
    valueAt({ row: at.row + 1, col: at.col + 1 });
  }
}

function compute(f: Formula, valueAt: (r: Ref) => number | string | null, where: string): number {
  switch (f.kind) {
    case "sum":
      // SUM skips text and empty cells.
      return formulaCells(f)
        .map(valueAt)
        .filter((v): v is number => typeof v === "number")
        .reduce((a, v) => a.plus(v), new Decimal(0))
        .toNumber();
    case "plus":
      return f.refs
        .map((r) => {
          const v = valueAt(r);
          if (typeof v === "string") throw new Error(`${where}: + atas teks`);
          return v ?? 0;
        })
        .reduce((a, v) => a.plus(v), new Decimal(0))
        .toNumber();
    case "ratio":
    case "percent": {
      const num = valueAt(f.num);
      const den = valueAt(f.den);
      if (typeof num === "string" || typeof den === "string") throw new Error(`${where}: bagi atas teks`);
      if (!den) {
        if (f.kind === "percent" && f.iferror) return 0;
        throw new Error(`${where}: bagi nol`);
      }
      return f.kind === "ratio" ? (num ?? 0) / den : ((num ?? 0) / den) * 100;
    }
    case "diff": {
      const left = valueAt(f.left);
      if (typeof left === "string") throw new Error(`${where}: kurang atas teks`);
      return new Decimal(left ?? 0).minus(compute({ kind: "sum", terms: f.terms }, valueAt, where)).toNumber();
    }
    case "raw":
      return f.result;
  }
}
