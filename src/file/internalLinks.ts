import type ExcelJS from "exceljs";

/**
 * Internal links (`#'Sheet'!A1`, as writeSpecs writes them) the way the file format wants them, for one workbook.
 *
 * exceljs 4.4.0 writes an internal link as an external relationship whose target keeps the `#` (Excel then shows
 * a broken address, exceljs issue #3027) and, on read, drops the links Excel writes (a `location` without a
 * relationship). The CLI patches exceljs's internal classes (src/cli/xlsx/internalHyperlinks.ts); the browser
 * build of exceljs does not expose them, so this fix wraps two methods of this workbook's own XLSX object instead,
 * which both builds have: `reconcile` (after parsing) and `addWorksheets` (before rendering).
 */

interface HyperlinkModel {
  address: string;
  target?: string;
  rId?: string;
}
interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}
interface SheetModel {
  sheetNo?: number | string;
  hyperlinks?: HyperlinkModel[];
  rels?: Relationship[];
}
interface ReadModel {
  worksheets?: SheetModel[];
  worksheetRels?: Record<string, Relationship[] | undefined>;
}
interface WriteModel {
  worksheets?: SheetModel[];
}
interface XlsxInternals {
  reconcile?(model: ReadModel, options: unknown): void;
  addWorksheets?(zip: unknown, model: WriteModel): Promise<void>;
}

const HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
/** What exceljs's HyperlinkXform accepts as an internal target; anything else keeps exceljs's own handling. */
const RENDERABLE_LOCATION = /^[^!]+![a-zA-Z]+[\d]+$/;

export function fixInternalLinks(workbook: ExcelJS.Workbook): void {
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const reconcile = xlsx.reconcile;
  const addWorksheets = xlsx.addWorksheets;
  if (typeof reconcile === "function") {
    xlsx.reconcile = function (model, options) {
      keepLocationLinks(model);
      reconcile.call(this, model, options);
    };
  }
  if (typeof addWorksheets === "function") {
    xlsx.addWorksheets = function (zip, model) {
      for (const sheet of model.worksheets ?? []) writeAsLocations(sheet);
      return addWorksheets.call(this, zip, model);
    };
  }
}

/** Give each link that has only a `location` a relationship exceljs can resolve to `#location`. */
function keepLocationLinks(model: ReadModel): void {
  for (const sheet of model.worksheets ?? []) {
    (sheet.hyperlinks ?? []).forEach((link, i) => {
      if (link.rId || !link.target) return;
      link.rId = `lkjipLocation${i}`;
      const key = String(sheet.sheetNo);
      model.worksheetRels = model.worksheetRels ?? {};
      model.worksheetRels[key] = [
        ...(model.worksheetRels[key] ?? []),
        { Id: link.rId, Type: HYPERLINK_REL, Target: `#${link.target}` },
      ];
    });
  }
}

/** After exceljs prepared the sheet: internal links become a `location` without a relationship. */
function writeAsLocations(sheet: SheetModel): void {
  const internal = new Set<string>();
  for (const link of sheet.hyperlinks ?? []) {
    if (!link.target?.startsWith("#") || !RENDERABLE_LOCATION.test(link.target.slice(1))) continue;
    if (link.rId) internal.add(link.rId);
    link.target = link.target.slice(1);
    delete link.rId;
  }
  if (internal.size > 0 && sheet.rels) sheet.rels = sheet.rels.filter((r) => !internal.has(r.Id));
}
