import Decimal from "decimal.js";
import { D } from "../../numbers/decimal";
import { formatAngka, formatPersen, formatRupiah, Lang } from "../../numbers/format";
import { Finding, FindingLevel, FindingParams } from "../finding";
import { Catalog } from "./catalog";
import { en } from "./en";
import { id } from "./id";
import { DataColumn, MESSAGE_PARAMS, MessageKey, ParamKind } from "./params";

export const CATALOGS: Record<Lang, Catalog> = { id, en };

/** The catalog of a language; Bahasa Indonesia for anything else. */
export function catalogOf(lang: Lang | string | undefined): Catalog {
  return lang === "en" ? en : id;
}

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(MESSAGE_PARAMS, key);
}

/**
 * An amount for params: a JS number when it says exactly the same (every amount a sheet shows does), else the
 * exact decimal text, so a message rendered from params later reads as the one rendered now.
 */
export function amountParam(v: Decimal | number | string): number | string {
  if (typeof v === "number" || typeof v === "string") return v;
  const n = v.toNumber();
  return Number.isFinite(n) && new D(n).equals(v) ? n : v.toFixed();
}

/** The sentence of `key` in a language, each parameter written the way that language writes it. */
export function renderMessage(key: string, params: FindingParams, lang: Lang = "id"): string {
  if (!isMessageKey(key)) return "";
  const catalog = catalogOf(lang);
  const kinds = MESSAGE_PARAMS[key] as Record<string, ParamKind>;
  return catalog.messages[key].replace(/\{(\w+)\}/g, (_, name: string) =>
    writeParam(kinds[name], params[name], params, catalog),
  );
}

/** What a finding's two amounts are: its message's own labels where it has some, else its rule's; null for no rule. */
export function amountLabelsOf(
  catalog: Catalog,
  f: Pick<Finding, "rule" | "messageKey">,
): { expected: string; actual: string } | null {
  const own = f.messageKey ? catalog.amountLabelsOfKey[f.messageKey as MessageKey] : undefined;
  return (
    own ?? (catalog.amountLabels as Record<string, { expected: string; actual: string } | undefined>)[f.rule] ?? null
  );
}

/** A finding's message in a language: from its key and params, or its own (Indonesian) message when it has none. */
export function renderFinding(f: Pick<Finding, "messageKey" | "params" | "message">, lang: Lang = "id"): string {
  if (lang === "id" || !isMessageKey(f.messageKey) || !f.params) return f.message;
  return renderMessage(f.messageKey, f.params, lang);
}

function writeParam(
  kind: ParamKind | undefined,
  value: FindingParams[string] | undefined,
  params: FindingParams,
  catalog: Catalog,
): string {
  const { lang } = catalog;
  if (value === undefined || kind === undefined) return "?";
  if (typeof kind === "object") {
    if ("percent" in kind) return number(value, (d) => formatPersen(d, digits(params[kind.percent]), lang));
    if ("indikatorValue" in kind) {
      const places = digits(params[kind.indikatorValue]);
      const persen = params[kind.percentFlag] === true;
      return number(value, (d) => (persen ? formatPersen(d, places, lang) : formatAngka(d, places, lang)));
    }
    const name = typeof value === "string" ? value : "";
    const row = Number(params["rowLabel" in kind ? kind.rowLabel : kind.indikatorSubject]);
    if ("rowLabel" in kind) return name !== "" ? `"${name}"` : catalog.unnamedRow(row);
    return catalog.indikatorSubject(name, row);
  }
  switch (kind) {
    case "rupiah":
      return number(value, (d) => formatRupiah(d, lang));
    case "triwulan":
      return catalog.triwulan(Number(value));
    case "others":
      return catalog.others(typeof value === "number" ? value : 0);
    case "level":
      return own(catalog.levels, value) ? catalog.levels[value as FindingLevel] : catalog.levels.budgetRow;
    case "dataColumn":
      return own(catalog.dataColumns, value) ? catalog.dataColumns[value as DataColumn] : String(value);
    default:
      return value === null ? "" : String(value);
  }
}

function own(o: object, key: unknown): boolean {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(o, key);
}

function number(value: FindingParams[string], write: (d: Decimal) => string): string {
  if (typeof value !== "number" && typeof value !== "string") return "?";
  try {
    return write(new D(value));
  } catch {
    return String(value);
  }
}

function digits(v: FindingParams[string] | undefined): number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 20 ? v : 2;
}
