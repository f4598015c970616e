/**
 * A small scanner over formula text as a cell holds it (without `=`): string literals, quoted sheet names, `[…]`
 * (structured references, external workbook indexes), error literals and words (a run of name characters: a
 * function name, a sheet name, a defined name, a number or a reference) come out as tokens; every other character
 * is a token of its own. The file reader rewrites shared formulas over these tokens, and the engine reads which
 * cells a formula adds up from them (formulaReferences.ts): one scanner for both.
 */

export type FormulaTokenKind = "string" | "quoted" | "bracket" | "error" | "word" | "other";

export interface FormulaToken {
  kind: FormulaTokenKind;
  /** [start, end) in the formula text. */
  start: number;
  end: number;
}

const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"];

/** The tokens of a formula, in order; together they cover the whole text. */
export function scanFormula(text: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    let kind: FormulaTokenKind;
    let end: number;
    if (ch === '"' || ch === "'") {
      kind = ch === '"' ? "string" : "quoted";
      end = closingQuote(text, i, ch);
    } else if (ch === "[") {
      kind = "bracket";
      end = closingBracket(text, i);
    } else if (ch === "#") {
      const literal = ERROR_LITERALS.find((e) => text.slice(i, i + e.length).toUpperCase() === e);
      kind = literal ? "error" : "other";
      end = i + (literal?.length ?? 1);
    } else if (isNameChar(text.charCodeAt(i), ch)) {
      kind = "word";
      end = i + 1;
      while (end < n && isNameChar(text.charCodeAt(end), text[end])) end++;
    } else {
      kind = "other";
      end = i + 1;
    }
    tokens.push({ kind, start: i, end });
    i = end;
  }
  return tokens;
}

function closingQuote(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" && depth > 0) {
      i++; // `'` escapes the next character inside a structured reference
    } else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Letters, digits, `_`, `.`, `$`, `\` and `?` make up names, references and numbers; so do non-ASCII letters. */
export function isNameChar(code: number, ch: string): boolean {
  if (code < 128) {
    return (
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      (code >= 48 && code <= 57) ||
      code === 95 ||
      code === 46 ||
      code === 36 ||
      code === 92 ||
      code === 63
    );
  }
  return /[\p{L}\p{N}]/u.test(ch);
}
