import {
  childElements,
  ensureChild,
  firstChild,
  insertChild,
  parseXmlText,
  qualifiedName,
  relationshipAttr,
  root,
  serializeXml,
  Document,
  Element,
} from "../ooxml/xmlDom";

import { Flavor, flavorOf } from "../ooxml/flavor";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The relationship id of its part in the workbook's rels. */
  rId: string;
  state: SheetState;
}

export interface DefinedName {
  name: string;
  /** 0-based position of the sheet in `<sheets>` for a sheet-scoped name. */
  localSheetId?: number;
  /** The name's formula, as stored (no leading `=`). */
  text: string;
  hidden: boolean;
}

/** Children of `<workbook>` that come after `<definedNames>` in the schema's order. */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The attributes of a book view that name a sheet by its index. */
const VIEW_TABS = ["activeTab", "firstSheet"] as const;

/**
 * `xl/workbook.xml`, edited in place. Sheets are added (at the end, or before a sheet) or removed, never reordered: an
 * insertion or a removal moves the positional `localSheetId` of the names and the book views' tabs after it, as Excel
 * does, so that each stays on its sheet.
 */
export class WorkbookXml {
  private constructor(
    private readonly doc: Document,
    readonly part: string,
  ) {}

  static parse(text: string, part: string): WorkbookXml {
    return new WorkbookXml(parseXmlText(text, part), part);
  }

  /** Transitional or strict, by the workbook's namespace: what the package's new parts are written in. */
  get flavor(): Flavor {
    return flavorOf(root(this.doc).namespaceURI);
  }

  private sheetsElement(): Element {
    const sheets = firstChild(root(this.doc), "sheets");
    if (!sheets) throw new Error(`${this.part}: tanpa <sheets>`);
    return sheets;
  }

  sheets(): SheetEntry[] {
    return childElements(this.sheetsElement(), "sheet").map((el) => ({
      name: el.getAttribute("name") ?? "",
      sheetId: Number(el.getAttribute("sheetId") ?? "0"),
      rId: relationshipAttr(el, "id") ?? "",
      state: (el.getAttribute("state") as SheetState | null) ?? "visible",
    }));
  }

  indexOf(name: string): number {
    const wanted = name.toLowerCase();
    return this.sheets().findIndex((s) => s.name.toLowerCase() === wanted);
  }

  /**
   * Register a sheet after every other, or before the sheet at `before`: the names scoped to a sheet and the book
   * views' tabs at or after that place then move one on, with their sheets. Returns the new sheet's index.
   */
  addSheet(name: string, rId: string, state: SheetState = "visible", before?: number): number {
    const sheets = this.sheetsElement();
    const nextId = Math.max(0, ...this.sheets().map((s) => s.sheetId)) + 1;
    const existing = childElements(sheets, "sheet");
    const at = before !== undefined && before >= 0 && before < existing.length ? before : -1;
    const el = at < 0 ? insertChild(sheets, "sheet") : this.insertSheetAt(sheets, existing[at], at);
    el.setAttribute("name", name);
    el.setAttribute("sheetId", String(nextId));
    if (state !== "visible") el.setAttribute("state", state);
    const rel = this.flavor.rel;
    const prefix = this.doc.documentElement?.lookupPrefix(rel) ?? "r";
    if (!this.doc.documentElement?.lookupPrefix(rel)) root(this.doc).setAttribute("xmlns:r", rel);
    el.setAttributeNS(rel, `${prefix}:id`, rId);
    return at < 0 ? childElements(sheets, "sheet").length - 1 : at;
  }

  private insertSheetAt(sheets: Element, next: Element, index: number): Element {
    const el = this.doc.createElementNS(sheets.namespaceURI, qualifiedName(sheets, "sheet"));
    sheets.insertBefore(el, next);
    this.moveSheetIndexes(index, 1);
    return el;
  }

  /**
   * The sheet indexes at or after `from` (the names scoped to a sheet, the book views' active and first tabs) moved
   * by `by`, with their sheets, when one is inserted (1) or removed (-1) before them.
   */
  private moveSheetIndexes(from: number, by: 1 | -1): void {
    const names = firstChild(root(this.doc), "definedNames");
    for (const n of names ? childElements(names, "definedName") : []) {
      const local = n.getAttribute("localSheetId");
      if (local !== null && Number(local) >= from) n.setAttribute("localSheetId", String(Number(local) + by));
    }
    for (const view of this.bookViews()) {
      for (const attr of VIEW_TABS) {
        const v = view.getAttribute(attr);
        if (v !== null && Number(v) >= from) view.setAttribute(attr, String(Number(v) + by));
      }
    }
  }

  private bookViews(): Element[] {
    const views = firstChild(root(this.doc), "bookViews");
    return views ? childElements(views, "workbookView") : [];
  }

  setState(index: number, state: SheetState): void {
    const el = childElements(this.sheetsElement(), "sheet")[index];
    if (state === "visible") el.removeAttribute("state");
    else el.setAttribute("state", state);
  }

  /** Remove the sheet at `index`: its names go, later sheets' names and the book views shift down by one. */
  removeSheet(index: number): void {
    const sheets = this.sheetsElement();
    const el = childElements(sheets, "sheet")[index];
    if (!el) return;
    sheets.removeChild(el);
    const names = firstChild(root(this.doc), "definedNames");
    for (const n of names ? childElements(names, "definedName") : []) {
      const local = n.getAttribute("localSheetId");
      if (local !== null && Number(local) === index) names?.removeChild(n);
    }
    if (names && childElements(names).length === 0) root(this.doc).removeChild(names);
    this.moveSheetIndexes(index + 1, -1);
    const count = childElements(sheets, "sheet").length;
    const firstVisible = Math.max(
      0,
      this.sheets().findIndex((s) => s.state === "visible"),
    );
    // A tab that was the last sheet's: the first visible sheet is active, the first sheet the first shown.
    for (const view of this.bookViews()) {
      for (const attr of VIEW_TABS) {
        const v = view.getAttribute(attr);
        if (v === null) continue;
        const id = Number(v);
        view.setAttribute(attr, String(id >= count ? (attr === "activeTab" ? firstVisible : 0) : id));
      }
    }
  }

  definedNames(): DefinedName[] {
    const names = firstChild(root(this.doc), "definedNames");
    return (names ? childElements(names, "definedName") : []).map((n) => {
      const local = n.getAttribute("localSheetId");
      return {
        name: n.getAttribute("name") ?? "",
        localSheetId: local === null ? undefined : Number(local),
        text: n.textContent ?? "",
        hidden: n.getAttribute("hidden") === "1" || n.getAttribute("hidden") === "true",
      };
    });
  }

  /** Set a name: the element with the same spelling and scope is updated where it stands, else one is appended. */
  setDefinedName(name: string, localSheetId: number | undefined, text: string, hidden = false): void {
    const names = ensureChild(root(this.doc), "definedNames", AFTER_DEFINED_NAMES);
    const wanted = name.toLowerCase();
    let el = childElements(names, "definedName").find((n) => {
      const local = n.getAttribute("localSheetId");
      return (
        (n.getAttribute("name") ?? "").toLowerCase() === wanted &&
        (local === null ? undefined : Number(local)) === localSheetId
      );
    });
    if (!el) {
      el = insertChild(names, "definedName");
      el.setAttribute("name", name);
      if (localSheetId !== undefined) el.setAttribute("localSheetId", String(localSheetId));
    }
    if (hidden) el.setAttribute("hidden", "1");
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(this.doc.createTextNode(text));
  }

  removeDefinedName(name: string, localSheetId: number | undefined): void {
    const names = firstChild(root(this.doc), "definedNames");
    if (!names) return;
    const wanted = name.toLowerCase();
    for (const n of childElements(names, "definedName")) {
      const local = n.getAttribute("localSheetId");
      const scope = local === null ? undefined : Number(local);
      if ((n.getAttribute("name") ?? "").toLowerCase() === wanted && scope === localSheetId) names.removeChild(n);
    }
    if (childElements(names).length === 0) root(this.doc).removeChild(names);
  }

  /**
   * Ask Excel (and LibreOffice where its settings allow) to recalculate every formula when the file is opened: a
   * formula of the officer's that reads a generated cell still holds the figure of the last save until then.
   */
  recalculateOnOpen(): void {
    const calc = ensureChild(root(this.doc), "calcPr", AFTER_DEFINED_NAMES.slice(1));
    calc.setAttribute("fullCalcOnLoad", "1");
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}
