import {
  childElements,
  ensureChild,
  insertChild,
  NS,
  parseXmlText,
  root,
  serializeXml,
  Document,
  Element,
} from "../ooxml/xmlDom";

export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The look of a generated cell, as the writers know it. Colours are `RRGGBB`. */
export interface CellLook {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
  fontSize: number;
  fontName: string;
  fill?: string;
  border?: boolean;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  indent?: number;
}

/** Number formats Excel knows by id: using the id keeps the user's custom list unchanged. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/** Children of `<styleSheet>` in the schema's order, for inserting a missing list. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/**
 * `xl/styles.xml`, to which generated cells' styles are appended. The user's entries are never renumbered or
 * changed: a style already present (the user's, or appended by an earlier run) is reused, so re-runs do not grow
 * the part. Entries are compared by meaning (element names and attributes), not by their bytes.
 */
export class StyleSheet {
  private readonly cache = new Map<string, number>();
  private readonly known = new Map<string, Map<string, number>>();
  private changed = false;

  private constructor(private readonly doc: Document) {}

  static parse(text: string | null, part: string): StyleSheet {
    return new StyleSheet(parseXmlText(text ?? EMPTY_STYLES, part));
  }

  get modified(): boolean {
    return this.changed;
  }

  /** The cellXfs index of a look, appending what is missing. */
  xfOf(look: CellLook): number {
    const key = JSON.stringify(look);
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const numFmtId = this.numFmtId(look.numFmt ?? "General");
    const fontId = this.entry("fonts", "font", fontChildren(look));
    const fillId = look.fill ? this.entry("fills", "fill", fillChildren(look.fill)) : 0;
    const borderId = look.border ? this.entry("borders", "border", borderChildren()) : 0;
    const attrs: [string, string][] = [
      ["numFmtId", String(numFmtId)],
      ["fontId", String(fontId)],
      ["fillId", String(fillId)],
      ["borderId", String(borderId)],
      ["xfId", "0"],
      ["applyNumberFormat", "1"],
      ["applyFont", "1"],
      ["applyFill", "1"],
      ["applyBorder", "1"],
      ["applyAlignment", "1"],
    ];
    const alignment: [string, string][] = [];
    if (look.horizontal || look.indent) alignment.push(["horizontal", look.horizontal ?? "left"]);
    if (look.indent) alignment.push(["indent", String(look.indent)]);
    if (look.vertical) alignment.push(["vertical", look.vertical === "middle" ? "center" : look.vertical]);
    if (look.wrap) alignment.push(["wrapText", "1"]);
    const xf: Spec = {
      name: "xf",
      attrs,
      children: alignment.length > 0 ? [{ name: "alignment", attrs: alignment }] : [],
    };
    const id = this.entry("cellXfs", "xf", [], xf);
    this.cache.set(key, id);
    return id;
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const list = ensureChild(root(this.doc), "numFmts", ORDER.slice(1));
    let max = FIRST_CUSTOM_FORMAT - 1;
    for (const f of childElements(list, "numFmt")) {
      const id = Number(f.getAttribute("numFmtId"));
      if (f.getAttribute("formatCode") === code) return id;
      if (id > max) max = id;
    }
    const el = insertChild(list, "numFmt");
    el.setAttribute("numFmtId", String(max + 1));
    el.setAttribute("formatCode", code);
    updateCount(list);
    this.changed = true;
    return max + 1;
  }

  /** Index of an equal entry in the list, or of a new one appended at its end. */
  private entry(listName: string, entryName: string, children: Spec[], whole?: Spec): number {
    const spec: Spec = whole ?? { name: entryName, attrs: [], children };
    const key = canonicalSpec(spec);
    let index = this.known.get(listName);
    const list = ensureChild(root(this.doc), listName, ORDER.slice(ORDER.indexOf(listName) + 1));
    if (!index) {
      index = new Map();
      childElements(list, entryName).forEach((el, i) => {
        const k = canonicalElement(el);
        if (!index?.has(k)) index?.set(k, i);
      });
      this.known.set(listName, index);
    }
    const found = index.get(key);
    if (found !== undefined) return found;
    build(list, spec);
    const id = childElements(list, entryName).length - 1;
    index.set(key, id);
    updateCount(list);
    this.changed = true;
    return id;
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}

interface Spec {
  name: string;
  attrs: [string, string][];
  children?: Spec[];
}

function fontChildren(look: CellLook): Spec[] {
  const out: Spec[] = [];
  if (look.bold) out.push({ name: "b", attrs: [] });
  if (look.italic) out.push({ name: "i", attrs: [] });
  if (look.underline) out.push({ name: "u", attrs: [] });
  out.push({ name: "sz", attrs: [["val", String(look.fontSize)]] });
  if (look.color) out.push({ name: "color", attrs: [["rgb", argb(look.color)]] });
  out.push({ name: "name", attrs: [["val", look.fontName]] });
  out.push({ name: "family", attrs: [["val", "2"]] });
  return out;
}

function fillChildren(rgb: string): Spec[] {
  return [
    {
      name: "patternFill",
      attrs: [["patternType", "solid"]],
      children: [
        { name: "fgColor", attrs: [["rgb", argb(rgb)]] },
        { name: "bgColor", attrs: [["indexed", "64"]] },
      ],
    },
  ];
}

function borderChildren(): Spec[] {
  const side = (name: string): Spec => ({
    name,
    attrs: [["style", "thin"]],
    children: [{ name: "color", attrs: [["indexed", "64"]] }],
  });
  return [side("left"), side("right"), side("top"), side("bottom"), { name: "diagonal", attrs: [] }];
}

function argb(rgb: string): string {
  const hex = rgb.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex : `FF${hex}`;
}

function build(parent: Element, spec: Spec): Element {
  const el = insertChild(parent, spec.name);
  for (const [k, v] of spec.attrs) el.setAttribute(k, v);
  for (const child of spec.children ?? []) build(el, child);
  return el;
}

function canonicalSpec(spec: Spec): string {
  const attrs = [...spec.attrs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`);
  return `${spec.name}[${attrs.join(",")}](${(spec.children ?? []).map(canonicalSpec).join("")})`;
}

/** The same canonical text for an element already in the part: local names and attributes, no whitespace. */
function canonicalElement(el: Element): string {
  return canonicalSpec(specOf(el));
}

function specOf(el: Element): Spec {
  const attrs: [string, string][] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (!a || a.name === "xmlns" || a.name.startsWith("xmlns:")) continue;
    attrs.push([a.localName ?? a.name, a.value]);
  }
  return { name: el.localName ?? el.nodeName, attrs, children: childElements(el).map(specOf) };
}

function updateCount(list: Element): void {
  list.setAttribute("count", String(childElements(list).length));
}
