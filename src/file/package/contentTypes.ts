import { childElements, insertChild, NS, parseXmlText, root, serializeXml, Document } from "../ooxml/xmlDom";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
} as const;

/** A template's workbook part (.xltx, .xltm) and the workbook type its result takes (.xlsx, .xlsm). */
export const TEMPLATE_TO_WORKBOOK: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml":
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
};

/** `[Content_Types].xml`: the content type of every part, by Override (part name) or Default (extension). */
export class ContentTypes {
  private constructor(private readonly doc: Document) {}

  static parse(text: string): ContentTypes {
    return new ContentTypes(parseXmlText(text, CONTENT_TYPES_PART));
  }

  /** The type of a part (name without leading slash): its Override, else the Default of its extension. */
  typeOf(part: string): string | null {
    const name = `/${part}`.toLowerCase();
    for (const o of childElements(root(this.doc), "Override")) {
      if ((o.getAttribute("PartName") ?? "").toLowerCase() === name) return o.getAttribute("ContentType");
    }
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    for (const d of childElements(root(this.doc), "Default")) {
      if ((d.getAttribute("Extension") ?? "").toLowerCase() === ext) return d.getAttribute("ContentType");
    }
    return null;
  }

  /** Parts with this content type, by Override. */
  partsOfType(type: string): string[] {
    return childElements(root(this.doc), "Override")
      .filter((o) => o.getAttribute("ContentType") === type)
      .map((o) => (o.getAttribute("PartName") ?? "").replace(/^\//, ""));
  }

  setOverride(part: string, type: string): void {
    const name = `/${part}`;
    const existing = childElements(root(this.doc), "Override").find(
      (o) => (o.getAttribute("PartName") ?? "").toLowerCase() === name.toLowerCase(),
    );
    const el = existing ?? insertChild(root(this.doc), "Override");
    if (!existing) el.setAttribute("PartName", name);
    el.setAttribute("ContentType", type);
  }

  removeOverride(part: string): void {
    const name = `/${part}`.toLowerCase();
    for (const o of childElements(root(this.doc), "Override")) {
      if ((o.getAttribute("PartName") ?? "").toLowerCase() === name) root(this.doc).removeChild(o);
    }
  }

  /** A Default for an extension, added when the package has none (e.g. `rels` in a hand-made package). */
  ensureDefault(extension: string, type: string): void {
    const has = childElements(root(this.doc), "Default").some(
      (d) => (d.getAttribute("Extension") ?? "").toLowerCase() === extension.toLowerCase(),
    );
    if (has) return;
    const el = insertChild(root(this.doc), "Default", ["Override"]);
    el.setAttribute("Extension", extension);
    el.setAttribute("ContentType", type);
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}

/** The namespace a new `[Content_Types].xml` is written in (for a package that lacks one). */
export const EMPTY_CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS.contentTypes}"></Types>`;
