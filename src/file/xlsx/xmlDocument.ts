import { DOMParser } from "@xmldom/xmldom";
import type { Document, Element, Node } from "@xmldom/xmldom";
import { PackageParts } from "../package/packageParts";
import { malformedPart, notXml } from "./xlsxErrors";

/**
 * Small parts (workbook, relationships, styles, theme) as a DOM from @xmldom/xmldom, which runs in Node and in a Web
 * Worker alike. Elements are matched by local name: transitional, strict and prefixed (`x:sheet`) spellings of the
 * same element all match.
 */
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
