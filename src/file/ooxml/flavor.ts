import { NS } from "./xmlDom";

/**
 * The two spellings of the same package (ISO/IEC 29500): transitional, what Excel saves by default, and strict
 * ("Strict Open XML Spreadsheet"), whose namespaces and relationship types live under purl.oclc.org. A part added to
 * a package is written in the package's own spelling, so Excel reads it as one whole.
 */
export interface Flavor {
  /** The SpreadsheetML namespace (`<worksheet>`, `<comments>`). */
  readonly main: string;
  /** The namespace of `r:id` attributes. */
  readonly rel: string;
  /** A relationship type by its last segment: `worksheet`, `styles`, `comments`, `vmlDrawing`. */
  relType(name: string): string;
}

export const TRANSITIONAL: Flavor = {
  main: NS.main,
  rel: NS.rel,
  relType: (name) => `${NS.rel}/${name}`,
};

const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export const STRICT: Flavor = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: STRICT_REL,
  relType: (name) => `${STRICT_REL}/${name}`,
};

/** The flavor of a package from its workbook part's namespace. */
export function flavorOf(workbookNamespace: string | null): Flavor {
  return workbookNamespace === STRICT.main ? STRICT : TRANSITIONAL;
}

/**
 * A relationship type by its last segment (`officeDocument`, `worksheet`, `styles`, …): the same in the transitional
 * (`http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet`) and the strict
 * (`http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet`) spelling.
 */
export function relationshipName(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}
