import { childElements, ownAttributes, root, serializeXml } from "../ooxml/xmlDom";
import type { Document } from "../ooxml/xmlDom";
import { attributeText, OfficerPageSetup, WrittenPageSetup } from "./worksheetXml";
import { FIRST_PAGE } from "../../core/tables/sheetSpec";

/** Attributes of `pageSetup` that say nothing of how the page prints, or point at a part (printer settings). */
const NOT_SETTINGS = new Set(["horizontalDpi", "verticalDpi", "copies"]);
/** What the writer sets on the report's first sheet and on the checks' own: ours wherever it stands. */
const OURS_ANYWHERE: Record<string, string> = { firstPageNumber: String(FIRST_PAGE), useFirstPageNumber: "1" };
const ON = /^(1|true)$/;

/**
 * The print settings an officer gave a generated sheet before it is rewritten, where they differ from what the
 * writer puts there: paper, orientation, scale or fit, first page number, margins, centring and other print options,
 * and the page header (ours is the footer alone). The new version keeps them; the print area, print titles and page
 * breaks follow the new content and are ours.
 *
 * Excel leaves out an attribute at its default, so only what their sheet states counts as theirs: an attribute
 * present with a value other than the writer's (`paperSize="14"` Folio, `scale="85"`, `firstPageNumber="21"`).
 * Null when the sheet (`doc`) has none of its own.
 */
export function officerPageSetup(doc: Document, written: WrittenPageSetup): OfficerPageSetup | null {
  const out: OfficerPageSetup = { pageSetup: {}, fitOff: false };
  let found = false;
  for (const el of childElements(root(doc))) {
    switch (el.localName) {
      case "sheetPr": {
        const pr = childElements(el, "pageSetUpPr")[0];
        if (written.fit && !ON.test(pr?.getAttribute("fitToPage") ?? "")) found = out.fitOff = true;
        break;
      }
      case "pageSetup":
        // A first page number of theirs prints only with its switch on.
        if (el.getAttribute("firstPageNumber") !== (written.attributes.firstPageNumber ?? String(FIRST_PAGE))) {
          const use = el.getAttribute("useFirstPageNumber");
          if (use) out.pageSetup.useFirstPageNumber = use;
        }
        for (const a of ownAttributes(el)) {
          if (NOT_SETTINGS.has(a.localName ?? a.name)) continue;
          if (written.attributes[a.name] === a.value || OURS_ANYWHERE[a.name] === a.value) continue;
          // A relationship id (printer settings) is kept only beside settings of theirs.
          out.pageSetup[a.name] = a.value;
          if (a.name !== "r:id") found = true;
        }
        break;
      case "printOptions":
        if (ownAttributes(el).some((a) => ON.test(a.value))) {
          out.printOptions = serializeXml(el);
          found = true;
        }
        break;
      case "pageMargins":
        if (ownAttributes(el).some((a) => Number(a.value) !== written.margins[a.name])) {
          out.pageMargins = serializeXml(el);
          found = true;
        }
        break;
      case "headerFooter": {
        const parts = childElements(el)
          .filter((p) => p.localName !== "oddFooter" && (p.textContent ?? "") !== "")
          .map((p) => ({ name: p.localName ?? "", xml: serializeXml(p) }));
        if (parts.length > 0) {
          const attrs = ownAttributes(el);
          out.header = { attributes: attrs.length > 0 ? ` ${attributeText(attrs)}` : "", parts };
          found = true;
        }
        break;
      }
    }
  }
  if (!found) return null;
  if (!Object.keys(out.pageSetup).some((k) => k !== "r:id")) delete out.pageSetup["r:id"];
  return out;
}
