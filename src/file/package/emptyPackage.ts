import { CONTENT_TYPES_PART } from "./contentTypes";
import { REL } from "./relationships";
import { EMPTY_STYLES } from "./styleSheet";
import { NS } from "../ooxml/xmlDom";

const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/**
 * The parts of a new, empty .xlsx: content types, the package and workbook relationships, a workbook without
 * sheets and the minimal styles. Sheets are then added by the same writer that adds generated sheets.
 */
export function emptyWorkbookParts(): Map<string, Uint8Array> {
  const encoder = new TextEncoder();
  const parts: [string, string][] = [
    [
      CONTENT_TYPES_PART,
      `${DECLARATION}<Types xmlns="${NS.contentTypes}">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${WORKBOOK_TYPE}"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${STYLES_TYPE}"/></Types>`,
    ],
    [
      "_rels/.rels",
      `${DECLARATION}<Relationships xmlns="${NS.pkgRel}">` +
        `<Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `${DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
        `<bookViews><workbookView activeTab="0"/></bookViews><sheets/><calcPr calcId="191029"/></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${DECLARATION}<Relationships xmlns="${NS.pkgRel}">` +
        `<Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
    ],
    ["xl/styles.xml", EMPTY_STYLES],
  ];
  return new Map(parts.map(([name, text]) => [name, encoder.encode(text)]));
}
