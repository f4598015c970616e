import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { normaliseWord, PdfPage } from "./pdfText";

export interface FitReport {
  pages: number;
  /** Problems found; empty when every page is landscape and the tables fit the width. */
  problems: string[];
  /** Table rows whose two ends were both found in the PDF and compared. */
  rowsCompared: number;
}

/** A row of a table, by its outermost bordered cells: the texts at its left and right ends. */
interface RowEnds {
  row: number;
  left: string;
  right: string;
  span: number;
}

/**
 * Does the printed sheet fit the page width? Every page must be landscape, the page with the main table's header
 * must show the title of its first and of its last column, and every table row must have its leftmost and its
 * rightmost text on one page: a table too wide for the page sends its right-hand columns to pages of their own.
 */
export function checkPageFit(spec: SheetSpec, pages: PdfPage[]): FitReport {
  const problems: string[] = [];
  if (pages.length === 0) problems.push("PDF tanpa halaman");
  pages.forEach((p, i) => {
    if (!(p.width > p.height)) problems.push(`halaman ${i + 1} tegak (${p.width} × ${p.height})`);
  });
  const rows = tableRows(spec);
  const header = mainHeader(spec, rows);
  if (!header) problems.push("judul tabel tidak ditemukan");
  else {
    const left = longestWord(header.left);
    const right = longestWord(header.right);
    const withLeft = left ? pageIndexes(pages, left) : [];
    if (withLeft.length === 0) problems.push(`tidak ada halaman dengan judul kolom pertama "${header.left}"`);
    else if (!right || !withLeft.some((i) => pages[i].words.has(right))) {
      problems.push(
        `judul kolom terakhir "${header.right}" tidak sehalaman dengan judul kolom pertama "${header.left}"`,
      );
    }
  }
  let rowsCompared = 0;
  for (const r of rows) {
    const left = longestWord(r.left);
    const right = longestWord(r.right);
    if (!left || !right || r.span === 0) continue;
    const leftPages = pageIndexes(pages, left);
    const rightPages = pageIndexes(pages, right);
    if (leftPages.length === 0 || rightPages.length === 0) continue; // cut off in print (text wider than its cell)
    rowsCompared++;
    if (!leftPages.some((i) => rightPages.includes(i))) {
      problems.push(
        `baris ${r.row + 1}: "${r.left}" di halaman ${leftPages.map((i) => i + 1).join(",")}, "${r.right}" di halaman ${rightPages.map((i) => i + 1).join(",")}`,
      );
    }
  }
  return { pages: pages.length, problems, rowsCompared };
}

/**
 * Every bordered row whose texts (in a cell of its own or the merge that covers it) span at least half of its
 * width, by its outermost texts.
 */
function tableRows(spec: SheetSpec): RowEnds[] {
  const text = new Map<string, string>();
  for (const { row, col, cell } of spec.cells) {
    if (cell.formula === undefined && typeof cell.value === "string" && cell.value.trim())
      text.set(`${row}:${col}`, cell.value);
  }
  const textAt = (row: number, col: number) => {
    const own = text.get(`${row}:${col}`);
    if (own) return own;
    const merge = spec.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
    return merge ? (text.get(`${merge.top}:${merge.left}`) ?? null) : null;
  };
  const bordered = new Map<number, number[]>();
  for (const c of spec.cells) if (c.cell.border) bordered.set(c.row, [...(bordered.get(c.row) ?? []), c.col]);
  const rows: RowEnds[] = [];
  for (const [row, cols] of [...bordered.entries()].sort((a, b) => a[0] - b[0])) {
    // The outermost cells that hold text: a row numbered in its first column is compared from its first text.
    const withText = [...new Set(cols)].sort((a, b) => a - b).filter((c) => textAt(row, c) !== null);
    if (withText.length < 2) continue;
    const first = withText[0];
    const last = withText[withText.length - 1];
    if (last - first < (Math.max(...cols) - Math.min(...cols)) / 2) continue;
    rows.push({ row, left: textAt(row, first)!, right: textAt(row, last)!, span: last - first });
  }
  return rows;
}

/** The rows repeated on every printed page when there are some, else the first of the widest table rows. */
function mainHeader(spec: SheetSpec, rows: RowEnds[]): RowEnds | null {
  if (spec.print.repeatRows) return rows.find((r) => r.row === spec.print.repeatRows![0]) ?? null;
  if (rows.length === 0) return null;
  const widest = Math.max(...rows.map((r) => r.span));
  return rows.find((r) => r.span === widest) ?? null;
}

function longestWord(s: string): string | null {
  const all = s.split(/\s+/).map(normaliseWord).filter(Boolean);
  return all.length === 0 ? null : all.reduce((a, b) => (b.length > a.length ? b : a));
}

function pageIndexes(pages: PdfPage[], word: string): number[] {
  return pages.flatMap((p, i) => (p.words.has(word) ? [i] : []));
}
