import { childElements, insertChild, NS, parseXmlText, root, serializeXml, Document, Element } from "../ooxml/xmlDom";
import { relsPartOf, resolveTarget } from "../ooxml/partNames";
import { relationshipName } from "../ooxml/flavor";

export { relsPartOf, resolveTarget };

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  theme: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  extendedProperties: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** One `.rels` part, edited in place: existing relationships keep their ids; new ones get unused ids. */
export class Relationships {
  private constructor(
    private readonly doc: Document,
    readonly part: string,
  ) {}

  static parse(text: string | null, part: string): Relationships {
    const xml =
      text ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
    return new Relationships(parseXmlText(xml, part), part);
  }

  all(): Relationship[] {
    return childElements(root(this.doc), "Relationship").map(toRelationship);
  }

  /** Relationships of a type, spelled transitional or strict (the same last segment: `…/styles`). */
  byType(type: string): Relationship[] {
    const name = relationshipName(type);
    return this.all().filter((r) => relationshipName(r.type) === name);
  }

  byId(id: string): Relationship | null {
    return this.all().find((r) => r.id === id) ?? null;
  }

  add(type: string, target: string): string {
    const ids = new Set(this.all().map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const el = insertChild(root(this.doc), "Relationship");
    el.setAttribute("Id", id);
    el.setAttribute("Type", type);
    el.setAttribute("Target", target);
    return id;
  }

  remove(id: string): void {
    for (const el of childElements(root(this.doc), "Relationship")) {
      if (el.getAttribute("Id") === id) root(this.doc).removeChild(el);
    }
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}

function toRelationship(el: Element): Relationship {
  return {
    id: el.getAttribute("Id") ?? "",
    type: el.getAttribute("Type") ?? "",
    target: el.getAttribute("Target") ?? "",
    external: el.getAttribute("TargetMode") === "External",
  };
}
