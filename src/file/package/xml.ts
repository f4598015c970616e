import { DOMParser, onErrorStopParsing, XMLSerializer } from "@xmldom/xmldom";

/*
 * The package's small XML parts (workbook, relationships, content types, styles, app properties, Data Pendukung)
 * are edited as DOM trees with @xmldom/xmldom: a real XML parser without browser APIs (it runs in Node and in a Web
 * Worker), which keeps every element, attribute, namespace and processing instruction it does not know, so what we
 * do not touch is written back with the same meaning.
 */

export type XmlDocument = ReturnType<DOMParser["parseFromString"]>;
export type XmlElement = NonNullable<XmlDocument["documentElement"]>;

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  extProps: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  vt: "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
} as const;

/** Thrown when a part is not well-formed XML; the caller names the part and the file. */
export class XmlPartError extends Error {
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(`${part}: ${detail}`);
  }
}

export function parseXml(text: string, part: string): XmlDocument {
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, "text/xml");
    if (!doc.documentElement) throw new Error("tanpa elemen akar");
    return doc;
  } catch (e) {
    throw new XmlPartError(part, (e instanceof Error ? e.message : String(e)).split("\n")[0]);
  }
}

export function serializeXml(doc: XmlDocument): string {
  return new XMLSerializer().serializeToString(doc);
}

export function root(doc: XmlDocument): XmlElement {
  return doc.documentElement as XmlElement;
}

/** Element children of `parent` with this local name (any namespace prefix), in document order. */
export function childElements(parent: XmlElement, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (localName === undefined || (n as XmlElement).localName === localName))
      out.push(n as XmlElement);
  }
  return out;
}

export function firstChild(parent: XmlElement, localName: string): XmlElement | null {
  return childElements(parent, localName)[0] ?? null;
}

/**
 * A new element in the namespace of `parent` (with its prefix, so `<x:sheet>` parts stay consistent), inserted
 * before the first child whose local name is in `before` (the schema's order), else appended.
 */
export function insertChild(parent: XmlElement, localName: string, before: readonly string[] = []): XmlElement {
  const doc = parent.ownerDocument as XmlDocument;
  const qualified = parent.prefix ? `${parent.prefix}:${localName}` : localName;
  const el = doc.createElementNS(parent.namespaceURI, qualified) as unknown as XmlElement;
  const anchor = childElements(parent).find((c) => before.includes(c.localName ?? ""));
  if (anchor) parent.insertBefore(el, anchor);
  else parent.appendChild(el);
  return el;
}

/** The child with this local name, created at its place in the schema order when absent. */
export function ensureChild(parent: XmlElement, localName: string, before: readonly string[] = []): XmlElement {
  return firstChild(parent, localName) ?? insertChild(parent, localName, before);
}

/** `r:id`-style attribute in the relationships namespace, whatever prefix the part uses. */
export function relId(el: XmlElement): string | null {
  return el.getAttributeNS(NS.rel, "id") || null;
}
