import { CarriedElements } from "./worksheetXml";
import { childElements, parseXmlText, root, serializeXml } from "../ooxml/xmlDom";

/**
 * From a generated sheet about to be rewritten, what the user added to it and the new version keeps: the elements
 * that point at parts they attached (a chart or picture, comments), so these stay attached; the protection they set
 * (its password with it), so the new version is as locked as they left it; their conditional formats, classic and
 * Excel 2010's (in `extLst`, with data bar settings and icon sets; their styles are in styles.xml, which keeps them);
 * their drop-down lists and links (kept on a table sheet, which has none of ours: sheetWriter.ts); the tab colour
 * and the view (frozen panes, zoom) they gave it. The relationships part is left as it is.
 */
export function carriedElements(xml: string, part: string): CarriedElements {
  if (xml === "") return {};
  const doc = parseXmlText(xml, part);
  const out: CarriedElements = {};
  for (const el of childElements(root(doc))) {
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
      case "dataValidations":
        out.dataValidation = childElements(el, "dataValidation").map((v) => serializeXml(v));
        break;
      case "hyperlinks":
        out.hyperlink = childElements(el, "hyperlink").map((h) => serializeXml(h));
        break;
      case "extLst":
        out.extLst = serializeXml(el);
        break;
      case "sheetPr": {
        const tab = childElements(el, "tabColor")[0];
        if (tab) out.tabColor = serializeXml(tab);
        break;
      }
      case "sheetViews":
        // Selected with the sheet it replaces, a tab would group the two in Excel (edits then go to both).
        for (const view of childElements(el, "sheetView")) view.removeAttribute("tabSelected");
        out.sheetViews = serializeXml(el);
        break;
    }
  }
  return out;
}
