import { GeneratedKind } from "../tables/sheetSpec";
import { textHash } from "./fingerprint";

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
  /**
   * What the table is about when its spec name alone does not say it: a sasaran's sheets are numbered in order
   * (`LKjIP SS II`), so the same name holds another sasaran once one before it is dropped (SheetSpec.subject). Its
   * hash tells whether it is the same; its text, cut to what fits the mark, is for the officer to read.
   */
  subject?: MarkSubject;
}

export interface MarkSubject {
  hash: string;
  /** The subject, ending in `…` where it had to be cut. */
  text: string;
}

/** Excel's limit on a text constant in a formula, and so on the mark. */
const MAX_MARK_LENGTH = 255;

/** The mark's view of a spec's subject. */
export function markSubject(subject: string): MarkSubject {
  return { hash: textHash(subject), text: subject };
}

const KINDS: readonly MarkKind[] = ["lkjip-table", "hasil-pemeriksaan", "data-pendukung", "registry"];

/**
 * The mark as the text the name holds (`lkjip-excel|2|lkjip-table|LKjIP SS I|1a2b…|@LKjIP%20SS%20I|#Meningkatnya…`):
 * the sheet's name after `@`, then the subject after `#`, each percent-encoded, so that no `|` of a name is taken for
 * a separator.
 */
export function markText(mark: SheetMark): string {
  const parts = [MAGIC, VERSION, mark.kind, mark.key, mark.fingerprint];
  if (mark.sheet !== undefined) parts.push(`@${encodeURIComponent(mark.sheet)}`);
  if (mark.subject === undefined) return parts.join("|");
  const head = `${parts.join("|")}|#${mark.subject.hash}:`;
  return head + fitted(mark.subject.text, MAX_MARK_LENGTH - head.length);
}

/** The text percent-encoded in at most `room` characters: cut, with `…`, where it is longer (a long sasaran name). */
function fitted(text: string, room: number): string {
  if (encodeURIComponent(text).length <= room) return encodeURIComponent(text);
  for (let end = text.length - 1; end > 0; end--) {
    // Never half of a character outside the BMP (encodeURIComponent throws on it).
    if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) continue;
    const cut = encodeURIComponent(`${text.slice(0, end).trimEnd()}…`);
    if (cut.length <= room) return cut;
  }
  return "";
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
  let fields = parts;
  const tagged = (tag: string): string | undefined => {
    const last = fields[fields.length - 1];
    if (fields.length <= 5 || !last.startsWith(tag)) return undefined;
    const decoded = decodedName(last.slice(1));
    if (decoded !== undefined) fields = fields.slice(0, -1);
    return decoded;
  };
  const subject = subjectOfPart(tagged("#"));
  const sheet = tagged("@");
  const mark: SheetMark = { kind, key: fields.slice(3, -1).join("|"), fingerprint: fields[fields.length - 1] };
  if (sheet !== undefined) mark.sheet = sheet;
  if (subject !== undefined) mark.subject = subject;
  return mark;
}

/** `#<hash>:<text>` (the `#` taken off), or undefined. */
function subjectOfPart(part: string | undefined): MarkSubject | undefined {
  const colon = part?.indexOf(":") ?? -1;
  if (part === undefined || colon < 0) return undefined;
  return { hash: part.slice(0, colon), text: part.slice(colon + 1) };
}

function decodedName(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/** A mark as the package holds it: a name scoped to the sheet at `position` (localSheetId). */
export interface PositionedMark {
  position: number;
  mark: SheetMark;
}

/**
 * Each mark on the sheet it was written to, by position in `names` (the workbook's sheets in order). The package keeps
 * a mark by its sheet's position, which a program that inserts or moves sheets without renumbering the names (openpyxl
 * 3.0 adding a cover sheet in front) leaves pointing at a neighbour: the officer's source sheet would then carry the
 * mark of a generated table and be written over. So the sheet a mark names (SheetMark.sheet) decides first: a mark on
 * the sheet it names; then a mark naming another sheet goes to that one; then marks that name none (written before
 * marks named their sheet) and the rest (a sheet renamed since, a copy made in Excel) stay where their position puts
 * them, where no other mark went.
 */
export function placeMarks(names: readonly string[], found: readonly PositionedMark[]): Map<number, SheetMark> {
  const lower = (s: string) => s.toLowerCase();
  const byName = new Map(names.map((n, i) => [lower(n), i]));
  const out = new Map<number, SheetMark>();
  const put = (at: number | undefined, mark: SheetMark): boolean => {
    if (at === undefined || at >= names.length || out.has(at)) return false;
    out.set(at, mark);
    return true;
  };
  const named = found.filter((f) => f.mark.sheet !== undefined);
  const onTheirSheet = (f: PositionedMark) => lower(f.mark.sheet as string) === lower(names[f.position] ?? "");
  const rest: PositionedMark[] = [];
  for (const f of named) if (!(onTheirSheet(f) && put(f.position, f.mark))) rest.push(f);
  const stay: PositionedMark[] = found.filter((f) => f.mark.sheet === undefined);
  for (const f of rest) if (!put(byName.get(lower(f.mark.sheet as string)), f.mark)) stay.push(f);
  for (const f of stay) put(f.position, f.mark);
  return out;
}
