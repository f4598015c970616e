import { quoteSheetName } from "../grid/address";
import { CellSpec } from "./sheetSpec";

type SourceLike = { cell: string } | string | null | undefined;

/** Past this many addresses, the ones already taken are looked up in a set (a total has one per program). */
const SCAN_LIMIT = 16;

/** The A1 addresses of source cells (numbers read from the sheet, or addresses), the empty ones skipped. */
export function sourcesOf(...from: (SourceLike | SourceLike[])[]): string[] {
  const out: string[] = [];
  let seen: Set<string> | null = null;
  const add = (x: SourceLike) => {
    if (!x) return;
    const a = typeof x === "string" ? x : x.cell;
    if (!a) return;
    if (seen === null) {
      if (out.includes(a)) return;
      out.push(a);
      if (out.length > SCAN_LIMIT) seen = new Set(out);
    } else if (!seen.has(a)) {
      seen.add(a);
      out.push(a);
    }
  };
  for (const part of from) {
    if (Array.isArray(part)) for (const x of part) add(x);
    else add(part);
  }
  return out;
}

/** An address on another sheet, as CellSpec.sources holds it: `'Data Pendukung'!F12`. */
export function otherSheetSource(sheet: string, cell: string | undefined): string | null {
  return cell ? `${quoteSheetName(sheet)}!${cell}` : null;
}

/** The cell with its sources recorded (none: the cell as it is). */
export function withSources(cell: CellSpec, sources: (string | null | undefined)[]): CellSpec {
  const s = sources.filter((x): x is string => typeof x === "string" && x !== "");
  return s.length > 0 ? { ...cell, sources: s } : cell;
}
