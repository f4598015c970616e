import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Attr, Document, Element, Node } from "@xmldom/xmldom";

export type { Attr, Document, Element };
import { PackageParts } from "../package/packageParts";
import { malformedPart, notXml } from "./ooxmlErrors";

/**
 * Small parts (workbook, relationships, styles, theme, app properties) as a DOM from @xmldom/xmldom, for the reader
 * (src/file/xlsx) and the package editor (src/file/package) alike: a real XML parser that runs in Node and in a Web
 * Worker, and keeps every element, attribute, namespace and processing instruction it does not know, so what the
 * editor does not touch is written back with the same meaning. Elements are matched by local name: transitional,
 * strict and prefixed (`x:sheet`) spellings of the same element all match.
 */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

export function parseXmlPart(parts: PackageParts, name: string): Document {
  const text = parts.text(name);
  if (text === null) throw malformedPart(name, "bagian tidak terbaca");
  return parseXmlText(text, name);
}

export function parseXmlText(text: string, name: string): Document {
  let doc: Document;
  try {
    doc = new DOMParser({
      locator: false,
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(text, "text/xml");
  } catch (e) {
    throw notXml(name, firstLine(e));
  }
  if (!doc.documentElement) throw malformedPart(name, "XML tanpa elemen akar");
  return doc;
}

function firstLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split("\n")[0].trim();
}

const ELEMENT_NODE = 1;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Child elements of `parent` with this local name (all children when `localName` is omitted). */
export function childElements(parent: Element | null | undefined, localName?: string): Element[] {
  const out: Element[] = [];
  if (!parent) return out;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (isElement(n) && (localName === undefined || n.localName === localName)) out.push(n);
  }
  return out;
}

export function firstChild(parent: Element | null | undefined, localName: string): Element | null {
  if (!parent) return null;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (isElement(n) && n.localName === localName) return n;
  }
  return null;
}

/** An unprefixed attribute; null when absent. */
export function attr(el: Element, name: string): string | null {
  return el.hasAttribute(name) ? el.getAttribute(name) : null;
}

/**
 * An attribute in the relationships namespace (`r:id`), whatever its prefix and whether the package is transitional
 * (`…/officeDocument/2006/relationships`) or strict (`http://purl.oclc.org/ooxml/officeDocument/relationships`).
 */
export function relationshipAttr(el: Element, localName: string): string | null {
  const attributes = el.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes.item(i);
    if (a && a.localName === localName && a.namespaceURI?.endsWith("relationships")) return a.value;
  }
  return null;
}

/** An OOXML boolean attribute (`1`, `true`, `0`, `false`), or the fallback when absent. */
export function boolAttr(el: Element, name: string, fallback: boolean): boolean {
  const v = attr(el, name);
  if (v === null) return fallback;
  return v === "1" || v.toLowerCase() === "true";
}

export function textOf(el: Element): string {
  return el.textContent ?? "";
}

export function serializeXml(node: Document | Element): string {
  return new XMLSerializer().serializeToString(node);
}

export function root(doc: Document): Element {
  return doc.documentElement as Element;
}

/** A name in `parent`'s namespace with its prefix (`x:row` stays prefixed like its parent). */
export function qualifiedName(parent: Element, localName: string): string {
  return parent.prefix ? `${parent.prefix}:${localName}` : localName;
}

/** A new element in the namespace of `parent`, before the first of its children named in `before` (the schema's order). */
export function insertChild(parent: Element, localName: string, before: readonly string[] = []): Element {
  const doc = parent.ownerDocument as Document;
  const el = doc.createElementNS(parent.namespaceURI, qualifiedName(parent, localName));
  const anchor = childElements(parent).find((c) => before.includes(c.localName ?? ""));
  if (anchor) parent.insertBefore(el, anchor);
  else parent.appendChild(el);
  return el;
}

/** The child with this local name, created at its place in the schema order when absent. */
export function ensureChild(parent: Element, localName: string, before: readonly string[] = []): Element {
  return firstChild(parent, localName) ?? insertChild(parent, localName, before);
}

/** An element's attributes but its namespace declarations. */
export function ownAttributes(el: Element): Attr[] {
  return [...Array.from(el.attributes)].filter((a) => !a.name.startsWith("xmlns"));
}
