import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";
import { isPengukuranKinerja, SheetModel } from "../model/sheetModel";
import { Program } from "../model/types";
import { ownPrograms, programKey } from "./programParts";

/** Every program of a Pengukuran Kinerja sheet once (ownPrograms); none for another family. */
function programsOf(model: SheetModel): Program[] {
  return isPengukuranKinerja(model) ? ownPrograms(model).programs : [];
}

/**
 * Other Pengukuran Kinerja sheets of the source's period whose programs are none of the source's: parts of one report
 * kept per bidang, which the LKjIP built from one sheet leaves out (a copy of the same sheet shares its programs).
 */
export function otherParts(source: SheetModel, candidates: readonly SheetModel[]): SheetModel[] {
  if (!isPengukuranKinerja(source)) return [];
  const own = new Set(programsOf(source).map(programKey));
  if (own.size === 0) return [];
  return candidates.filter((m) => {
    if (m === source || !isPengukuranKinerja(m) || m.tahun !== source.tahun || m.triwulan !== source.triwulan)
      return false;
    const programs = programsOf(m);
    return programs.length > 0 && programs.every((p) => !own.has(programKey(p)));
  });
}

/**
 * One `stacked-tables.sheets` warning at the first other part's first program, naming them all (otherParts); null
 * when there are none. `candidates`: the sheets that may be parts (visible, holding realisasi, not named as older
 * copies).
 */
export function otherPartsFinding(source: SheetModel, candidates: readonly SheetModel[]): Finding | null {
  const parts = otherParts(source, candidates);
  if (parts.length === 0) return null;
  const first = programsOf(parts[0])[0];
  const lainnya = parts.map((m) => `"${m.sheet}"`).join(", ");
  const program = parts.reduce((n, m) => n + programsOf(m).length, 0);
  return makeFinding({
    rule: "stacked-tables",
    sheet: parts[0].sheet,
    cell: first.cell,
    actual: parts.map((m) => m.sheet).join(", "),
    expected: source.sheet,
    key: "stacked-tables.sheets",
    params: { lainnya, sumber: source.sheet, program },
  });
}
