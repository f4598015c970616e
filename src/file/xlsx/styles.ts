import type { Element } from "@xmldom/xmldom";
import { PackageParts } from "../package/packageParts";
import {
  ColorAttrs,
  ColorContext,
  DEFAULT_INDEXED_COLORS,
  resolveColor,
  SYSTEM_BACKGROUND,
  SYSTEM_FOREGROUND,
} from "./colors";
import { BUILTIN_NUMBER_FORMATS } from "./numberFormats";
import { ThemeColors } from "./theme";
import { attr, boolAttr, childElements, firstChild, parseXmlPart } from "../ooxml/xmlDom";

/** What the engine reads of a cell format (`cellXfs` entry), resolved once per package. */
export interface CellStyle {
  /** Absent for General. */
  numFmt?: string;
  bold: boolean;
  /** 0 when not indented. */
  indent: number;
  /** `#RRGGBB`; absent when the cell has no fill. */
  fill?: string;
}

const PLAIN: CellStyle = { bold: false, indent: 0 };

/** The cell formats of the styles part, by `s` index; a package without one has only the plain format. */
export function readCellStyles(parts: PackageParts, stylesPart: string | undefined, theme: ThemeColors): CellStyle[] {
  if (!stylesPart) return [PLAIN];
  const root = parseXmlPart(parts, stylesPart).documentElement;
  const context: ColorContext = { theme, indexed: indexedPalette(root) };
  const numFmts = new Map<number, string>();
  for (const el of childElements(firstChild(root, "numFmts"), "numFmt")) {
    const id = Number(attr(el, "numFmtId"));
    const code = attr(el, "formatCode");
    if (Number.isInteger(id) && code !== null) numFmts.set(id, code);
  }
  const bold = childElements(firstChild(root, "fonts"), "font").map(isBold);
  const fills = childElements(firstChild(root, "fills"), "fill").map((el) => fillColor(el, context));
  const styles = childElements(firstChild(root, "cellXfs"), "xf").map((xf): CellStyle => {
    const style: CellStyle = { bold: bold[index(xf, "fontId")] ?? false, indent: 0 };
    const id = index(xf, "numFmtId");
    const code = numFmts.get(id) ?? BUILTIN_NUMBER_FORMATS.get(id);
    if (code !== undefined && code.toLowerCase() !== "general") style.numFmt = code;
    const alignment = firstChild(xf, "alignment");
    const indent = alignment ? Number(attr(alignment, "indent")) : 0;
    if (Number.isInteger(indent) && indent > 0) style.indent = indent;
    const fill = fills[index(xf, "fillId")];
    if (fill) style.fill = fill;
    return style;
  });
  return styles.length > 0 ? styles : [PLAIN];
}

function index(el: Element, name: string): number {
  const n = Number(attr(el, name) ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** `<b/>` and `<b val="1"/>` are bold, `<b val="0"/>` is not. */
function isBold(font: Element): boolean {
  const b = firstChild(font, "b");
  return b !== null && boolAttr(b, "val", true);
}

/** A package may redefine the legacy palette (`<colors><indexedColors><rgbColor rgb="…"/>`). */
function indexedPalette(root: Element | null): readonly string[] {
  const custom = childElements(firstChild(firstChild(root, "colors"), "indexedColors"), "rgbColor");
  if (custom.length === 0) return DEFAULT_INDEXED_COLORS;
  const palette = [...DEFAULT_INDEXED_COLORS];
  custom.forEach((el, i) => {
    const rgb = attr(el, "rgb");
    if (rgb && /^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(rgb)) palette[i] = rgb.slice(-6).toUpperCase();
  });
  return palette;
}

/**
 * The colour a fill shows, as Office.js reports it in `format.fill.color`: a solid pattern shows its fgColor; any
 * other pattern is drawn over its bgColor, which ECMA-376 §18.8.32 calls the cell fill colour (the system
 * background when absent); no pattern (`none`, or no patternType) is no fill. A gradient shows its first stop.
 */
function fillColor(fill: Element, context: ColorContext): string | undefined {
  const pattern = firstChild(fill, "patternFill");
  if (pattern) {
    const type = attr(pattern, "patternType") ?? "none";
    if (type === "none") return undefined;
    if (type === "solid") {
      const fg = firstChild(pattern, "fgColor");
      return (fg && resolveColor(colorAttrs(fg), context)) || `#${context.indexed[SYSTEM_FOREGROUND]}`;
    }
    const bg = firstChild(pattern, "bgColor");
    return (bg && resolveColor(colorAttrs(bg), context)) || `#${context.indexed[SYSTEM_BACKGROUND]}`;
  }
  const stop = firstChild(firstChild(fill, "gradientFill"), "stop");
  const color = firstChild(stop, "color");
  return color ? resolveColor(colorAttrs(color), context) : undefined;
}

function colorAttrs(el: Element): ColorAttrs {
  return {
    rgb: attr(el, "rgb"),
    theme: attr(el, "theme"),
    indexed: attr(el, "indexed"),
    tint: attr(el, "tint"),
    auto: attr(el, "auto"),
  };
}
