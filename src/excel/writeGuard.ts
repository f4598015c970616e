import { Registry } from "../core/workbook/registry";
import { SheetWritePlan } from "../core/workbook/sheetNames";
import { isRegistrySheet } from "./registrySheet";

function refusal(name: string): Error {
  return new Error(
    `Penulisan dibatalkan: rencana penulisan menyentuh lembar "${name}" milik pengguna. ` +
      "Add-in tidak pernah menimpa atau menghapus lembar pengguna; laporkan masalah ini.",
  );
}

/**
 * The last check before anything is written: a plan may delete only sheets the registry lists as generated and
 * may add only names that are free (or freed by those deletions). planSheetWrites promises this; a plan that
 * breaks it is refused rather than trusted with the user's sheets.
 */
export function assertWritesOnlyGenerated(plan: SheetWritePlan, existing: string[], registry: Registry): void {
  const lower = (s: string) => s.toLowerCase();
  const generated = new Set(registry.generated.filter((g) => g.kind !== "data-pendukung").map((g) => lower(g.name)));
  const removed = new Set(plan.remove.map(lower));
  for (const name of plan.remove) if (!generated.has(lower(name))) throw refusal(name);
  const taken = new Set(existing.map(lower).filter((n) => !removed.has(n)));
  for (const name of plan.names) {
    if (name === null) continue;
    if (isRegistrySheet(name)) {
      throw new Error(
        `Penulisan dibatalkan: nama lembar "${name}" dipakai add-in untuk catatannya; ganti nama tabel tersebut.`,
      );
    }
    if (taken.has(lower(name))) throw refusal(name);
    taken.add(lower(name));
  }
}
