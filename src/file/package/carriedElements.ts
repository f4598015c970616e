import { CarriedElements } from "./worksheetXml";
import { childElements, parseXmlText, root, serializeXml } from "../ooxml/xmlDom";

/**
 * From a generated sheet about to be rewritten: the elements that point at parts the user may have added to it
 * (a chart or picture, comments), so they stay attached, the protection they set on it (its password with it), so
 * the new version is as locked as they left it, and the conditional formats they added (their styles are in
 * styles.xml, which keeps them). The relationships part is left as it is.
 */
export function carriedElements(xml: string, part: string): CarriedElements {
  if (xml === "") return {};
  const doc = parseXmlText(xml, part);
  const out: CarriedElements = {};
  for (const el of childElements(root(doc))) {
    if (el.localName === "drawing") out.drawing = serializeXml(el as never);
    if (el.localName === "legacyDrawing") out.legacyDrawing = serializeXml(el as never);
    if (el.localName === "sheetProtection") out.sheetProtection = serializeXml(el as never);
    if (el.localName === "conditionalFormatting") (out.conditionalFormatting ??= []).push(serializeXml(el as never));
  }
  return out;
}
