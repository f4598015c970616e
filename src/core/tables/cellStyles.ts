import Decimal from "decimal.js";
import { exactSen } from "../numbers/exact";
import { CellSpec } from "./sheetSpec";

export const FILL_HEADER = "D9E1F2";
export const FILL_NUMBERS = "EDEDED";
export const FILL_INPUT = "FFF2CC";
export const FILL_READONLY = "F2F2F2";
export const PERCENT_FORMAT = "0.00%";

/** A bordered text cell of a table body. */
export function textCell(value: string | null, extra: Partial<CellSpec> = {}): CellSpec {
  return { value: value ?? null, border: true, wrap: true, valign: "top", ...extra };
}

export function headerCell(value: string): CellSpec {
  return { value, bold: true, border: true, wrap: true, align: "center", valign: "middle", fill: FILL_HEADER };
}

export function columnNumberCell(n: number): CellSpec {
  return { value: n, border: true, align: "center", valign: "middle", fill: FILL_NUMBERS, italic: true, fontSize: 9 };
}

/** An empty bordered cell: a value that is missing and must not be guessed. */
export function emptyCell(extra: Partial<CellSpec> = {}): CellSpec {
  return { value: null, border: true, valign: "top", ...extra };
}

/** Rupiah amount: `#,##0`, or `#,##0.00` when it has sen. */
export function amountFormat(v: Decimal): string {
  return v.isInteger() ? "#,##0" : "#,##0.00";
}

export function amountCell(v: Decimal | null, extra: Partial<CellSpec> = {}): CellSpec {
  if (v === null) return emptyCell({ align: "right", ...extra });
  // An amount exact in sen gives the same double and format as v.toNumber() and amountFormat(v), much cheaper.
  const sen = exactSen(v);
  if (sen !== null) {
    const numFmt = sen % 100 === 0 ? "#,##0" : "#,##0.00";
    return { value: sen / 100, numFmt, border: true, align: "right", valign: "top", ...extra };
  }
  return { value: v.toNumber(), numFmt: amountFormat(v), border: true, align: "right", valign: "top", ...extra };
}

/**
 * An indikator value (target, realisasi) in its own unit: percentages (given in percent points) are written as the
 * fraction with a `%` format so that Excel shows and computes them as percentages; other values as plain numbers.
 */
export function indikatorValueCell(v: Decimal | null, persen: boolean, decimals?: number): CellSpec {
  if (v === null) return emptyCell({ align: "center" });
  const shown = Math.min(decimals ?? v.decimalPlaces(), 6);
  if (persen) {
    const places = Math.max(2, shown);
    return {
      value: v.div(100).toNumber(),
      numFmt: `0.${"0".repeat(places)}%`,
      border: true,
      align: "center",
      valign: "top",
    };
  }
  const numFmt = shown > 0 ? `#,##0.${"0".repeat(shown)}` : "#,##0";
  return { value: v.toNumber(), numFmt, border: true, align: "center", valign: "top" };
}

/** A percentage the engine computed (percent points), written as a literal fraction. */
export function percentValueCell(pp: Decimal | null, extra: Partial<CellSpec> = {}): CellSpec {
  if (pp === null) return emptyCell({ align: "center", ...extra });
  return {
    value: pp.div(100).toNumber(),
    numFmt: PERCENT_FORMAT,
    border: true,
    align: "center",
    valign: "top",
    ...extra,
  };
}

/**
 * A native formula with the engine's own value as its cached result: a percentage in percent points becomes a
 * fraction; `null` (the formula's guard yields "") becomes "".
 */
export function formulaCell(
  formula: string,
  result: Decimal | string | null,
  kind: "percent" | "amount" | "text",
  extra: Partial<CellSpec> = {},
): CellSpec {
  const base: CellSpec = {
    formula,
    border: true,
    valign: "top",
    align: kind === "amount" ? "right" : "center",
    ...extra,
  };
  if (result === null || typeof result === "string")
    return { ...base, result: result ?? "", ...(kind === "percent" ? { numFmt: PERCENT_FORMAT } : {}) };
  if (kind === "percent") return { ...base, result: result.div(100).toNumber(), numFmt: PERCENT_FORMAT };
  return { ...base, result: result.toNumber(), numFmt: amountFormat(result) };
}

/**
 * The cell formulaCell(formula, p, "percent", extra) gives for a percentage p whose fraction p ÷ 100 is already
 * known as a double (null: the formula's guard yields ""), with the same keys in the same order.
 */
export function fractionFormulaCell(formula: string, fraction: number | null, extra: Partial<CellSpec> = {}): CellSpec {
  return {
    formula,
    border: true,
    valign: "top",
    align: "center",
    ...extra,
    result: fraction ?? "",
    numFmt: PERCENT_FORMAT,
  };
}
