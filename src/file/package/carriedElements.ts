import { attributeText, CarriedElements, WrittenPageSetup } from "./worksheetXml";
import { officerPageSetup } from "./officerPageSetup";
import { childElements, Element, ownAttributes, parseXmlText, root, serializeXml } from "../ooxml/xmlDom";

/**
 * Revision ids (`xr:uid`, Excel 2016 on) name their namespace in the root's `mc:Ignorable`, which the rewritten sheet
 * does not carry: an Excel that does not know them would refuse the sheet. They are only ids; they go.
 */
const REVISION_NS = /^http:\/\/schemas\.microsoft\.com\/office\/spreadsheetml\/201[4-9]\/revision/;

function withoutRevisionIds(el: Element): void {
  for (const a of [...Array.from(el.attributes)]) {
    if (a.namespaceURI && REVISION_NS.test(a.namespaceURI)) el.removeAttributeNode(a);
    else if (a.name.startsWith("xmlns:") && REVISION_NS.test(a.value)) el.removeAttributeNode(a);
  }
  for (const child of childElements(el)) withoutRevisionIds(child);
}

/**
 * From a generated sheet about to be rewritten, what the user added to it and the new version keeps: the elements
 * that point at parts they attached (a chart or picture, comments), so these stay attached; the protection they set
 * (its password with it), so the new version is as locked as they left it; their conditional formats, classic and
 * Excel 2010's (in `extLst`, with data bar settings and icon sets; their styles are in styles.xml, which keeps them);
 * their drop-down lists and links (kept on a table sheet, which has none of ours: sheetWriter.ts); the tab colour
 * and the view (frozen panes, zoom) they gave it, the sheet's own properties (its VBA `codeName`, outline settings),
 * their filter buttons and the errors they marked as ignored; with `written` (what the new version's page setup
 * would be), the print settings they gave it (officerPageSetup.ts). The relationships part is left as it is.
 */
export function carriedElements(xml: string, part: string, written?: WrittenPageSetup): CarriedElements {
  if (xml === "") return {};
  const doc = parseXmlText(xml, part);
  const out: CarriedElements = {};
  for (const el of childElements(root(doc))) {
    withoutRevisionIds(el);
    switch (el.localName) {
      case "drawing":
        out.drawing = serializeXml(el);
        break;
      case "legacyDrawing":
        out.legacyDrawing = serializeXml(el);
        break;
      case "sheetProtection":
        out.sheetProtection = serializeXml(el);
        break;
      case "conditionalFormatting":
        (out.conditionalFormatting ??= []).push(serializeXml(el));
        break;
      case "dataValidations": {
        out.dataValidation = childElements(el, "dataValidation").map((v) => serializeXml(v));
        // `disablePrompts`, the input message's window position: the list's own settings; the count is recounted.
        const attrs = ownAttributes(el).filter((a) => a.name !== "count");
        if (attrs.length > 0) out.dataValidationsAttributes = attributeText(attrs);
        break;
      }
      case "hyperlinks":
        out.hyperlink = childElements(el, "hyperlink").map((h) => serializeXml(h));
        break;
      case "extLst":
        out.extLst = serializeXml(el);
        break;
      case "sheetPr": {
        const tab = childElements(el, "tabColor")[0];
        if (tab) out.tabColor = serializeXml(tab);
        const outline = childElements(el, "outlinePr")[0];
        if (outline) out.outlinePr = serializeXml(outline);
        // `codeName` ties the sheet to its VBA module in a macro workbook.
        const attrs = ownAttributes(el);
        if (attrs.length > 0) out.sheetPrAttributes = attributeText(attrs);
        break;
      }
      case "autoFilter":
        out.autoFilter = serializeXml(el);
        break;
      case "ignoredErrors":
        out.ignoredErrors = serializeXml(el);
        break;
      case "sheetViews":
        // Selected with the sheet it replaces, a tab would group the two in Excel (edits then go to both).
        for (const view of childElements(el, "sheetView")) view.removeAttribute("tabSelected");
        out.sheetViews = serializeXml(el);
        break;
    }
  }
  // Read once the revision ids are gone from every element, as the elements above are.
  const print = written ? officerPageSetup(doc, written) : null;
  if (print) out.officerPrint = print;
  return out;
}
