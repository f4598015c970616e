import {
  childElements,
  firstChild,
  parseXmlText,
  root,
  serializeXml,
  Document,
  Element,
  qualifiedName,
} from "../ooxml/xmlDom";

export const APP_PART = "docProps/app.xml";

/**
 * `docProps/app.xml` lists sheet names (TitlesOfParts) with their count (HeadingPairs). Excel writes the worksheets
 * first, under a heading in the application's language ("Worksheets", "Lembar Kerja"), so the first heading's count
 * is the number of worksheet titles at the start of the list. Edited only when that is so; anything else is left as
 * it is (the part is informative and Excel rewrites it on the next save).
 */
export class AppProperties {
  private constructor(private readonly doc: Document) {}

  static parse(text: string): AppProperties {
    return new AppProperties(parseXmlText(text, APP_PART));
  }

  private parts(): { heading: Element; titles: Element; count: number } | null {
    const headingVector = firstChild(firstChild(root(this.doc), "HeadingPairs") ?? root(this.doc), "vector");
    const titlesVector = firstChild(firstChild(root(this.doc), "TitlesOfParts") ?? root(this.doc), "vector");
    if (!headingVector || !titlesVector || !firstChild(root(this.doc), "HeadingPairs")) return null;
    const variants = childElements(headingVector, "variant");
    const countEl = variants[1] ? firstChild(variants[1], "i4") : null;
    if (!countEl) return null;
    const count = Number(countEl.textContent);
    if (!Number.isInteger(count) || count > childElements(titlesVector, "lpstr").length) return null;
    return { heading: countEl, titles: titlesVector, count };
  }

  /** Worksheet titles as listed (the first heading's entries). */
  worksheetTitles(): string[] | null {
    const p = this.parts();
    if (!p) return null;
    return childElements(p.titles, "lpstr")
      .slice(0, p.count)
      .map((t) => t.textContent ?? "");
  }

  /**
   * Add a worksheet title after the last one, or at `at` (the place the sheet took among the workbook's sheets); only
   * when the listed titles are `expected` (the workbook's sheets before it), so that the list stays theirs in order.
   */
  addWorksheet(name: string, expected: string[], at?: number): void {
    const p = this.parts();
    if (!p || !sameList(this.worksheetTitles(), expected)) return;
    const titles = childElements(p.titles, "lpstr");
    const el = this.doc.createElementNS(
      titles[0]?.namespaceURI ?? p.titles.namespaceURI,
      qualifiedName(p.titles, "lpstr"),
    );
    el.appendChild(this.doc.createTextNode(name));
    const after = titles[p.count - 1];
    if (at !== undefined && at >= 0 && at < p.count) p.titles.insertBefore(el, titles[at]);
    else if (after?.nextSibling) p.titles.insertBefore(el, after.nextSibling);
    else if (after) p.titles.appendChild(el);
    else p.titles.insertBefore(el, p.titles.firstChild);
    this.setCounts(p, p.count + 1, 1);
  }

  removeWorksheet(name: string, expected: string[]): void {
    const p = this.parts();
    if (!p || !sameList(this.worksheetTitles(), expected)) return;
    const titles = childElements(p.titles, "lpstr").slice(0, p.count);
    const el = titles.find((t) => (t.textContent ?? "") === name);
    if (!el) return;
    p.titles.removeChild(el);
    this.setCounts(p, p.count - 1, -1);
  }

  private setCounts(p: { heading: Element; titles: Element }, count: number, delta: number): void {
    p.heading.textContent = String(count);
    const size = p.titles.getAttribute("size");
    if (size !== null) p.titles.setAttribute("size", String(Number(size) + delta));
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}

function sameList(a: string[] | null, b: string[]): boolean {
  return a !== null && a.length === b.length && a.every((x, i) => x === b[i]);
}
