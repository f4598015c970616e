import type { Element } from "@xmldom/xmldom";
import { PackageParts } from "../package/packageParts";
import { attr, childElements, firstChild, parseXmlPart } from "../ooxml/xmlDom";

/**
 * The 12 colours a `theme="n"` attribute indexes, as `RRGGBB`. The theme part lists them dk1, lt1, dk2, lt2,
 * accent1–6, hlink, folHlink, but SpreadsheetML indexes 0–3 as lt1, dk1, lt2, dk2 (Excel's swap, kept by every
 * reader that matches Excel's display).
 */
export type ThemeColors = readonly string[];

const SCHEME_ORDER = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6"];
const LINK_ORDER = ["hlink", "folHlink"];

/** Excel's default Office theme (2013–2022), for a package without a theme part. */
export const DEFAULT_THEME_COLORS: ThemeColors = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/** System colours a theme may name instead of giving their value (`<a:sysClr val="window"/>` without lastClr). */
const SYSTEM_COLORS: Record<string, string> = { windowText: "000000", window: "FFFFFF" };

export function readThemeColors(parts: PackageParts, themePart: string | undefined): ThemeColors {
  if (!themePart) return DEFAULT_THEME_COLORS;
  const root = parseXmlPart(parts, themePart).documentElement;
  const scheme = firstChild(firstChild(root, "themeElements"), "clrScheme");
  if (!scheme) return DEFAULT_THEME_COLORS;
  const byName = new Map(childElements(scheme).map((el) => [el.localName ?? "", schemeColor(el)]));
  return [...SCHEME_ORDER, ...LINK_ORDER].map((name, i) => byName.get(name) ?? DEFAULT_THEME_COLORS[i]);
}

/** `<a:accent1><a:srgbClr val="4472C4"/></a:accent1>` or `<a:dk1><a:sysClr val="windowText" lastClr="000000"/>`. */
function schemeColor(el: Element): string | undefined {
  const srgb = firstChild(el, "srgbClr");
  const value = srgb ? attr(srgb, "val") : null;
  if (value && /^[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
  const sys = firstChild(el, "sysClr");
  if (sys) {
    const last = attr(sys, "lastClr");
    if (last && /^[0-9A-Fa-f]{6}$/.test(last)) return last.toUpperCase();
    return SYSTEM_COLORS[attr(sys, "val") ?? ""];
  }
  return undefined;
}
