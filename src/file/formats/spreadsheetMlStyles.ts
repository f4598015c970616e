import { SaxesParser, SaxesTagPlain } from "saxes";
import { decodeText } from "./textBytes";

/** What SheetJS does not keep of a SpreadsheetML 2003 style: bold, the fill colour, the indent. */
export interface XmlStyle {
  bold?: boolean;
  fill?: string;
  indent?: number;
  /** A line on some side of the cell (written as a thin line all round, as generated cells are). */
  border?: boolean;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle" | "bottom";
  wrap?: boolean;
}

export interface SpreadsheetMlLayout {
  /** Styles by `ss:ID`, their `ss:Parent` chain resolved. */
  styles: Map<string, XmlStyle>;
  /** Per worksheet, column widths in Excel character units (0: default). */
  columnWidths: number[][];
}

interface RawStyle extends XmlStyle {
  parent?: string;
}

/**
 * The styles and column widths of a SpreadsheetML 2003 file, read with saxes (no DOM; runs in a Web Worker): the
 * part of the format SheetJS's community edition leaves out. Cells then take their style by the `ss:StyleID`
 * SheetJS keeps on each cell. A file saxes cannot parse gives no styles (SheetJS has read its cells already).
 */
export function spreadsheetMlLayout(bytes: Uint8Array): SpreadsheetMlLayout {
  const raw = new Map<string, RawStyle>();
  const columnWidths: number[][] = [];
  let style: RawStyle | null = null;
  let sheet: number[] | null = null;
  let nextColumn = 0;
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    const a = (key: string) => attribute(tag.attributes, key);
    switch (name) {
      case "Style": {
        const id = a("ID");
        style = id ? { parent: a("Parent") } : null;
        if (id && style) raw.set(id, style);
        break;
      }
      case "Font":
        if (style && (a("Bold") === "1" || a("Bold")?.toLowerCase() === "true")) style.bold = true;
        break;
      case "Interior": {
        const colour = a("Color");
        if (style && colour && /^#[0-9a-fA-F]{6}$/.test(colour) && (a("Pattern") ?? "Solid") !== "None") {
          style.fill = colour.toUpperCase();
        }
        break;
      }
      case "Alignment": {
        const indent = Number(a("Indent"));
        if (style && Number.isFinite(indent) && indent > 0) style.indent = Math.min(15, Math.round(indent));
        break;
      }
      case "Worksheet":
        sheet = [];
        columnWidths.push(sheet);
        nextColumn = 0;
        break;
      case "Column": {
        if (!sheet) break;
        const index = Number(a("Index"));
        if (Number.isInteger(index) && index >= 1) nextColumn = index - 1;
        const span = Number(a("Span") ?? "0");
        const points = Number(a("Width"));
        const hidden = a("Hidden") === "1";
        for (let i = 0; i <= (Number.isInteger(span) && span > 0 ? span : 0); i++) {
          sheet[nextColumn++] = !hidden && points > 0 ? widthInCharacters(points) : 0;
        }
        break;
      }
    }
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    if (local(tag.name) === "Style") style = null;
  });
  try {
    parser.write(decodeText(bytes)).close();
  } catch {
    return { styles: new Map(), columnWidths: [] };
  }
  return { styles: resolveParents(raw), columnWidths };
}

function local(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** `ss:Bold`, or `Bold` where a writer used the namespace as the default. */
function attribute(attributes: Record<string, string>, key: string): string | undefined {
  return attributes[`ss:${key}`] ?? attributes[key];
}

/** Excel's column width in characters from points (96 dpi; the widest digit of Calibri 11 is 7 px, plus padding). */
function widthInCharacters(points: number): number {
  const px = (points * 96) / 72;
  return Math.max(0, Math.round(((px - 5) / 7 + 0.71) * 100) / 100);
}

function resolveParents(raw: Map<string, RawStyle>): Map<string, XmlStyle> {
  const out = new Map<string, XmlStyle>();
  for (const id of raw.keys()) {
    const resolved: XmlStyle = {};
    const seen = new Set<string>();
    let current: string | undefined = id;
    while (current && !seen.has(current)) {
      seen.add(current);
      const s = raw.get(current);
      if (!s) break;
      resolved.bold ??= s.bold;
      resolved.fill ??= s.fill;
      resolved.indent ??= s.indent;
      current = s.parent;
    }
    out.set(id, resolved);
  }
  return out;
}
