/**
 * Cached cell values of an .xlsx as its parts hold them, read with a real XML parser: for comparing what a writer
 * (Excel, LibreOffice, our own) left in `<v>` with what a formula should give.
 */
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

export interface CellRef {
  sheet: string;
  cell: string;
}

/** A cached value: number, text, boolean, an error (`{ error: "#REF!" }`) or null for an empty/absent cell. */
export type CellValue = number | string | boolean | { error: string } | null;

export interface CellReading {
  value: CellValue;
  /** The formula text as stored (no "="), or null. */
  formula: string | null;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function cellKey(ref: CellRef): string {
  return `${ref.sheet}!${ref.cell}`;
}

function parse(text: string, name: string): Document {
  return new DOMParser({
    onError: (level: string, msg: string) => {
      if (level !== "warning") throw new Error(`${name}: ${msg}`);
    },
  }).parseFromString(text, "text/xml") as unknown as Document;
}

function elements(parent: Element | Document, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(MAIN, localName));
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** Reads the given cells (sheet by name) from the package bytes. A missing sheet is an error. */
export function readCells(bytes: Uint8Array, refs: CellRef[]): Map<string, CellReading> {
  const files = unzipSync(bytes);
  const text = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`xlsx: ${name} missing`);
    return strFromU8(f);
  };
  const workbook = parse(text("xl/workbook.xml"), "workbook.xml");
  const rels = parse(text("xl/_rels/workbook.xml.rels"), "workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const r of Array.from(rels.getElementsByTagName("Relationship"))) {
    targets.set(r.getAttribute("Id")!, resolveTarget("xl/workbook.xml", r.getAttribute("Target")!));
  }
  const sheetParts = new Map<string, string>();
  for (const s of elements(workbook, "sheet")) {
    sheetParts.set(s.getAttribute("name")!, targets.get(s.getAttributeNS(REL_NS, "id")!)!);
  }
  const shared = files["xl/sharedStrings.xml"]
    ? elements(parse(text("xl/sharedStrings.xml"), "sharedStrings.xml"), "si").map((si) =>
        elements(si, "t")
          .filter((t) => (t.parentNode as Element).localName !== "rPh")
          .map((t) => t.textContent ?? "")
          .join(""),
      )
    : [];

  const bySheet = new Map<string, Map<string, Element>>();
  const sheetCells = (sheet: string) => {
    let cells = bySheet.get(sheet);
    if (!cells) {
      const part = sheetParts.get(sheet);
      if (!part) throw new Error(`xlsx: no sheet "${sheet}" (have ${[...sheetParts.keys()].join(", ")})`);
      cells = new Map(elements(parse(text(part), part), "c").map((c) => [c.getAttribute("r")!, c]));
      bySheet.set(sheet, cells);
    }
    return cells;
  };

  const out = new Map<string, CellReading>();
  for (const ref of refs) {
    const c = sheetCells(ref.sheet).get(ref.cell);
    out.set(cellKey(ref), c ? reading(c, shared) : { value: null, formula: null });
  }
  return out;
}

function reading(c: Element, shared: string[]): CellReading {
  const f = elements(c, "f")[0];
  const v = elements(c, "v")[0];
  const raw = v ? (v.textContent ?? "") : null;
  const type = c.getAttribute("t") || "n";
  let value: CellValue;
  if (type === "inlineStr")
    value = elements(c, "t")
      .map((t) => t.textContent ?? "")
      .join("");
  else if (raw === null) value = type === "str" ? "" : null;
  else if (type === "s") value = shared[Number(raw)];
  else if (type === "str") value = raw;
  else if (type === "b") value = raw === "1" || raw === "true";
  else if (type === "e") value = { error: raw };
  else value = Number(raw);
  return { value, formula: f ? (f.textContent ?? "") : null };
}

/** Same value, numbers within a relative 1e-9 (LibreOffice writes 15 significant digits). */
export function sameCellValue(expected: CellValue, got: CellValue): boolean {
  if (typeof expected === "number" && typeof got === "number") {
    return Math.abs(expected - got) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  return JSON.stringify(expected) === JSON.stringify(got);
}
