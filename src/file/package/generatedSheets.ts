import { WriteOptions, WriteReport, WrittenSheet } from "../../core/ports/workbookPort";
import { SheetSpec } from "../../core/tables/sheetSpec";
import { gridFingerprint } from "../../core/workbook/fingerprint";
import { noteReferences, planSheets, replacedBy, sheetsToCheckForReferences } from "../../core/workbook/sheetPlan";
import { TEMPLATE_TO_WORKBOOK } from "./contentTypes";
import { REL, resolveTarget } from "./relationships";
import { writeRegistrySheet } from "./registryPart";
import { existingSheets, settleMarks, SheetCatalog, SheetGridReader } from "./sheetCatalog";
import { hasOfficerAttachments, holdsOfficerTable } from "./sheetAttachments";
import { officerReferences } from "./sheetReferences";
import { SheetWriter } from "./sheetWriter";
import { WorkbookPackage } from "./workbookPackage";
import { keptBeside, writeReport } from "../../core/workbook/writeReport";

/**
 * Add (or, on a re-run, update in place) the generated sheets in the user's package. Only the parts listed in the
 * README change: the generated sheets' own parts, the entries that register them, appended styles; calcChain.xml is
 * dropped so Excel rebuilds it. A generated sheet the officer edited is kept and the new version goes beside it.
 */
export function writeGeneratedSheets(
  pkg: WorkbookPackage,
  specs: SheetSpec[],
  /** The package's sheets as read before this write (FileWorkbook's catalog). */
  catalog: SheetCatalog,
  read: SheetGridReader,
  options: Omit<WriteOptions, "onProgress"> = {},
  /** Told how many specs are written, after each one. */
  onWritten?: (done: number) => void,
): WriteReport {
  settleMarks(pkg, catalog);
  const tables = new Set(
    catalog.sheets.filter((s, i) => s.mark !== null && holdsTable(pkg, i)).map((s) => s.name.toLowerCase()),
  );
  const existing = existingSheets(
    catalog,
    (name, marked) => (tables.has(name.toLowerCase()) ? OFFICER_TABLE : gridFingerprint(read(name), marked)),
    (position) => {
      const part = pkg.sheetPart(position);
      return part !== null && hasOfficerAttachments(pkg, part);
    },
  );
  let plan = planSheets(existing, specs, options);
  // A sheet to remove that the officer's work refers to is left instead, and one that now holds another sasaran is
  // named in the report (sheetPlan): what refers to them, from the parts.
  const toCheck = sheetsToCheckForReferences(plan);
  if (toCheck.length > 0) {
    const references = officerReferences(pkg, catalog, toCheck, replacedBy(plan));
    if (noteReferences(existing, references)) plan = planSheets(existing, specs, options);
  }
  const finalNames = new Map<string, string>();
  specs.forEach((spec, i) => {
    const a = plan.actions[i];
    if (a.type === "add" || a.type === "update") finalNames.set(spec.name, a.name);
  });
  const writer = new SheetWriter(pkg, finalNames);
  const sheets: WrittenSheet[] = specs.map((spec, i) => {
    const action = plan.actions[i];
    const written = writer.apply(spec, action, read, plan.before[i] ?? null);
    onWritten?.(i + 1);
    const replaced = action.type === "update" && action.edited ? { replacedEdited: true as const } : {};
    return { spec: spec.name, kind: spec.kind, ...written, ...keptBeside(plan, i), ...replaced };
  });
  if (catalog.legacy) writeRegistrySheet(pkg, catalog.legacy.name, catalog.legacy.registry.settings);
  for (const name of [...plan.remove].reverse()) writer.removeSheet(name);
  dropCalcChain(pkg);
  // The officer's formulas over a generated sheet show its new figures when the file is opened.
  pkg.workbook().recalculateOnOpen();
  pkg.touch("workbook");
  asWorkbook(pkg);
  return writeReport(plan, sheets);
}

/** What a sheet holding the officer's table fingerprints as: never what we wrote, so it counts as edited. */
const OFFICER_TABLE = "tabel-petugas";

function holdsTable(pkg: WorkbookPackage, position: number): boolean {
  const part = pkg.sheetPart(position);
  return part !== null && holdsOfficerTable(pkg, part);
}

/**
 * The result of a template (.xltx, .xltm) is a workbook, saved as .xlsx or .xlsm: its workbook part takes the
 * workbook's content type, without which Excel refuses the file under that name.
 */
function asWorkbook(pkg: WorkbookPackage): void {
  const workbookType = TEMPLATE_TO_WORKBOOK[pkg.contentTypes().typeOf(pkg.workbookPart) ?? ""];
  if (workbookType === undefined) return;
  pkg.contentTypes().setOverride(pkg.workbookPart, workbookType);
  pkg.touch("contentTypes");
}

/** calcChain.xml lists formula cells by position; after sheets change Excel would repair it, so it is dropped. */
function dropCalcChain(pkg: WorkbookPackage): void {
  for (const rel of pkg.workbookRels().byType(REL.calcChain)) {
    const part = resolveTarget(pkg.workbookPart, rel.target);
    pkg.remove(part);
    pkg.contentTypes().removeOverride(part);
    pkg.workbookRels().remove(rel.id);
    pkg.touch("workbookRels");
    pkg.touch("contentTypes");
  }
}
