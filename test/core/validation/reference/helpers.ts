// Helpers of the reference rules as they were before the fast paths (commit 94941f0).
import Decimal from "decimal.js";
import { D } from "../../../../src/core/numbers/decimal";
import { BudgetNode, MaybeNumber } from "../../../../src/core/model/types";
import { SheetModel } from "../../../../src/core/model/sheetModel";
import { BudgetColumn, cellIn, list } from "../../../../src/core/validation/modelAccess";
import { RULE_SEVERITY, RuleId } from "../../../../src/core/model/finding";

/** The fields a finding had before message keys: what the fast paths are compared on. */
export interface LegacyFinding {
  rule: RuleId;
  severity: string;
  sheet: string;
  cell: string;
  expected: number | string | null;
  actual: number | string | null;
  message: string;
}

export function legacyFinding(
  rule: RuleId,
  sheet: string,
  cell: string,
  expected: Decimal | number | string | null,
  actual: Decimal | number | string | null,
  message: string,
): LegacyFinding {
  const plain = (v: Decimal | number | string | null) => (v !== null && typeof v === "object" ? v.toNumber() : v);
  return {
    rule,
    severity: RULE_SEVERITY[rule],
    sheet,
    cell,
    expected: plain(expected),
    actual: plain(actual),
    message,
  };
}

/** The row's cell in `column` holds text (issue 8: such a cell is unreadable, not empty). */
export function unreadableIn(row: { unreadable?: readonly string[] }, column: string): boolean {
  return Array.isArray(row.unreadable) && row.unreadable.includes(column);
}

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

const LEVEL_WORD: Record<string, string> = { program: "program", kegiatan: "kegiatan", subKegiatan: "sub kegiatan" };

/** The level's word as the messages wrote it before the catalogs. */
export function levelWord(level: unknown): string {
  return typeof level === "string" && level in LEVEL_WORD ? LEVEL_WORD[level] : "baris anggaran";
}

export function romawi(triwulan: number): string {
  return ["I", "II", "III", "IV"][triwulan - 1] ?? String(triwulan);
}
