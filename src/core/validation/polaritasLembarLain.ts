import { Polaritas } from "../formulas/polaritas";
import { SheetModel } from "../model/sheetModel";
import { Indikator } from "../model/types";
import { indikators, sheetName } from "./modelAccess";
import { OpsiValidasi, PolaritasLembarLain } from "./opsi";
import { toldPolaritas } from "./rules/capaianKinerjaMismatch";

/**
 * What the workbook's sheets tell of each indikator's polaritas, for the checks of one of them: the quarter sheets of
 * a year state the same indikator's capaian, and one mistyped capaian that happens to be (2T − R)/T must not turn its
 * indikator less-is-better while the other sheets all state R/T (year37 D1). An indikator is the same on two sheets
 * by its name, spaces and case aside. Only a polaritas each sheet tells alone counts (toldPolaritas), and only one
 * all those sheets agree on.
 */
export function polaritasLembarLain(models: readonly SheetModel[]): OpsiValidasi["polaritasLembarLain"] {
  const told = new Map<string, { polaritas: Polaritas; sheet: string }[]>();
  for (const model of models) {
    for (const ind of indikators(model)) {
      const polaritas = toldPolaritas(model, ind);
      if (polaritas === null) continue;
      const key = nameKey(ind);
      if (!told.has(key)) told.set(key, []);
      told.get(key)!.push({ polaritas, sheet: sheetName(model) });
    }
  }
  if (told.size === 0) return undefined;
  return (model: SheetModel, ind: Indikator): PolaritasLembarLain | undefined => {
    const here = sheetName(model);
    const others = (told.get(nameKey(ind)) ?? []).filter((t) => t.sheet !== here);
    if (others.length === 0 || others.some((t) => t.polaritas !== others[0].polaritas)) return undefined;
    return { polaritas: others[0].polaritas, lembar: [...new Set(others.map((t) => t.sheet))] };
  };
}

function nameKey(ind: Indikator): string {
  return ind.name.replace(/\s+/g, " ").trim().toLowerCase();
}
