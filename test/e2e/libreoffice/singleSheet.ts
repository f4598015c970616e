import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export interface SingleSheetOptions {
  /** The control: drop the sheet's print titles and manual page breaks, so LibreOffice paginates on its own. */
  withoutPlan?: boolean;
}

/**
 * The workbook with only `sheet` to print: every other sheet hidden (its print area dropped too, since LibreOffice
 * prints a hidden sheet's print area) and `sheet` the active tab. Edited on the package with a real XML parser; the
 * generated parts are otherwise as the writer left them.
 */
export function singleSheet(bytes: Uint8Array, sheet: string, options: SingleSheetOptions = {}): Uint8Array {
  const parts = unzipSync(bytes);
  const doc = new DOMParser().parseFromString(strFromU8(parts["xl/workbook.xml"]), "text/xml");
  const wb = doc.documentElement!;
  const sheets = Array.from(wb.getElementsByTagNameNS(MAIN, "sheet"));
  const index = sheets.findIndex((s) => s.getAttribute("name") === sheet);
  if (index < 0) throw new Error(`no sheet ${sheet}`);
  sheets.forEach((s, i) => {
    if (i === index) s.removeAttribute("state");
    else if (s.getAttribute("state") !== "veryHidden") s.setAttribute("state", "hidden");
  });
  for (const n of Array.from(wb.getElementsByTagNameNS(MAIN, "definedName"))) {
    const local = n.getAttribute("localSheetId");
    const name = n.getAttribute("name");
    const ours = local !== null && Number(local) === index;
    if (name === "_xlnm.Print_Area" && !ours) n.parentNode!.removeChild(n);
    if (name === "_xlnm.Print_Titles" && ours && options.withoutPlan) n.parentNode!.removeChild(n);
  }
  let views = wb.getElementsByTagNameNS(MAIN, "bookViews")[0];
  if (!views) {
    views = doc.createElementNS(MAIN, "bookViews");
    wb.insertBefore(views, wb.getElementsByTagNameNS(MAIN, "sheets")[0]);
  }
  while (views.firstChild) views.removeChild(views.firstChild);
  const view = doc.createElementNS(MAIN, "workbookView");
  view.setAttribute("activeTab", String(index));
  views.appendChild(view);
  parts["xl/workbook.xml"] = strToU8(new XMLSerializer().serializeToString(doc));
  if (options.withoutPlan) {
    const part = sheetPart(parts, index);
    const ws = new DOMParser().parseFromString(strFromU8(parts[part]), "text/xml");
    for (const b of Array.from(ws.getElementsByTagNameNS(MAIN, "rowBreaks"))) b.parentNode!.removeChild(b);
    parts[part] = strToU8(new XMLSerializer().serializeToString(ws));
  }
  return zipSync(parts);
}

function sheetPart(parts: Record<string, Uint8Array>, index: number): string {
  const wb = new DOMParser().parseFromString(strFromU8(parts["xl/workbook.xml"]), "text/xml");
  const el = Array.from(wb.getElementsByTagNameNS(MAIN, "sheet"))[index];
  const id = el.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
  const rels = new DOMParser().parseFromString(strFromU8(parts["xl/_rels/workbook.xml.rels"]), "text/xml");
  const rel = Array.from(rels.getElementsByTagName("Relationship")).find((r) => r.getAttribute("Id") === id);
  const target = rel?.getAttribute("Target") ?? "";
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}
