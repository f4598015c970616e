import { AmbiguousColumn } from "../../model/evaluasiRenja";
import { CellReader } from "../readCells";

/**
 * How a column of text numbers uses dots and commas. App exports write every cell as text, and some write
 * `1.234.567` in an Rp column (dots group thousands, the Indonesian way) but `12.97` in a % column (a decimal
 * point). The reader of today takes `1.234` as a thousand and `1,5` as one and a half; a column whose other
 * values show the opposite use is read the opposite way.
 */
export type Convention = "indonesia" | "titik-desimal";

/** What the column holds by its role: Rupiah (never fractions in practice), percentages, or counts and scores. */
export type ColumnKind = "rp" | "persen" | "k";

type Evidence = "indonesia" | "titik-desimal" | "ragu" | null;

/**
 * What one text says about the convention: `1.234.567`, `1.234,5`, `12,97` only fit dots as thousands;
 * `12.97`, `1,234.5`, `1,234,567` only a decimal point; `1.234` and `1,234` fit both (ragu). Null for no evidence.
 */
export function separatorEvidence(text: string): Evidence {
  if (text.indexOf(".") < 0 && text.indexOf(",") < 0) return null;
  const s = text
    .replace(/[\s\u00a0]/g, "")
    .replace(/^[-+(]*(rp\.?)?/i, "")
    .replace(/[%)]+$/, "");
  if (!/^[0-9.,]+$/.test(s) || !/\d/.test(s)) return null;
  const dots = s.split(".").length - 1;
  const commas = s.split(",").length - 1;
  if (dots > 0 && commas > 0) return s.lastIndexOf(",") > s.lastIndexOf(".") ? "indonesia" : "titik-desimal";
  if (dots > 1) return "indonesia";
  if (commas > 1) return "titik-desimal";
  if (dots === 1) {
    const [int, frac] = s.split(".");
    if (frac.length !== 3 || int === "0" || int === "") return "titik-desimal";
    return "ragu";
  }
  if (commas === 1) {
    const [int, frac] = s.split(",");
    if (frac.length !== 3 || int === "0" || int === "") return "indonesia";
    return "ragu";
  }
  return null;
}

export interface ColumnConventions {
  /** The convention per 0-based column; a column not listed reads the Indonesian way. */
  byColumn: Map<number, Convention>;
  ambiguous: AmbiguousColumn[];
  /** The 0-based rows of each ambiguous column's doubtful texts. */
  doubtfulRows: Map<number, number[]>;
}

/**
 * Decide per number column from the texts it holds in the data rows. Evidence of one use only decides; none or
 * both leave the column to its kind (Rupiah and counts: dots as thousands; percentages: a decimal point, a
 * percentage in the thousands being absurd). A column holding texts such as `1.234` is recorded as ambiguous
 * when its values show both uses, or show neither and it holds counts (K), which can be either.
 */
export function decideConventions(
  reader: CellReader,
  columns: ReadonlyMap<number, ColumnKind>,
  first: number,
  last: number,
): ColumnConventions {
  const byColumn = new Map<number, Convention>();
  const ambiguous: AmbiguousColumn[] = [];
  const doubtfulRows = new Map<number, number[]>();
  const read = [...columns].map(([col, kind]) => ({ col, kind, ...columnEvidence(reader, col, first, last) }));
  // Outside the Rupiah columns (dots as thousands in every convention), a sheet whose figures show only the
  // Indonesian use (`72,5`, `86,67`) writes its counts that way too: their `3.600` is a thousand-grouped count.
  const others = read.filter((c) => c.kind !== "rp");
  const indonesianSheet = others.some((c) => c.thousands) && !others.some((c) => c.decimal);
  // A sheet whose every telling text, Rupiah included, uses the decimal point (`4,123,456.00`, `68.50`: written in an
  // English locale) writes its counts that way too: their `1,452` is a thousand-grouped count.
  const decimalPointSheet = read.some((c) => c.decimal) && !read.some((c) => c.thousands);
  for (const { col, kind, thousands, decimal, doubtful } of read) {
    let convention: Convention;
    if (thousands !== decimal) convention = decimal ? "titik-desimal" : "indonesia";
    else convention = kind === "persen" || decimalPointSheet ? "titik-desimal" : "indonesia";
    if (convention === "titik-desimal") byColumn.set(col, convention);
    const settled = thousands !== decimal || (!thousands && (kind !== "k" || indonesianSheet || decimalPointSheet));
    if (doubtful.length > 0 && !settled) {
      ambiguous.push({
        col,
        cell: reader.a1(doubtful[0].row, col),
        reading: readingOf(convention, doubtful[0].text),
        examples: [...new Set(doubtful.map((d) => d.text))].slice(0, 3),
      });
      doubtfulRows.set(col, [...new Set(doubtful.map((d) => d.row))]);
    }
  }
  ambiguous.sort((a, b) => a.col - b.col);
  return { byColumn, ambiguous, doubtfulRows };
}

/** What a column's texts in the data rows say: either use shown, and the texts that fit both. */
function columnEvidence(
  reader: CellReader,
  col: number,
  first: number,
  last: number,
): { thousands: boolean; decimal: boolean; doubtful: { text: string; row: number }[] } {
  let thousands = false;
  let decimal = false;
  const doubtful: { text: string; row: number }[] = [];
  for (let r = first; r <= last; r++) {
    const v = reader.cell(r, col)?.value;
    if (typeof v !== "string") continue;
    // Several indikator's figures one per line (`60,59⏎77,06`): each line is a number of its own, not one text.
    for (const line of v.split(/\r?\n|\r/)) {
      const evidence = separatorEvidence(line);
      if (evidence === "indonesia") thousands = true;
      else if (evidence === "titik-desimal") decimal = true;
      else if (evidence === "ragu") doubtful.push({ text: line.trim(), row: r });
    }
  }
  return { thousands, decimal, doubtful };
}

/** Whether a doubtful text (`1.234` or `1,234`) was read with its separator as thousands or as a decimal point. */
function readingOf(convention: Convention, text: string): "ribuan" | "desimal" {
  const dot = text.includes(".");
  return (convention === "indonesia") === dot ? "ribuan" : "desimal";
}

/** A text in the decimal-point convention rewritten the Indonesian way (`1,234.5` → `1.234,5`), for the reader. */
export function toIndonesian(text: string): string {
  return text.replace(/[.,]/g, (ch) => (ch === "." ? "," : "."));
}
