import { ExistingSheet, isDataPendukungName, PlanOptions, SheetPlan } from "../core/workbook/sheetPlan";

function refusal(name: string): Error {
  return new Error(
    `Penulisan dibatalkan: rencana penulisan menyentuh lembar "${name}" milik pengguna. ` +
      "Add-in tidak pernah menimpa atau menghapus lembar pengguna; laporkan masalah ini.",
  );
}

const lower = (s: string) => s.toLowerCase();
const isTableKind = (kind: string | undefined) => kind === "lkjip-table" || kind === "hasil-pemeriksaan";

function isGeneratedTable(s: ExistingSheet): boolean {
  return s.mark ? isTableKind(s.mark.kind) : isTableKind(s.legacyKind);
}

function isEdited(s: ExistingSheet): boolean {
  return s.mark !== null && s.fingerprint !== undefined && s.fingerprint !== s.mark.fingerprint;
}

/**
 * The last check before anything is written: a plan may update or delete only generated tables (known by their mark
 * or a version-1 registry), an edited one only when the officer chose to replace it; append only to Data Pendukung;
 * rewrite only our settings sheet; add only names no sheet has. planSheets promises this; a plan that breaks it is
 * refused rather than trusted with the user's sheets.
 */
export function assertPlanWritesOnlyOurs(plan: SheetPlan, existing: ExistingSheet[], options: PlanOptions = {}): void {
  const byName = new Map(existing.map((s) => [lower(s.name), s]));
  const replaceEdited = (name: string) =>
    options.replaceEdited === true ||
    (Array.isArray(options.replaceEdited) && options.replaceEdited.some((n) => lower(n) === lower(name)));
  const ours = (name: string, allowed: (s: ExistingSheet) => boolean) => {
    const s = byName.get(lower(name));
    if (!s || !allowed(s)) throw refusal(name);
  };
  const replaceable = (s: ExistingSheet) => isGeneratedTable(s) && (!isEdited(s) || replaceEdited(s.name));
  const taken = new Set(byName.keys());
  for (const action of plan.actions) {
    if (action.type === "update") ours(action.name, replaceable);
    if (action.type === "append") {
      ours(
        action.name,
        (s) => s.mark?.kind === "data-pendukung" || (!s.mark && !s.foreign && isDataPendukungName(s.name)),
      );
    }
    if (action.type === "add") {
      if (taken.has(lower(action.name))) throw refusal(action.name);
      taken.add(lower(action.name));
    }
  }
  for (const name of plan.remove) ours(name, replaceable);
  if (plan.registry.exists) ours(plan.registry.name, (s) => s.mark?.kind === "registry" || s.legacyRegistry === true);
  const written = plan.actions.filter((a) => a.type !== "none").map((a) => lower(a.name));
  for (const name of plan.remove) if (written.includes(lower(name))) throw refusal(name);
}
