import { execFileSync } from "node:child_process";
import { FILL_HEADER, FILL_NUMBERS } from "../../../src/core/tables/cellStyles";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { normaliseWord } from "./pdfText";

/** The text of each page of a PDF, as `pdftotext -layout` lays it out (pages split on form feeds). */
export function pdfPages(file: string): string[][] {
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split("\f");
  if (pages.length > 0 && pages[pages.length - 1].trim() === "") pages.pop();
  return pages.map((p) =>
    p
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== ""),
  );
}

const FOOTER = /Halaman (\d+)\b/;

/** A table of the sheet as the spec has it: caption number, the words of its caption and of its header rows. */
interface TableWords {
  nomor: string;
  captionRow: number;
  caption: Set<string>;
  header: Set<string>;
  /** A word of the table's last data row that no other cell of the sheet has, to find its page. */
  lastRowWord: string | null;
}

export interface PrintReport {
  sheet: string;
  pages: number;
  problems: string[];
  /** Pages after the first that begin with the header rows of the table they continue (print titles). */
  repeatedHeaders: number;
  /** Tables printed over more than one page, with their page count. */
  continued: { nomor: string; pages: number }[];
  /** Tables that are not the first of their sheet and start on a later page than the table before them ends. */
  movedWhole: string[];
  /** Each table's pages: first and last. */
  tablePages: { nomor: string; first: number; last: number }[];
}

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map(normaliseWord)
    .filter((w) => w !== "");
}

function tablesOf(spec: SheetSpec): TableWords[] {
  const captions = spec.cells
    .filter((c) => c.col === 0 && typeof c.cell.value === "string" && /^Tabel \d+\.\d+$/.test(c.cell.value))
    .map((c) => ({ nomor: (c.cell.value as string).slice(6), row: c.row }))
    .sort((a, b) => a.row - b.row);
  const counts = new Map<string, number>();
  for (const c of spec.cells) {
    if (typeof c.cell.value !== "string") continue;
    for (const w of new Set(words(c.cell.value))) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  // A sheet without table numbers (Hasil Pemeriksaan) is one table from its top.
  if (captions.length === 0) captions.push({ nomor: "", row: 0 });
  return captions.map((cap, i) => {
    const end = i + 1 < captions.length ? captions[i + 1].row : Number.MAX_SAFE_INTEGER;
    const inTable = spec.cells.filter((c) => c.row >= cap.row && c.row < end);
    const caption = new Set<string>();
    const header = new Set<string>();
    let lastData = -1;
    for (const c of inTable) {
      const text = c.cell.value === null || c.cell.value === undefined ? "" : String(c.cell.value);
      if (c.cell.fill === FILL_HEADER || c.cell.fill === FILL_NUMBERS) words(text).forEach((w) => header.add(w));
      else if (c.cell.bold && !c.cell.border) words(text).forEach((w) => caption.add(w));
      else if (c.cell.border && text !== "") lastData = Math.max(lastData, c.row);
    }
    let lastRowWord: string | null = null;
    for (const c of inTable.filter((x) => x.row === lastData && typeof x.cell.value === "string")) {
      for (const w of words(c.cell.value as string)) {
        if ((counts.get(w) ?? 0) === 1 && w.length >= 4 && (!lastRowWord || w.length > lastRowWord.length))
          lastRowWord = w;
      }
    }
    return { nomor: cap.nomor, captionRow: cap.row, caption, header, lastRowWord };
  });
}

/** Words of the title block and other bold lines outside tables (the sheet's own heading). */
function headingWords(spec: SheetSpec): Set<string> {
  const out = new Set<string>();
  for (const c of spec.cells) {
    if (c.cell.bold && !c.cell.border && typeof c.cell.value === "string")
      words(c.cell.value).forEach((w) => out.add(w));
  }
  return out;
}

function within(line: string, set: Set<string>): boolean {
  const ws = words(line);
  return ws.length > 0 && ws.every((w) => set.has(w));
}

/**
 * The printing rules, read off the PDF of one sheet: every page numbered "Halaman k", k from 1; no page ends with a
 * table's caption or header rows; every page after the first starts with a caption (a table beginning) or with
 * the header rows of the table it continues; a table that fits a page is on one page.
 */
export function checkPrintLayout(
  spec: SheetSpec,
  pages: string[][],
  capacityPages: (t: string) => boolean,
): PrintReport {
  const problems: string[] = [];
  const tables = tablesOf(spec);
  const heading = headingWords(spec);
  const allCaption = new Set(tables.flatMap((t) => [...t.caption]));
  const allHeader = new Set(tables.flatMap((t) => [...t.header]));
  const report: PrintReport = {
    sheet: spec.name,
    pages: pages.length,
    problems,
    repeatedHeaders: 0,
    continued: [],
    movedWhole: [],
    tablePages: [],
  };
  const captionPage = new Map<string, number>();
  pages.forEach((lines, p) => {
    const footer = lines.find((l) => FOOTER.test(l));
    const m = footer ? FOOTER.exec(footer) : null;
    if (!m) problems.push(`halaman ${p + 1}: tanpa nomor halaman`);
    else if (Number(m[1]) !== p + 1) problems.push(`halaman ${p + 1}: bernomor "${m[0]}" dari ${pages.length} halaman`);
    for (const t of tables) {
      const starts = t.nomor === "" ? p === 0 : lines.some((l) => words(l).join(" ") === `tabel ${t.nomor}`);
      if (!captionPage.has(t.nomor) && starts) captionPage.set(t.nomor, p);
    }
    const body = lines.filter((l) => !FOOTER.test(l));
    if (body.length === 0) return;
    const last = body[body.length - 1];
    if (within(last, allCaption) || within(last, allHeader)) {
      problems.push(`halaman ${p + 1} berakhir dengan judul atau kepala tabel: "${last}"`);
    }
    if (p === 0) return;
    const first = body[0];
    if (/^Tabel \d+\.\d+$/.test(first) || within(first, heading)) return;
    const continuing = [...tables].reverse().find((t) => (captionPage.get(t.nomor) ?? Infinity) < p);
    if (continuing && within(first, continuing.header)) {
      report.repeatedHeaders++;
      return;
    }
    problems.push(
      `halaman ${p + 1} melanjutkan tabel ${continuing?.nomor ?? "?"} tanpa kepala tabel: dimulai dengan "${first}"`,
    );
  });
  tables.forEach((t, i) => {
    const first = captionPage.get(t.nomor);
    if (first === undefined) {
      problems.push(`Tabel ${t.nomor} tidak ditemukan di PDF`);
      return;
    }
    let last = first;
    if (t.lastRowWord) {
      const where = pages
        .map((lines, p) => (lines.some((l) => words(l).includes(t.lastRowWord!)) ? p : -1))
        .filter((p) => p >= 0);
      if (where.length > 0) last = Math.max(...where);
    }
    report.tablePages.push({ nomor: t.nomor, first: first + 1, last: last + 1 });
    if (last > first) {
      report.continued.push({ nomor: t.nomor, pages: last - first + 1 });
      if (capacityPages(t.nomor))
        problems.push(`Tabel ${t.nomor} muat sehalaman tetapi terpotong (hlm ${first + 1}–${last + 1})`);
    }
    const prev = report.tablePages[i - 1];
    if (i > 0 && prev && first + 1 > prev.last) report.movedWhole.push(t.nomor);
  });
  return report;
}
