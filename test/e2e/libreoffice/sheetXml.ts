import { readZip } from "./zipRead";

export interface XmlCell {
  address: string;
  /** The cell's type attribute: "str" (text result), "e" (error), "b", "s" (shared string), "n" or absent. */
  type: string | null;
  formula: string | null;
  /** The cached value as written, entities decoded; null when the cell holds none. */
  value: string | null;
}

export interface XlsxSheets {
  names: string[];
  cells(sheet: string): XmlCell[];
}

/**
 * The cells of an .xlsx as its XML has them: formulas and cached values exactly as the writing application left
 * them (no reader's interpretation: exceljs, for one, drops a cached result of 0).
 */
export function readXlsxSheets(bytes: Buffer): XlsxSheets {
  const files = readZip(bytes);
  const text = (name: string) => {
    const file = files.get(name);
    if (!file) throw new Error(`xlsx: ${name} missing`);
    return file.toString("utf8");
  };
  const rels = new Map<string, string>();
  for (const m of text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id && target) rels.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets = new Map<string, string>();
  for (const m of text("xl/workbook.xml").matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attr(m[1], "name");
    const rid = attr(m[1], "r:id");
    if (name !== null && rid && rels.has(rid)) sheets.set(name, rels.get(rid)!);
  }
  return {
    names: [...sheets.keys()],
    cells: (sheet) => {
      const part = sheets.get(sheet);
      if (!part) throw new Error(`xlsx: no sheet "${sheet}" (have ${[...sheets.keys()].join(", ")})`);
      return parseCells(text(part));
    },
  };
}

function parseCells(xml: string): XmlCell[] {
  const cells: XmlCell[] = [];
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1];
    const body = m[2] ?? "";
    const formula = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    const value = /<v>([\s\S]*?)<\/v>|<v\/>/.exec(body);
    cells.push({
      address: attr(attrs, "r") ?? "",
      type: attr(attrs, "t"),
      formula: formula ? decode(formula[1] ?? "") : null,
      value: value ? decode(value[1] ?? "") : null,
    });
  }
  return cells;
}

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name.replace(":", "\\:")}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]) : null;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}
