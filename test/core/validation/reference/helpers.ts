// Helpers of the reference rules as they were before the fast paths (commit 94941f0).
import Decimal from "decimal.js";
import { D } from "../../../../src/core/numbers/decimal";
import { BudgetNode, MaybeNumber, SheetModel } from "../../../../src/core/model/types";
import { BudgetColumn, cellIn, list } from "../../../../src/core/validation/modelAccess";

export function num(m: MaybeNumber | undefined): Decimal | null {
  if (!m || typeof m !== "object") return null;
  const v: unknown = m.value;
  if (Decimal.isDecimal(v)) return (v as Decimal).isFinite() ? (v as Decimal) : null;
  if (typeof v !== "number") return null;
  try {
    const d = new D(v as Decimal.Value);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

export function budgetValue(node: BudgetNode, column: BudgetColumn): MaybeNumber {
  switch (column) {
    case "pagu":
      return node.pagu ?? null;
    case "realisasiAnggaran":
      return node.realisasi ?? null;
    case "capaianAnggaran":
      return node.capaian ?? null;
    default:
      return list(node.anggaranKas)[Number(column.slice(3)) - 1] ?? null;
  }
}

export function budgetCell(model: SheetModel, node: BudgetNode, column: BudgetColumn): string | null {
  return cellIn(model, node.row, column, budgetValue(node, column));
}

export function sumOf(values: (Decimal | null)[]): Decimal {
  return values.reduce<Decimal>((a, b) => (b ? a.plus(b) : a), new D(0));
}

export function roundTo(v: Decimal, decimals: number): Decimal {
  return new D(v).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}
