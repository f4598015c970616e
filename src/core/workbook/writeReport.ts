import { WriteReport, WrittenSheet } from "../ports/workbookPort";
import { isReferred, SheetPlan } from "./sheetPlan";

/** What a write did, as every adapter reports it: the sheets written, and what the plan kept, removed or left. */
export function writeReport(plan: SheetPlan, sheets: WrittenSheet[]): WriteReport {
  const resubjected = plan.resubjected.filter(isReferred);
  return {
    sheets,
    kept: plan.kept.map((k) => k.name),
    removed: plan.remove,
    migrated: plan.migrated,
    ...(plan.stale.length > 0 ? { stale: plan.stale } : {}),
    ...(plan.referenced.length > 0 ? { referenced: plan.referenced } : {}),
    ...(resubjected.length > 0 ? { resubjected } : {}),
  };
}
