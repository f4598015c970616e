import { columnLetters, fromA1 } from "../../core/grid/address";
import { ContentTypes } from "./contentTypes";
import { Relationships, relsPartOf, resolveTarget } from "./relationships";
import { childElements, firstChild, parseXmlText, root, serializeXml } from "../ooxml/xmlDom";
import { Flavor } from "../ooxml/flavor";

/** The author our notes carry: on a re-run they are ours to replace; any other author's note is the officer's. */
export const NOTE_AUTHOR = "LKjIP";

export const REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
export const REL_VML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
export const TYPE_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
export const TYPE_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";

export interface CellNote {
  row: number;
  col: number;
  text: string;
}

/** What sheetComments needs of the package (WorkbookPackage has it). */
export interface CommentsHost {
  text(part: string): string | null;
  setText(part: string, text: string): void;
  remove(part: string): void;
  has(part: string): boolean;
  contentTypes(): ContentTypes;
  touch(editor: "contentTypes"): void;
  /** The package's spelling: the comments part and its relationships are written in it. */
  readonly flavor: Flavor;
}

/** A note kept from the sheet's earlier comments part: its cell, author and `<text>` element as written. */
interface KeptComment {
  ref: string;
  author: string;
  textXml: string;
}

/**
 * Write the notes of a generated sheet as a comments part with its VML drawing (how Excel and LibreOffice keep
 * cell notes), registered in the sheet's relationships and in the content types. On a re-run the sheet's earlier
 * comments are rewritten: notes by another author (the officer's) are kept with their text, ours are replaced; the
 * officer's note wins on a cell both would note. Returns the worksheet's `<legacyDrawing>` element, null when the
 * sheet is left without notes, or undefined when nothing about notes changed (no notes before or now).
 */
export function writeSheetComments(pkg: CommentsHost, sheetPart: string, notes: CellNote[]): string | null | undefined {
  const relsPart = relsPartOf(sheetPart);
  const rels = Relationships.parse(pkg.text(relsPart), relsPart);
  const commentsRel = rels.byType(REL_COMMENTS)[0];
  if (!commentsRel && notes.length === 0) return undefined;
  const kept: KeptComment[] = [];
  // How the officer's notes show (pinned open, their colour and size), by cell: their shapes are kept as drawn.
  const shapes = new Map<string, string>();
  let commentsPart: string | null = null;
  if (commentsRel) {
    commentsPart = resolveTarget(sheetPart, commentsRel.target);
    kept.push(...othersComments(pkg.text(commentsPart), commentsPart));
    for (const vml of rels.byType(REL_VML)) {
      const part = resolveTarget(sheetPart, vml.target);
      for (const [cell, shape] of noteShapes(pkg.text(part) ?? "")) if (!shapes.has(cell)) shapes.set(cell, shape);
      pkg.remove(part);
      rels.remove(vml.id);
    }
  }
  const taken = new Set(kept.map((k) => k.ref));
  const ours = notes.filter((n) => !taken.has(ref(n.row, n.col)));
  if (kept.length === 0 && ours.length === 0) {
    if (commentsRel && commentsPart) {
      pkg.remove(commentsPart);
      pkg.contentTypes().removeOverride(commentsPart);
      pkg.touch("contentTypes");
      rels.remove(commentsRel.id);
    }
    pkg.setText(relsPart, rels.toXml());
    return null;
  }
  if (!commentsPart) {
    commentsPart = freePart(pkg, "xl", "comments", "xml");
    rels.add(pkg.flavor.relType("comments"), relativeTarget(sheetPart, commentsPart));
  }
  const vmlPart = freePart(pkg, "xl/drawings", "vmlDrawing", "vml");
  const vmlId = rels.add(pkg.flavor.relType("vmlDrawing"), relativeTarget(sheetPart, vmlPart));
  const cells = [
    ...kept.map((k) => ({ ...fromA1(k.ref), ref: k.ref, author: k.author, textXml: k.textXml })),
    ...ours.map((n) => ({
      row: n.row,
      col: n.col,
      ref: ref(n.row, n.col),
      author: NOTE_AUTHOR,
      textXml: textElement(n.text),
    })),
  ].sort((a, b) => a.row - b.row || a.col - b.col);
  pkg.setText(commentsPart, commentsXml(cells, pkg.flavor));
  const officers = new Set(kept.map((k) => k.ref));
  const drawn = new Map([...shapes].filter(([cell]) => officers.has(cell)));
  pkg.setText(vmlPart, vmlXml(cells, drawingNumber(vmlPart), drawn));
  const types = pkg.contentTypes();
  types.setOverride(commentsPart, TYPE_COMMENTS);
  types.ensureDefault("vml", TYPE_VML);
  pkg.touch("contentTypes");
  pkg.setText(relsPart, rels.toXml());
  return `<legacyDrawing r:id="${vmlId}"/>`;
}

/** Remove a sheet's comments and VML parts (the sheet itself is being removed). */
export function removeSheetComments(pkg: CommentsHost, sheetPart: string): void {
  const relsPart = relsPartOf(sheetPart);
  const text = pkg.text(relsPart);
  if (!text) return;
  const rels = Relationships.parse(text, relsPart);
  for (const rel of [...rels.byType(REL_COMMENTS), ...rels.byType(REL_VML)]) {
    const part = resolveTarget(sheetPart, rel.target);
    pkg.remove(part);
    pkg.contentTypes().removeOverride(part);
    pkg.touch("contentTypes");
  }
}

function ref(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** The comments of an earlier part that another author wrote. */
export function othersComments(text: string | null, part: string): KeptComment[] {
  if (!text) return [];
  const doc = parseXmlText(text, part);
  const authors = childElements(firstChild(root(doc), "authors") ?? root(doc), "author").map(
    (a) => a.textContent ?? "",
  );
  const list = firstChild(root(doc), "commentList");
  if (!list) return [];
  const out: KeptComment[] = [];
  for (const c of childElements(list, "comment")) {
    const author = authors[Number(c.getAttribute("authorId") ?? "0")] ?? "";
    const text = firstChild(c, "text");
    const cellRef = c.getAttribute("ref") ?? "";
    if (author === NOTE_AUTHOR || !text || !/^[A-Z]{1,3}\d+$/.test(cellRef)) continue;
    out.push({ ref: cellRef, author, textXml: serializeXml(text as never) });
  }
  return out;
}

function textElement(text: string): string {
  return `<text><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr><t xml:space="preserve">${escapeXml(text)}</t></r></text>`;
}

function commentsXml(cells: { ref: string; author: string; textXml: string }[], flavor: Flavor): string {
  const authors = [...new Set(cells.map((c) => c.author))];
  const out = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<comments xmlns="${flavor.main}"><authors>`,
    ...authors.map((a) => `<author>${escapeXml(a)}</author>`),
    `</authors><commentList>`,
  ];
  for (const c of cells) {
    // A kept <text> element carries the main namespace as its default: written inside <comments> it stays the same.
    const text = c.textXml.replace(/^<text xmlns="[^"]*"/, "<text");
    out.push(`<comment ref="${c.ref}" authorId="${authors.indexOf(c.author)}">${text}</comment>`);
  }
  out.push(`</commentList></comments>`);
  return out.join("");
}

/**
 * The legacy drawing Excel needs to show notes: one hidden text box per note, anchored beside its cell. `data` of
 * the idmap numbers the drawing's shapes (1024 per drawing) apart from other drawings of the workbook.
 */
function vmlXml(
  cells: { row: number; col: number; ref: string }[],
  drawing: number,
  drawn: ReadonlyMap<string, string>,
): string {
  const shapes = cells.map((c, i) => {
    const id = `_x0000_s${drawing * 1024 + i + 1}`;
    const officers = drawn.get(c.ref);
    // The officer's shape as they left it, numbered in this drawing.
    if (officers) return officers.replace(/\bid="[^"]*"/, `id="${id}"`);
    const anchor = [c.col + 1, 15, Math.max(0, c.row - 1), 10, c.col + 4, 15, c.row + 4, 4].join(", ");
    return (
      `<v:shape id="${id}" type="#_x0000_t202" ` +
      `style="position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:90pt;z-index:${i + 1};visibility:hidden" ` +
      `fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>` +
      `<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${c.row}</x:Row><x:Column>${c.col}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
    `xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${drawing}"/></o:shapelayout>` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
    `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    shapes.join("") +
    `</xml>`
  );
}

/**
 * The note shapes of a VML drawing by the cell they belong to (`A10`): each `<v:shape>` with its ClientData's Row
 * and Column. Read as text: Excel's VML is not always well-formed XML.
 */
function noteShapes(vml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of vml.matchAll(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g)) {
    const shape = m[0];
    if (!/ObjectType="Note"/.test(shape)) continue;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
    if (row && col) out.set(ref(Number(row[1]), Number(col[1])), shape);
  }
  return out;
}

function drawingNumber(vmlPart: string): number {
  const m = /(\d+)\.vml$/.exec(vmlPart);
  return m ? Number(m[1]) : 1;
}

function freePart(pkg: CommentsHost, folder: string, stem: string, ext: string): string {
  for (let i = 1; ; i++) {
    const name = `${folder}/${stem}${i}.${ext}`;
    if (!pkg.has(name)) return name;
  }
}

/** `xl/comments1.xml` as seen from `xl/worksheets/sheet9.xml`: `../comments1.xml`. */
function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...Array(a.length - i).fill(".."), ...b.slice(i)].join("/");
}

function escapeXml(s: string): string {
  return (
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
  );
}
