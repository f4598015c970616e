import { SheetInfo } from "../ports/workbookPort";
import { SheetMark } from "./marks";
import { dataPendukungCopiesOf } from "./sheetPlan";

/**
 * The sheets as both adapters list them to the pane: the officer's Data Pendukung flagged as such, other sheets with
 * its mark (copies) flagged and not read, the rest generated or the user's own.
 */
export function listedSheets<T extends { name: string; mark: SheetMark | null; foreign?: boolean }>(
  all: readonly T[],
  shown: readonly T[],
  dataPendukung: T | undefined,
  generated: (sheet: T) => boolean,
): SheetInfo[] {
  const copies = new Set(dataPendukungCopiesOf(all));
  return shown.map((s) =>
    s === dataPendukung
      ? { name: s.name, generated: false, dataPendukung: true }
      : copies.has(s)
        ? { name: s.name, generated: true, dataPendukungCopy: true }
        : { name: s.name, generated: generated(s) },
  );
}
