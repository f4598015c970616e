import { MARK_NAME } from "../../core/workbook/marks";
import { namesSheet, referrersBySheet, SheetReferrers, sheetsReferring } from "../../core/workbook/sheetReferences";
import { relsPartOf, resolveTarget } from "./relationships";
import { SheetCatalog } from "./sheetCatalog";
import { WorkbookPackage } from "./workbookPackage";

const CHART_PART = /^xl\/charts\/chart[^/]*\.xml$/i;
const PIVOT_CACHE_PART = /^xl\/pivotCache\/pivotCacheDefinition[^/]*\.xml$/i;

/**
 * For each sheet named, what of the officer's refers to it, found in the text of the package's parts without
 * reading any grid: the formulas, hyperlinks and validations of every sheet this run neither rewrites nor removes
 * (`Rekap!A1 ='LKjIP SS IV'!E10`, a generated sheet the officer typed into and kept, a copy of one), the defined
 * names, chart series and pivot table sources. Only sheets referred to are listed.
 */
export function officerReferences(
  pkg: WorkbookPackage,
  catalog: SheetCatalog,
  targets: readonly string[],
  /** Sheets this run rewrites or removes: what they hold now is ours, and goes. */
  replaced: (sheet: string) => boolean,
): Map<string, SheetReferrers> {
  const { found: out, of: entry } = referrersBySheet();
  if (targets.length === 0) return out;
  const sheets: { name: string; holds: (form: string) => boolean }[] = [];
  catalog.sheets.forEach((sheet, index) => {
    if (sheet.withoutCells || replaced(sheet.name)) return;
    const part = pkg.sheetPart(index);
    const xml = part === null ? null : pkg.text(part);
    if (xml) sheets.push({ name: sheet.name, holds: (form) => xml.includes(form) });
  });
  for (const [target, by] of sheetsReferring(targets, sheets, xmlSpellings)) entry(target).sheets.push(...by);

  const names = pkg.workbook().definedNames();
  const sheetNames = pkg
    .workbook()
    .sheets()
    .map((s) => s.name);
  for (const n of names) {
    // Our marks, and the print settings of a sheet this run rewrites or removes, are ours.
    if (n.name === MARK_NAME) continue;
    const scope = n.localSheetId === undefined ? undefined : sheetNames[n.localSheetId];
    if (scope !== undefined && replaced(scope) && n.name.startsWith("_xlnm.")) continue;
    for (const target of targets)
      if (namesSheet(n.text, target)) entry(target).others.push({ kind: "nama", name: n.name });
  }

  const hosts = chartHosts(pkg, catalog, replaced);
  for (const part of pkg.parts.names()) {
    const isChart = CHART_PART.test(part);
    if (!isChart && !PIVOT_CACHE_PART.test(part)) continue;
    const text = pkg.text(part) ?? "";
    for (const target of targets) {
      const refers = isChart ? namesSheet(text, target, xmlSpellings) : text.includes(`sheet="${xmlEscape(target)}"`);
      if (refers)
        entry(target).others.push({ kind: isChart ? "grafik" : "pivot", name: isChart ? (hosts.get(part) ?? "") : "" });
    }
  }
  return out;
}

/** Each chart part drawn on a sheet this run keeps, with that sheet's name (sheet → drawing → chart); a chart found
 * under none still counts, its place unknown. */
function chartHosts(
  pkg: WorkbookPackage,
  catalog: SheetCatalog,
  replaced: (sheet: string) => boolean,
): Map<string, string> {
  const hosts = new Map<string, string>();
  catalog.sheets.forEach((sheet, index) => {
    if (replaced(sheet.name)) return;
    const part = pkg.sheetPart(index);
    if (part === null) return;
    for (const drawing of targetsOf(pkg, part, "/drawing")) {
      for (const chart of targetsOf(pkg, drawing, "/chart")) hosts.set(chart, sheet.name);
    }
  });
  return hosts;
}

/** The parts a part's relationships of a type (by the end of its type URI) point at. */
export function targetsOf(pkg: WorkbookPackage, part: string, typeEnd: string): string[] {
  const rels = pkg.text(relsPartOf(part));
  if (!rels) return [];
  const out: string[] = [];
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (target && type.endsWith(typeEnd) && !/\bTargetMode="External"/.test(m[0]))
      out.push(resolveTarget(part, target));
  }
  return out;
}

/** A form as a part's XML may spell it: `&` escaped, the quote as itself or as `&apos;`. */
function xmlSpellings(form: string): string[] {
  const escaped = form.replace(/&/g, "&amp;");
  return escaped.includes("'") ? [escaped, escaped.replace(/'/g, "&apos;")] : [escaped];
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
