import { WriteReport, WrittenSheet } from "../ports/workbookPort";
import { isReferred, SheetPlan } from "./sheetPlan";

/** The kept sheet the spec `i` was written beside, for its WrittenSheet (both writers). */
export function keptBeside(plan: SheetPlan, i: number): Pick<WrittenSheet, "keptEdited" | "keptSubject"> {
  const kept = plan.kept.find((k) => k.spec === i);
  if (!kept) return {};
  return kept.subject ? { keptEdited: kept.name, keptSubject: kept.subject } : { keptEdited: kept.name };
}

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
