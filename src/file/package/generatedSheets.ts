import { WriteOptions, WriteReport, WrittenSheet } from "../../core/ports/workbookPort";
import { SheetSpec } from "../../core/tables/sheetSpec";
import { gridFingerprint } from "../../core/workbook/fingerprint";
import { planSheets } from "../../core/workbook/sheetPlan";
import { REL, resolveTarget } from "./relationships";
import { writeRegistrySheet } from "./registryPart";
import { existingSheets, SheetGridReader, sheetCatalog } from "./sheetCatalog";
import { SheetWriter } from "./sheetWriter";
import { WorkbookPackage } from "./workbookPackage";
import { writeReport } from "../../core/workbook/writeReport";

/**
 * Add (or, on a re-run, update in place) the generated sheets in the user's package. Only the parts listed in the
 * README change: the generated sheets' own parts, the entries that register them, appended styles; calcChain.xml is
 * dropped so Excel rebuilds it. A generated sheet the officer edited is kept and the new version goes beside it.
 */
export function writeGeneratedSheets(
  pkg: WorkbookPackage,
  specs: SheetSpec[],
  read: SheetGridReader,
  options: Omit<WriteOptions, "onProgress"> = {},
  /** Told how many specs are written, after each one. */
  onWritten?: (done: number) => void,
): WriteReport {
  const catalog = sheetCatalog(pkg, read);
  const existing = existingSheets(catalog, (name, marked) => gridFingerprint(read(name), marked));
  const plan = planSheets(existing, specs, options);
  const finalNames = new Map<string, string>();
  specs.forEach((spec, i) => {
    const a = plan.actions[i];
    if (a.type === "add" || a.type === "update") finalNames.set(spec.name, a.name);
  });
  const writer = new SheetWriter(pkg, finalNames);
  const sheets: WrittenSheet[] = specs.map((spec, i) => {
    const action = plan.actions[i];
    const kept = plan.kept.find((k) => k.spec === i)?.name;
    const written = writer.apply(spec, action, read);
    onWritten?.(i + 1);
    return { spec: spec.name, kind: spec.kind, ...written, ...(kept ? { keptEdited: kept } : {}) };
  });
  if (catalog.legacy) writeRegistrySheet(pkg, catalog.legacy.name, catalog.legacy.registry.settings);
  for (const name of [...plan.remove].reverse()) writer.removeSheet(name);
  dropCalcChain(pkg);
  return writeReport(plan, sheets);
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
