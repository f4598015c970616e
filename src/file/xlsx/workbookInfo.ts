import type { Element } from "@xmldom/xmldom";
import { PackageParts } from "../package/packageParts";
import { PartIndex } from "../ooxml/partNames";
import { isType, readRelationships, Relationship } from "./relationships";
import { attr, boolAttr, childElements, firstChild, parseXmlPart, relationshipAttr, textOf } from "../ooxml/xmlDom";
import { malformedPart, missingPart, missingSheetPart } from "../ooxml/ooxmlErrors";

export type SheetState = "visible" | "hidden" | "veryHidden";
/** Only worksheets hold a grid of cells. */
export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet";

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  /** The `r:id` of the sheet in workbook.xml. */
  relId: string;
  /** The sheet's part, as the package names it (`xl/worksheets/sheet1.xml`). */
  part: string;
  state: SheetState;
  kind: SheetKind;
}

export interface DefinedName {
  name: string;
  /** Index into `sheets` (tab order) for a sheet-scoped name; absent for a workbook-scoped one. */
  localSheetId?: number;
  hidden: boolean;
  /** The formula or constant, as written (without `=`). */
  text: string;
}

export interface WorkbookInfo {
  /** The workbook part (usually `xl/workbook.xml`). */
  workbookPart: string;
  /** In tab order. */
  sheets: WorkbookSheet[];
  date1904: boolean;
  definedNames: DefinedName[];
  /** Package-wide parts the sheets' cells refer to, as the package names them; absent when the package has none. */
  sharedStringsPart?: string;
  stylesPart?: string;
  themePart?: string;
}

/**
 * What the workbook part says: its sheets in tab order (with their parts, found through the workbook's
 * relationships), the date system and the defined names. Throws an XlsxReadError when the package has no workbook
 * part, or when a sheet it lists has no part: a silently missing sheet would hide the officer's data.
 */
export function readWorkbookInfo(parts: PackageParts): WorkbookInfo {
  const index = new PartIndex(parts);
  const workbookPart = findWorkbookPart(index);
  const root = parseXmlPart(parts, workbookPart).documentElement;
  if (root?.localName !== "workbook") throw malformedPart(workbookPart, "bukan bagian buku kerja");
  const rels = readRelationships(index, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));

  const sheets = childElements(firstChild(root, "sheets"), "sheet").map((el, position) => {
    const name = attr(el, "name") ?? `Sheet${position + 1}`;
    const relId = relationshipAttr(el, "id") ?? "";
    const rel = byId.get(relId);
    const found = rel && !rel.external ? index.find(rel.target) : null;
    if (!found) throw missingSheetPart(name, rel?.target ?? `r:id ${relId || "(kosong)"}`);
    return {
      name,
      sheetId: Number(attr(el, "sheetId") ?? position + 1),
      relId,
      part: found,
      state: sheetState(attr(el, "state")),
      kind: sheetKind(rel!),
    };
  });

  const workbookPr = firstChild(root, "workbookPr");
  const info: WorkbookInfo = {
    workbookPart,
    sheets,
    date1904: workbookPr ? boolAttr(workbookPr, "date1904", false) : false,
    definedNames: childElements(firstChild(root, "definedNames"), "definedName").map(definedName),
  };
  const shared = packagePart(index, rels, "sharedStrings");
  if (shared) info.sharedStringsPart = shared;
  const styles = packagePart(index, rels, "styles");
  if (styles) info.stylesPart = styles;
  const theme = packagePart(index, rels, "theme");
  if (theme) info.themePart = theme;
  return info;
}

/** The officeDocument relationship of the package; `xl/workbook.xml` only when the package has no `_rels/.rels`. */
function findWorkbookPart(index: PartIndex): string {
  const rel = readRelationships(index, "").find((r) => isType(r, "officeDocument") && !r.external);
  const name = rel ? index.find(rel.target) : index.find("xl/workbook.xml");
  if (!name) throw missingPart(rel?.target ?? "xl/workbook.xml", "buku kerja");
  return name;
}

function packagePart(index: PartIndex, rels: Relationship[], type: string): string | undefined {
  const rel = rels.find((r) => isType(r, type) && !r.external);
  return (rel && index.find(rel.target)) || undefined;
}

function sheetState(state: string | null): SheetState {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

function sheetKind(rel: Relationship): SheetKind {
  if (isType(rel, "chartsheet")) return "chartsheet";
  if (isType(rel, "dialogsheet")) return "dialogsheet";
  if (isType(rel, "xlMacrosheet") || isType(rel, "xlIntlMacrosheet")) return "macrosheet";
  return "worksheet";
}

function definedName(el: Element): DefinedName {
  const out: DefinedName = { name: attr(el, "name") ?? "", hidden: boolAttr(el, "hidden", false), text: textOf(el) };
  const local = attr(el, "localSheetId");
  if (local !== null && /^\d+$/.test(local)) out.localSheetId = Number(local);
  return out;
}
