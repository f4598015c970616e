/**
 * SpreadsheetML writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return) and a literal
 * `_x` sequence as `_x005F_x…` (ECMA-376 §22.9.2.19 ST_Xstring); Excel shows the decoded text.
 */
export function decodeEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
