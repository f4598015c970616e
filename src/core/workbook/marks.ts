import { GeneratedKind } from "../tables/sheetSpec";

/**
 * Generated sheets are known by a mark inside them, not by their name or position: a sheet-scoped defined name
 * holding a text constant. It survives a save in Excel and in LibreOffice (which renumber sheetIds and relationship
 * ids), moves with the sheet when tabs are reordered, and the Office adapter writes it with `worksheet.names`.
 */
export const MARK_NAME = "_lkjip_lembar";
const MAGIC = "lkjip-excel";
const VERSION = "2";

/** What a marked sheet is: a generated table, Hasil Pemeriksaan, Data Pendukung, or the add-in's settings sheet. */
export type MarkKind = GeneratedKind | "registry";

export interface SheetMark {
  kind: MarkKind;
  /** The spec's own name (`LKjIP SS I`): which spec the sheet holds, whatever suffix its sheet name got. */
  key: string;
  /** Fingerprint of the constants and formulas written (see fingerprint.ts); empty for Data Pendukung. */
  fingerprint: string;
}

const KINDS: readonly MarkKind[] = ["lkjip-table", "hasil-pemeriksaan", "data-pendukung", "registry"];

/** The mark as the text the name holds (`lkjip-excel|2|lkjip-table|LKjIP SS I|1a2b…`). */
export function markText(mark: SheetMark): string {
  return [MAGIC, VERSION, mark.kind, mark.key, mark.fingerprint].join("|");
}

/** The name's formula: a text constant, quotes doubled, without the leading `=`. */
export function markFormula(mark: SheetMark): string {
  return `"${markText(mark).replace(/"/g, '""')}"`;
}

/**
 * A mark from the name's formula as any host returns it (`="…"`, `"…"`, or the bare text); null for anything that
 * is not one of ours. The key may itself hold `|`: it is everything between the kind and the fingerprint.
 */
export function parseMark(formula: string): SheetMark | null {
  let text = formula.trim();
  if (text.startsWith("=")) text = text.slice(1).trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
  const parts = text.split("|");
  if (parts.length < 5 || parts[0] !== MAGIC || parts[1] !== VERSION) return null;
  const kind = parts[2] as MarkKind;
  if (!KINDS.includes(kind)) return null;
  return { kind, key: parts.slice(3, -1).join("|"), fingerprint: parts[parts.length - 1] };
}
