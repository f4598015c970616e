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
  /**
   * The sheet's name when a table was written to it. A copy made in Excel carries the mark along under another name
   * while the sheet it was copied from still has this one: the copy is the officer's, never written to (sheetPlan).
   * Absent in marks written before it existed.
   */
  sheet?: string;
}

const KINDS: readonly MarkKind[] = ["lkjip-table", "hasil-pemeriksaan", "data-pendukung", "registry"];

/**
 * The mark as the text the name holds (`lkjip-excel|2|lkjip-table|LKjIP SS I|1a2b…|@LKjIP%20SS%20I`): the sheet's
 * name last, after `@` and percent-encoded, so that no `|` of a name is taken for a separator.
 */
export function markText(mark: SheetMark): string {
  const parts = [MAGIC, VERSION, mark.kind, mark.key, mark.fingerprint];
  return (mark.sheet === undefined ? parts : [...parts, `@${encodeURIComponent(mark.sheet)}`]).join("|");
}

/** The name's formula: a text constant, quotes doubled, without the leading `=`. */
export function markFormula(mark: SheetMark): string {
  return `"${markText(mark).replace(/"/g, '""')}"`;
}

/**
 * A mark from the name's formula as any host returns it (`="…"`, `"…"`, or the bare text); null for anything that
 * is not one of ours. The key may itself hold `|`: it is everything between the kind and the fingerprint (a
 * fingerprint is hex, or empty; the sheet's name after it starts with `@`).
 */
export function parseMark(formula: string): SheetMark | null {
  let text = formula.trim();
  if (text.startsWith("=")) text = text.slice(1).trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
  const parts = text.split("|");
  if (parts.length < 5 || parts[0] !== MAGIC || parts[1] !== VERSION) return null;
  const kind = parts[2] as MarkKind;
  if (!KINDS.includes(kind)) return null;
  const last = parts[parts.length - 1];
  const sheet = parts.length > 5 && last.startsWith("@") ? decodedName(last.slice(1)) : undefined;
  const fields = sheet === undefined ? parts : parts.slice(0, -1);
  const mark: SheetMark = { kind, key: fields.slice(3, -1).join("|"), fingerprint: fields[fields.length - 1] };
  if (sheet !== undefined) mark.sheet = sheet;
  return mark;
}

function decodedName(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}
