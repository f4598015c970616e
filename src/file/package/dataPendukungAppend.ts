import { Grid } from "../../core/grid/grid";
import { columnLetters, toA1 } from "../../core/grid/address";
import { SheetSpec } from "../../core/tables/sheetSpec";
import { CellLook } from "./styleSheet";
import { MAX_CELL_TEXT } from "../../core/grid/excelLimits";
import { lookOf } from "./worksheetXml";
import {
  childElements,
  ensureChild,
  firstChild,
  insertChild,
  parseXmlText,
  root,
  serializeXml,
  Document,
  Element,
  qualifiedName,
} from "../ooxml/xmlDom";

/** Children of `<worksheet>` that come after `<dataValidations>` in the schema's order. */
const AFTER_VALIDATIONS = [
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * Add the cells of an `append` spec to the officer's Data Pendukung sheet. A cell that already holds something is
 * never written (the officer's entry wins), an empty one they formatted keeps its format; returns how many cells
 * were added.
 */
export function appendRows(
  pkg: { text(part: string): string | null; setText(part: string, text: string): void },
  part: string,
  current: Grid,
  spec: SheetSpec,
  styleOf: (look: CellLook) => number,
): number {
  const cells = spec.cells.filter(({ row, col }) => {
    const c = current.cells[row]?.[col];
    return !c || c.value === null || c.value === "";
  });
  if (cells.length === 0) return 0;
  const doc = parseXmlText(pkg.text(part) ?? "", part);
  const sheetData = firstChild(root(doc), "sheetData");
  if (!sheetData) throw new Error(`${part}: tanpa <sheetData>`);
  const rows = new Map<number, Element>();
  for (const r of childElements(sheetData, "row")) rows.set(Number(r.getAttribute("r")), r);
  let added = 0;
  for (const { row, col, cell } of cells) {
    const value = cell.value;
    const rowEl = rows.get(row + 1) ?? insertRow(sheetData, rows, row + 1);
    const ref = `${columnLetters(col)}${row + 1}`;
    const existing = childElements(rowEl, "c").find((c) => c.getAttribute("r") === ref);
    if (existing && (childElements(existing, "v").length > 0 || childElements(existing, "is").length > 0)) continue;
    const c = existing ?? insertCell(rowEl, col);
    c.setAttribute("r", ref);
    // An empty cell the officer formatted ahead (a fill for entries to come, a number format) keeps their format.
    const theirs = c.getAttribute("s");
    if (theirs === null || theirs === "" || theirs === "0") c.setAttribute("s", String(styleOf(lookOf(cell))));
    if (typeof value === "number" && Number.isFinite(value)) {
      c.removeAttribute("t");
      insertChild(c, "v").appendChild(doc.createTextNode(String(value)));
    } else if (typeof value === "string" && value !== "" && value.length <= MAX_CELL_TEXT) {
      c.setAttribute("t", "inlineStr");
      const t = insertChild(insertChild(c, "is"), "t");
      t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
      t.appendChild(doc.createTextNode(value));
    }
    added++;
  }
  addValidations(doc, cells);
  pkg.setText(part, serializeXml(doc));
  return added;
}

function insertRow(sheetData: Element, rows: Map<number, Element>, r: number): Element {
  const after = [...rows.keys()].filter((k) => k > r).sort((a, b) => a - b)[0];
  const el = (sheetData.ownerDocument as Document).createElementNS(
    sheetData.namespaceURI,
    qualifiedName(sheetData, "row"),
  );
  el.setAttribute("r", String(r));
  if (after !== undefined) sheetData.insertBefore(el, rows.get(after) as Element);
  else sheetData.appendChild(el);
  rows.set(r, el);
  return el;
}

function insertCell(rowEl: Element, col: number): Element {
  const el = (rowEl.ownerDocument as Document).createElementNS(rowEl.namespaceURI, qualifiedName(rowEl, "c"));
  const next = childElements(rowEl, "c").find((c) => columnIndex(c.getAttribute("r") ?? "") > col);
  if (next) rowEl.insertBefore(el, next);
  else rowEl.appendChild(el);
  return el;
}

function columnIndex(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col - 1;
}

function addValidations(doc: Document, cells: SheetSpec["cells"]): void {
  const lists = cells.filter(({ cell }) => cell.validationList && cell.validationList.length > 0);
  if (lists.length === 0) return;
  const container = ensureChild(root(doc), "dataValidations", AFTER_VALIDATIONS);
  for (const { row, col, cell } of lists) {
    const v = insertChild(container, "dataValidation");
    v.setAttribute("type", "list");
    v.setAttribute("allowBlank", "1");
    v.setAttribute("showErrorMessage", "0");
    v.setAttribute("sqref", toA1(row, col));
    const f = insertChild(v, "formula1");
    f.appendChild(doc.createTextNode(`"${(cell.validationList ?? []).join(",").replace(/"/g, '""')}"`));
  }
  container.setAttribute("count", String(childElements(container, "dataValidation").length));
}
