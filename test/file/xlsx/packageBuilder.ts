import { unzipSync, zipSync } from "fflate";
import { PackageParts, partsFromMap } from "../../../src/file/package/packageParts";

/** Hand-written SpreadsheetML packages for the reader's tests: every part spelled out, nothing a library adds. */

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetSource {
  name: string;
  /** The part's XML; `worksheetXml` builds one. */
  xml: string;
  state?: "hidden" | "veryHidden";
  kind?: "worksheet" | "chartsheet";
}

export interface PackageSource {
  sheets: SheetSource[];
  /** `<si>` items (their XML), in index order. */
  sharedStrings?: string[];
  /** The whole styles part; `stylesXml` builds one. */
  styles?: string;
  theme?: string;
  /** Where the workbook part lives (default `xl/workbook.xml`). */
  workbookPath?: string;
  /** Write the workbook's relationship targets as absolute part names (`/xl/worksheets/sheet1.xml`). */
  absoluteTargets?: boolean;
  date1904?: boolean;
  definedNames?: string;
  /** More parts, added as they are. */
  extra?: Record<string, string>;
}

export function worksheetXml(sheetData: string, after = "", before = ""): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${before}<sheetData>${sheetData}</sheetData>${after}</worksheet>`
  );
}

export interface StyleSource {
  numFmts?: string;
  fonts?: string[];
  fills?: string[];
  /** `<xf>` elements of cellXfs; index 0 should be the plain one. */
  xfs: string[];
  colors?: string;
}

export function stylesXml(s: StyleSource): string {
  const fonts = s.fonts ?? ['<font><sz val="11"/><name val="Calibri"/></font>'];
  const fills = s.fills ?? [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
    (s.numFmts ? `<numFmts>${s.numFmts}</numFmts>` : "") +
    `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
    `<fills count="${fills.length}">${fills.join("")}</fills>` +
    `<borders count="1"><border/></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${s.xfs.length}">${s.xfs.join("")}</cellXfs>` +
    (s.colors ?? "") +
    `</styleSheet>`
  );
}

export function packageMap(p: PackageSource): Map<string, Uint8Array> {
  const files: Record<string, string> = {};
  const workbookPath = p.workbookPath ?? "xl/workbook.xml";
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
  const target = (relative: string) => (p.absoluteTargets ? `/${dir}${relative}` : relative);
  const rels: string[] = [];
  const sheets: string[] = [];
  p.sheets.forEach((s, i) => {
    const chart = s.kind === "chartsheet";
    const part = chart ? `chartsheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`;
    files[dir + part] = s.xml;
    rels.push(rel(`rId${i + 1}`, chart ? "chartsheet" : "worksheet", target(part)));
    const state = s.state ? ` state="${s.state}"` : "";
    sheets.push(`<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`);
  });
  if (p.sharedStrings) {
    files[`${dir}sharedStrings.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${p.sharedStrings.length}" ` +
      `uniqueCount="${p.sharedStrings.length}">${p.sharedStrings.join("")}</sst>`;
    rels.push(rel("rIdStrings", "sharedStrings", target("sharedStrings.xml")));
  }
  if (p.styles) {
    files[`${dir}styles.xml`] = p.styles;
    rels.push(rel("rIdStyles", "styles", target("styles.xml")));
  }
  if (p.theme) {
    files[`${dir}theme/theme1.xml`] = p.theme;
    rels.push(rel("rIdTheme", "theme", target("theme/theme1.xml")));
  }
  files[workbookPath] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (p.date1904 ? `<workbookPr date1904="1"/>` : "<workbookPr/>") +
    `<sheets>${sheets.join("")}</sheets>` +
    (p.definedNames ? `<definedNames>${p.definedNames}</definedNames>` : "") +
    `</workbook>`;
  files[`${dir}_rels/${workbookPath.slice(dir.length)}.rels`] = relationships(rels);
  files["_rels/.rels"] = relationships([rel("rId1", "officeDocument", workbookPath)]);
  files["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/></Types>`;
  Object.assign(files, p.extra ?? {});
  const encoder = new TextEncoder();
  return new Map(Object.entries(files).map(([name, text]) => [name, encoder.encode(text)]));
}

export function packageParts(p: PackageSource): PackageParts {
  return partsFromMap(packageMap(p));
}

/** The parts of a zipped package, as the reader's callers get them. */
export function partsOfZip(bytes: Uint8Array): PackageParts {
  return partsFromMap(new Map(Object.entries(unzipSync(bytes))));
}

export function zipOf(map: Map<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(map));
}

export function rel(id: string, type: string, target: string, external = false): string {
  const mode = external ? ' TargetMode="External"' : "";
  return `<Relationship Id="${id}" Type="${REL_TYPE}/${type}" Target="${escapeXml(target)}"${mode}/>`;
}

export function relationships(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}">${items.join("")}</Relationships>`;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
