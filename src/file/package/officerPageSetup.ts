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
 * `pageSetup` attributes at the value the schema gives them when absent (ECMA-376 CT_PageSetup): a program that
 * spells its defaults out (LibreOffice writes `scale="100"`, `pageOrder`, `blackAndWhite="false"` …) sets nothing
 * of the officer's (dp35 D4: every later run called them "yours").
 */
const SCHEMA_DEFAULTS: Record<string, string> = {
  scale: "100",
  fitToWidth: "1",
  fitToHeight: "1",
  pageOrder: "downThenOver",
  orientation: "default",
  usePrinterDefaults: "true",
  blackAndWhite: "false",
  draft: "false",
  cellComments: "none",
  errors: "displayed",
  useFirstPageNumber: "false",
};

/** The sheet prints a header of its own (any header part with text). */
function hasHeader(doc: Document): boolean {
  const hf = childElements(root(doc)).find((el) => el.localName === "headerFooter");
  return (
    hf !== undefined && childElements(hf).some((p) => /Header$/.test(p.localName ?? "") && (p.textContent ?? "") !== "")
  );
}

/** The same value, a boolean written `1` or `true` alike (LibreOffice writes `useFirstPageNumber="true"`). */
function sameValue(ours: string | undefined, theirs: string): boolean {
  if (ours === undefined) return false;
  if (ours === theirs) return true;
  const bool = /^(0|1|true|false)$/;
  return bool.test(ours) && bool.test(theirs) && ON.test(ours) === ON.test(theirs);
}

/** An attribute the writer did not write, at its schema default (booleans as `0`/`1` or `false`/`true`). */
function atDefault(name: string, value: string, written: WrittenPageSetup): boolean {
  return written.attributes[name] === undefined && sameValue(SCHEMA_DEFAULTS[name], value);
}

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
          if (sameValue(written.attributes[a.name], a.value) || sameValue(OURS_ANYWHERE[a.name], a.value)) continue;
          if (atDefault(a.name, a.value, written)) continue;
          // A relationship id (printer settings) is kept only beside settings of theirs.
          out.pageSetup[a.name] = a.value;
          if (a.name !== "r:id") found = true;
        }
        break;
      case "printOptions":
        // `gridLinesSet` is on by default and prints nothing by itself (LibreOffice writes it out).
        if (ownAttributes(el).some((a) => a.name !== "gridLinesSet" && ON.test(a.value))) {
          out.printOptions = serializeXml(el);
          found = true;
        }
        break;
      case "pageMargins": {
        // The header's margin matters only to a header of theirs (ours is the footer alone): LibreOffice resets it.
        const headerCounts = hasHeader(doc);
        if (
          ownAttributes(el).some(
            (a) => (headerCounts || a.name !== "header") && Number(a.value) !== written.margins[a.name],
          )
        ) {
          out.pageMargins = serializeXml(el);
          found = true;
        }
        break;
      }
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
