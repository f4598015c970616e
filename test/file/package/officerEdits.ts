/**
 * What an officer does to a workbook between two runs, done on the package the way Excel would store it: type text
 * into a cell, delete one of our marks (as if the sheet had been re-created by hand). Edits go through a real XML
 * parser; every other part stays as it was.
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

type Parts = Record<string, Uint8Array>;

function parse(text: string): Document {
  return new DOMParser().parseFromString(text, "text/xml") as unknown as Document;
}

function sheetPart(parts: Parts, sheet: string): string {
  const wb = parse(strFromU8(parts["xl/workbook.xml"]));
  const el = Array.from(wb.getElementsByTagNameNS(MAIN, "sheet")).find((s) => s.getAttribute("name") === sheet);
  if (!el) throw new Error(`no sheet ${sheet}`);
  const id = el.getAttributeNS(REL, "id");
  const rels = parse(strFromU8(parts["xl/_rels/workbook.xml.rels"]));
  const rel = Array.from(rels.getElementsByTagName("Relationship")).find((r) => r.getAttribute("Id") === id);
  const target = rel?.getAttribute("Target") ?? "";
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function colOf(ref: string): number {
  let c = 0;
  for (const ch of ref.replace(/\d+$/, "")) c = c * 26 + ch.charCodeAt(0) - 64;
  return c;
}

/** Type `text` into `cell` of `sheet` (an inline string, replacing what the cell held). */
export function typeInto(bytes: Uint8Array, sheet: string, cell: string, text: string): Uint8Array {
  return editCell(bytes, sheet, cell, (doc, c) => {
    c.setAttribute("t", "inlineStr");
    const is = doc.createElementNS(MAIN, "is");
    const t = doc.createElementNS(MAIN, "t");
    t.appendChild(doc.createTextNode(text));
    is.appendChild(t);
    c.appendChild(is);
  });
}

/** Type a formula (without `=`) into `cell` of `sheet`, with no cached value, as a script or an old app would. */
/** Format an empty cell ahead of an entry (style `s` of the package's cellXfs), as an officer shades input cells. */
export function formatEmpty(bytes: Uint8Array, sheet: string, cell: string, style: number): Uint8Array {
  return editCell(bytes, sheet, cell, (_doc, c) => c.setAttribute("s", String(style)));
}

export function typeFormula(bytes: Uint8Array, sheet: string, cell: string, formula: string): Uint8Array {
  return editCell(bytes, sheet, cell, (doc, c) => {
    const f = doc.createElementNS(MAIN, "f");
    f.appendChild(doc.createTextNode(formula));
    c.appendChild(f);
  });
}

function editCell(
  bytes: Uint8Array,
  sheet: string,
  cell: string,
  fill: (doc: Document, c: Element) => void,
): Uint8Array {
  const parts = unzipSync(bytes);
  const part = sheetPart(parts, sheet);
  const doc = parse(strFromU8(parts[part]));
  const sheetData = doc.getElementsByTagNameNS(MAIN, "sheetData")[0];
  const r = Number(/\d+$/.exec(cell)?.[0]);
  let row = Array.from(sheetData.getElementsByTagNameNS(MAIN, "row")).find((x) => Number(x.getAttribute("r")) === r);
  if (!row) {
    row = doc.createElementNS(MAIN, "row");
    row.setAttribute("r", String(r));
    const next = Array.from(sheetData.getElementsByTagNameNS(MAIN, "row")).find((x) => Number(x.getAttribute("r")) > r);
    sheetData.insertBefore(row, next ?? null);
  }
  for (const old of Array.from(row.getElementsByTagNameNS(MAIN, "c")))
    if (old.getAttribute("r") === cell) row.removeChild(old);
  const c = doc.createElementNS(MAIN, "c");
  c.setAttribute("r", cell);
  fill(doc, c);
  const after = Array.from(row.getElementsByTagNameNS(MAIN, "c")).find(
    (x) => colOf(x.getAttribute("r") ?? "") > colOf(cell),
  );
  row.insertBefore(c, after ?? null);
  parts[part] = strToU8(new XMLSerializer().serializeToString(doc as never));
  return zipSync(parts);
}

/** Remove the sheet-scoped names called `name` from `sheet` (e.g. our mark). */
export function removeSheetName(bytes: Uint8Array, sheet: string, name: string): Uint8Array {
  const parts = unzipSync(bytes);
  const wb = parse(strFromU8(parts["xl/workbook.xml"]));
  const index = Array.from(wb.getElementsByTagNameNS(MAIN, "sheet")).findIndex((s) => s.getAttribute("name") === sheet);
  for (const n of Array.from(wb.getElementsByTagNameNS(MAIN, "definedName"))) {
    if (n.getAttribute("name") === name && n.getAttribute("localSheetId") === String(index))
      n.parentNode?.removeChild(n);
  }
  parts["xl/workbook.xml"] = strToU8(new XMLSerializer().serializeToString(wb as never));
  return zipSync(parts);
}

/**
 * Every sheet-scoped name called `name` moved `by` positions, as a program that inserts or moves sheets without
 * renumbering the names leaves them (openpyxl 3.0 adding a cover sheet in front: each name then points at the sheet
 * that was before its own).
 */
export function slideSheetNames(bytes: Uint8Array, name: string, by: number): Uint8Array {
  const parts = unzipSync(bytes);
  const wb = parse(strFromU8(parts["xl/workbook.xml"]));
  for (const n of Array.from(wb.getElementsByTagNameNS(MAIN, "definedName"))) {
    const local = n.getAttribute("localSheetId");
    if (n.getAttribute("name") === name && local !== null) n.setAttribute("localSheetId", String(Number(local) + by));
  }
  parts["xl/workbook.xml"] = strToU8(new XMLSerializer().serializeToString(wb as never));
  return zipSync(parts);
}

/** The part holding `sheet`, and its bytes. */
export function sheetBytes(bytes: Uint8Array, sheet: string): { part: string; bytes: Uint8Array } {
  const parts = unzipSync(bytes);
  const part = sheetPart(parts, sheet);
  return { part, bytes: parts[part] };
}

/** Rename a sheet as Excel does: its tab, and the references to it in the workbook's defined names. */
export function renameSheet(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const parts: Parts = unzipSync(bytes);
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;
  const wb = parse(strFromU8(parts["xl/workbook.xml"]));
  const el = Array.from(wb.getElementsByTagNameNS(MAIN, "sheet")).find((s) => s.getAttribute("name") === from);
  if (!el) throw new Error(`no sheet ${from}`);
  el.setAttribute("name", to);
  for (const dn of Array.from(wb.getElementsByTagNameNS(MAIN, "definedName"))) {
    const text = dn.textContent ?? "";
    if (text.includes(quoted(from))) dn.textContent = text.split(quoted(from)).join(quoted(to));
  }
  parts["xl/workbook.xml"] = strToU8(new XMLSerializer().serializeToString(wb as never));
  return zipSync(parts);
}

/**
 * A comment of the officer's (author `Petugas`) on `cell` of `sheet`, as a comments part in the sheet's relationships
 * and the content types (without the VML drawing Excel adds to show it; no reader here needs that).
 */
export function withOfficerComment(bytes: Uint8Array, sheet: string, cell: string, text: string): Uint8Array {
  const parts: Parts = unzipSync(bytes);
  const part = sheetPart(parts, sheet);
  const comments = "xl/comments-petugas.xml";
  parts[comments] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="${MAIN}"><authors><author>Petugas</author>` +
      `</authors><commentList><comment ref="${cell}" authorId="0"><text><r><t>${text}</t></r></text></comment>` +
      `</commentList></comments>`,
  );
  const rels = part.replace(/([^/]+)$/, "_rels/$1.rels");
  const rel =
    `<Relationship Id="rIdPetugas" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" ` +
    `Target="../comments-petugas.xml"/>`;
  const existing = parts[rels] ? strFromU8(parts[rels]) : null;
  parts[rels] = strToU8(
    existing
      ? existing.replace("</Relationships>", `${rel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
  );
  const types = strFromU8(parts["[Content_Types].xml"]).replace(
    "</Types>",
    `<Override PartName="/${comments}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>`,
  );
  parts["[Content_Types].xml"] = strToU8(types);
  return zipSync(parts);
}
