import { quoteSheetName } from "../grid/address";
import { CellSpec } from "./sheetSpec";

type SourceLike = { cell: string } | string | null | undefined;

/** The A1 addresses of source cells (numbers read from the sheet, or addresses), the empty ones skipped. */
export function sourcesOf(...from: (SourceLike | SourceLike[])[]): string[] {
  const out: string[] = [];
  for (const x of from.flat()) {
    if (!x) continue;
    const a = typeof x === "string" ? x : x.cell;
    if (a && !out.includes(a)) out.push(a);
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
