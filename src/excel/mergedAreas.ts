import { CellRange } from "../core/grid/grid";
import { fromA1 } from "../core/grid/address";

/**
 * The rectangles of a RangeAreas address such as `Sheet1!A1:B2, 'My, Sheet'!D1:D4`. Sheet names may be quoted
 * and may hold commas and `!`, so the text is split only outside quotes.
 */
export function parseAreasAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of splitOutsideQuotes(address, ",")) {
    const local = afterSheetName(part.trim());
    if (local) out.push(parseArea(local));
  }
  return out;
}

function splitOutsideQuotes(s: string, sep: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "'") quoted = !quoted;
    else if (s[i] === sep && !quoted) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** The area after the last `!` outside quotes (`''` inside a quoted name toggles twice and stays quoted). */
function afterSheetName(part: string): string {
  let quoted = false;
  let bang = -1;
  for (let i = 0; i < part.length; i++) {
    if (part[i] === "'") quoted = !quoted;
    else if (part[i] === "!" && !quoted) bang = i;
  }
  return part.slice(bang + 1).trim();
}

function parseArea(a1: string): CellRange {
  const [from, to = from] = a1.split(":");
  const p = fromA1(from);
  const q = fromA1(to);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
