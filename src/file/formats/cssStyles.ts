/** CSS declarations by property name (lower case), values as written. */
export type Declarations = Map<string, string>;

interface Rule {
  tag: string | null;
  className: string | null;
  declarations: Declarations;
}

/**
 * The rules of `<style>` blocks that exports use to style cells: `td`, `.xl65`, `td.xl65` (Excel's and WPS's
 * "Save as Web Page", class names per style), and comma lists of those. Other selectors are ignored.
 */
export class StyleRules {
  private readonly rules: Rule[] = [];
  /** Exports repeat the same class and `style` on thousands of cells: each combination is resolved once. */
  private readonly resolved = new Map<string, Declarations>();

  add(css: string): void {
    this.resolved.clear();
    const text = stripComments(css);
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf("{", i);
      if (open < 0) break;
      const close = text.indexOf("}", open);
      const selectors = text.slice(i, open);
      const body = text.slice(open + 1, close < 0 ? text.length : close);
      i = close < 0 ? text.length : close + 1;
      if (selectors.trim().startsWith("@")) continue;
      const declarations = parseDeclarations(body);
      for (const selector of selectors.split(",")) {
        const simple = /^\s*([a-zA-Z][a-zA-Z0-9]*)?(?:\.([a-zA-Z0-9_-]+))?\s*$/.exec(selector);
        if (!simple || (!simple[1] && !simple[2])) continue;
        this.rules.push({ tag: simple[1]?.toLowerCase() ?? null, className: simple[2] ?? null, declarations });
      }
    }
  }

  /** What applies to an element: tag rules, then class rules, then tag.class rules, then its own `style`. Shared: read only. */
  resolve(tag: string, classes: string[], inline: string | undefined): Declarations {
    const key = `${tag}\u0000${classes.join(" ")}\u0000${inline ?? ""}`;
    let found = this.resolved.get(key);
    if (!found) this.resolved.set(key, (found = this.compute(tag, classes, inline)));
    return found;
  }

  private compute(tag: string, classes: string[], inline: string | undefined): Declarations {
    const out: Declarations = new Map();
    const apply = (d: Declarations) => d.forEach((v, k) => out.set(k, v));
    for (const r of this.rules) if (r.tag === tag && r.className === null) apply(r.declarations);
    for (const r of this.rules)
      if (r.tag === null && r.className !== null && classes.includes(r.className)) apply(r.declarations);
    for (const r of this.rules)
      if (r.tag === tag && r.className !== null && classes.includes(r.className)) apply(r.declarations);
    if (inline) apply(parseDeclarations(inline));
    return out;
  }
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/<!--|-->/g, " ");
}

/**
 * `a: b; c: "d;e"` → {a: b, c: "d;e"}. A `;` inside quotes or escaped with `\` does not end a declaration:
 * `mso-number-format:"\#\,\#\#0\;\[Red\]\-\#\,\#\#0"` stays whole.
 */
export function parseDeclarations(text: string): Declarations {
  const out: Declarations = new Map();
  let start = 0;
  let quote: string | null = null;
  const flush = (end: number) => {
    const item = text.slice(start, end);
    const colon = item.indexOf(":");
    if (colon > 0) {
      const name = item.slice(0, colon).trim().toLowerCase();
      const value = item
        .slice(colon + 1)
        .trim()
        .replace(/\s*!important$/i, "");
      if (name) out.set(name, value);
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ";") {
      flush(i);
      start = i + 1;
    }
  }
  flush(text.length);
  return out;
}

/** A CSS string or identifier with its escapes resolved: `"\#\,\#\#0"` → `#,##0`, `"\0022Rp\0022"` → `"Rp"`. */
export function cssValue(value: string): string {
  let v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) v = v.slice(1, -1);
  let out = "";
  for (let i = 0; i < v.length; i++) {
    if (v[i] !== "\\") {
      out += v[i];
      continue;
    }
    const hex = /^[0-9a-fA-F]{1,6}/.exec(v.slice(i + 1, i + 7));
    if (hex) {
      out += String.fromCodePoint(Math.min(parseInt(hex[0], 16), 0x10ffff) || 0xfffd);
      i += hex[0].length;
      if (v[i + 1] === " ") i++;
    } else if (i + 1 < v.length) {
      out += v[++i];
    }
  }
  return out;
}

const NAMED_COLOURS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  silver: "#C0C0C0",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  red: "#FF0000",
  maroon: "#800000",
  yellow: "#FFFF00",
  olive: "#808000",
  lime: "#00FF00",
  green: "#008000",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  teal: "#008080",
  blue: "#0000FF",
  navy: "#000080",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  purple: "#800080",
  orange: "#FFA500",
  lightyellow: "#FFFFE0",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
};

/** `#abc`, `#aabbcc`, `rgb(1,2,3)` or a common colour name as `#RRGGBB`; null for anything else (transparent). */
export function cssColour(value: string | undefined): string | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/.exec(v);
  if (hex && (v.startsWith("#") || hex[1].length === 6)) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join("") : hex[1];
    return `#${h.toUpperCase()}`;
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(v);
  if (rgb) {
    if (rgb[4] !== undefined && Number(rgb[4]) === 0) return null;
    return `#${[rgb[1], rgb[2], rgb[3]]
      .map((x) => Math.min(255, Number(x)).toString(16).padStart(2, "0"))
      .join("")
      .toUpperCase()}`;
  }
  return NAMED_COLOURS[v] ?? null;
}

/** The colour of a `background` shorthand or `background-color`. */
export function backgroundColour(d: Declarations): string | null {
  const colour = cssColour(d.get("background-color"));
  if (colour) return colour;
  const shorthand = d.get("background");
  if (!shorthand) return null;
  for (const part of shorthand.split(/\s+(?![^(]*\))/)) {
    const c = cssColour(part);
    if (c) return c;
  }
  return null;
}

/** `bold`, `bolder` or a weight of 600 and more. */
export function isBoldWeight(value: string | undefined): boolean {
  if (!value) return false;
  const v = value.trim().toLowerCase();
  return v === "bold" || v === "bolder" || (/^\d+$/.test(v) && Number(v) >= 600);
}

/** A CSS length in points (`12pt`, `16px`, `1em` at 11 pt); null when it is not a length. */
export function lengthInPoints(value: string | undefined): number | null {
  const m = value ? /^(-?[\d.]+)\s*(pt|px|em|cm|mm|in)?$/.exec(value.trim().toLowerCase()) : null;
  if (!m) return null;
  const n = Number(m[1]);
  switch (m[2]) {
    case "px":
      return n * 0.75;
    case "em":
      return n * 11;
    case "cm":
      return (n * 72) / 2.54;
    case "mm":
      return (n * 72) / 25.4;
    case "in":
      return n * 72;
    default:
      return n;
  }
}
