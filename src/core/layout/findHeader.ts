import { ColumnMap } from "../model/columns";
import {
  classifyHeader,
  HeaderClass,
  isCumulative,
  isGroupLabel,
  KAS_KEYS,
  monthOf,
  normaliseHeader,
  Quarter,
  quarterOf,
  RealisasiPart,
  RealisasiParts,
} from "./headerWords";
import { CellReader } from "./readCells";
import { resolveColumns } from "./resolveColumns";

/** How many rows from the top may hold the header. */
export const HEADER_SCAN_ROWS = 40;
/** Columns looked at; real sheets are far narrower, a huge used range is cut. */
const MAX_COLUMNS = 256;
/** Fewer recognised columns than this is not a header. */
const MIN_SCORE = 2;

export interface HeaderMatch {
  /** 0-based first and last header row. */
  rows: [number, number];
  columns: ColumnMap;
  /** The KODE column and the code-part columns right of it (`KODE` over `URUSAN | BIDANG | PROGRAM …`). */
  kodeColumns: number[];
  /** The uraian column and the uraian columns right of it (`PROGRAM | KEGIATAN | SUB KEGIATAN`, one per level). */
  uraianColumns: number[];
  /**
   * A group per quarter on the kinerja side (`TRIWULAN III` over TARGET | REALISASI | CAPAIAN): each quarter's
   * realisasi and capaian column, for the report's triwulan to choose from once the title is read.
   */
  quarterly?: { realisasi: (number | undefined)[]; capaian: (number | undefined)[] };
  /** An anggaran kas planned per month, without a column per quarter: the month columns of each quarter. */
  monthlyKas?: number[][];
  /** The columns of the parts the realisasi anggaran is written in (without a column for the year's, its source). */
  realisasiParts?: RealisasiParts;
  /** What each column's header says, as `columns` was resolved from (ofTheYear resolves it again). */
  classes: readonly (HeaderClass | null)[];
}

interface Candidate {
  classes: (HeaderClass | null)[];
  /** Both rows of a two-row candidate must say something, or it is a one-row header next to a title or data. */
  valid: boolean;
}

/**
 * Find the header among the top rows (from `fromRow`, for a table stacked under another): every row is tried as a one-row header and, with the row below, as a
 * two-row header (group words such as `TARGET` over `TRW I..IV`). The candidate recognising the most columns
 * wins; on a tie the earlier and the one-row candidate. Null when no row looks like a header at all.
 */
export function findHeader(reader: CellReader, fromRow = 0): HeaderMatch | null {
  const { grid } = reader;
  const width = Math.min(grid.colCount, MAX_COLUMNS);
  const limit = Math.min(grid.rowCount, fromRow + HEADER_SCAN_ROWS);
  let best: { match: HeaderMatch; score: number } | null = null;
  const consider = (cand: Candidate, top: number, bottom: number) => {
    if (!cand.valid) return;
    const columns = resolveColumns(cand.classes);
    const monthlyKas = kasByMonth(cand.classes, columns);
    // A recap's per-quarter realisasi columns, a plan's months and its actions per quarter are header too, though no
    // column key takes them.
    const score =
      Object.keys(columns).length +
      cand.classes.filter((c) => c?.kind === "quarterOnly" || (c?.kind === "quarter" && c.aksi)).length +
      (monthlyKas ? monthlyKas.filter((q) => q.length > 0).length : 0);
    if (score >= MIN_SCORE && (!best || score > best.score)) {
      best = { match: headerMatch(cand.classes, [top, bottom], columns, monthlyKas), score };
    }
  };
  for (let r = fromRow; r < limit; r++) {
    const single = oneRow(reader, r, width);
    consider(single, r, lastRowOfVerticalMerges(reader, r, single.classes));
    if (r + 1 < grid.rowCount) consider(twoRows(reader, r, width), r, r + 1);
  }
  // Three rows (`REALISASI S.D. TW III` over `KINERJA | KEUANGAN`, beside `TARGET` merged over two rows above its
  // quarters) only when they read more columns than any shorter header: a title line above a two-row header reads
  // as many, and must stay a title.
  for (let r = fromRow; r + 2 < Math.min(grid.rowCount, limit + 2); r++)
    consider(threeRows(reader, r, width), r, r + 2);
  return best === null ? null : (best as { match: HeaderMatch }).match;
}

/** The header the classes of its rows make: their columns, and what each column's class says besides. */
function headerMatch(
  classes: readonly (HeaderClass | null)[],
  rows: [number, number],
  columns: ColumnMap = resolveColumns(classes),
  monthlyKas: number[][] | undefined = kasByMonth(classes, columns),
): HeaderMatch {
  const quarterly = quarterlyKinerja(classes, columns);
  const realisasiParts = realisasiPartsOf(classes, columns);
  return {
    rows,
    columns,
    kodeColumns: keyRun(classes, "kode", columns.kode),
    uraianColumns: keyRun(classes, "uraian", columns.uraian),
    classes,
    ...(quarterly ? { quarterly } : {}),
    ...(monthlyKas ? { monthlyKas } : {}),
    ...(realisasiParts ? { realisasiParts } : {}),
  };
}

/**
 * The parts the realisasi anggaran is written in (RealisasiPart) in the budget half, read as the year's without a
 * column for it and checked against that column beside one:
 * quarters before months, the columns up to a quarter before each quarter's own; one column per quarter or month.
 */
function realisasiPartsOf(classes: readonly (HeaderClass | null)[], columns: ColumnMap): RealisasiParts | undefined {
  const budgetStart = Math.min(columns.uraian ?? Infinity, columns.pagu ?? Infinity, columns.kode ?? Infinity);
  if (budgetStart === Infinity) return undefined;
  const found: (RealisasiPart & { col: number })[] = [];
  classes.forEach((cls, col) => {
    if (col <= budgetStart || col === columns.realisasiAnggaran) return;
    if (cls?.kind === "quarterOnly" && cls.part) found.push({ ...cls.part, col });
    else if (cls?.kind === "key" && cls.key === "realisasiAnggaran" && cls.upTo !== undefined)
      found.push({ unit: "quarter", index: cls.upTo, cumulative: true, col });
  });
  const unit = found.some((p) => p.unit === "quarter") ? "quarter" : "month";
  const ofUnit = found.filter((p) => p.unit === unit);
  const cumulative = ofUnit.some((p) => p.cumulative);
  const cols: { index: number; col: number }[] = [];
  for (const p of ofUnit) {
    if (p.cumulative === cumulative && !cols.some((x) => x.index === p.index))
      cols.push({ index: p.index, col: p.col });
  }
  // One month alone is a label somewhere else, as for the anggaran kas (kasByMonth).
  if (cols.length === 0 || (unit === "month" && cols.length < 3)) return undefined;
  return { unit, cumulative, cols: cols.sort((a, b) => a.index - b.index) };
}

/** Month columns of the anggaran kas by quarter, when the sheet plans it per month and has no kas per quarter. */
function kasByMonth(classes: readonly (HeaderClass | null)[], columns: ColumnMap): number[][] | undefined {
  if (KAS_KEYS.some((k) => columns[k] !== undefined)) return undefined;
  const quarters: number[][] = [[], [], [], []];
  const seen = new Set<number>();
  classes.forEach((cls, col) => {
    if (cls?.kind !== "month" || seen.has(cls.month)) return;
    seen.add(cls.month);
    quarters[Math.ceil(cls.month / 3) - 1].push(col);
  });
  // A month or two is a label somewhere else; a plan has most of the year.
  return seen.size >= 6 ? quarters : undefined;
}

/**
 * Realisasi and capaian per quarter left of the budget half, when the header has them: a group per quarter
 * (`TRIWULAN III` over TARGET | REALISASI | CAPAIAN), or a group per figure (`REALISASI` over TW I … TW IV) where no
 * column holds the indikator's realisasi (or capaian) as such.
 */
function quarterlyKinerja(classes: readonly (HeaderClass | null)[], columns: ColumnMap): HeaderMatch["quarterly"] {
  const budgetStart = Math.min(columns.uraian ?? Infinity, columns.pagu ?? Infinity, columns.kode ?? Infinity);
  const realisasi: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  const capaian: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  const perFigure = {
    realisasi: columns.realisasiKinerja === undefined,
    capaian: columns.capaianKinerja === undefined,
  };
  let found = false;
  classes.forEach((cls, col) => {
    if (col >= budgetStart) return;
    const figure =
      cls?.kind === "ambiguous" && cls.quarter !== undefined
        ? { what: cls.what, quarter: cls.quarter }
        : cls?.kind === "quarterOnly" && cls.figure && perFigure[cls.figure.what]
          ? cls.figure
          : null;
    if (figure === null) return;
    const list = figure.what === "realisasi" ? realisasi : capaian;
    list[figure.quarter - 1] ??= col;
    found = true;
  });
  return found ? { realisasi, capaian } : undefined;
}

/** The column of a key and the columns of the same key right after it. */
function keyRun(classes: readonly (HeaderClass | null)[], key: "kode" | "uraian", first: number | undefined): number[] {
  if (first === undefined) return [];
  const out = [first];
  for (let c = first + 1; c < classes.length; c++) {
    const cls = classes[c];
    if (cls?.kind !== "key" || cls.key !== key) break;
    out.push(c);
  }
  return out;
}

function oneRow(reader: CellReader, r: number, width: number): Candidate {
  const classes: (HeaderClass | null)[] = [];
  for (let c = 0; c < width; c++) {
    const label = normaliseHeader(reader.masterText(r, c));
    const cls = classifyHeader(label);
    const group = cls?.kind === "quarter" ? realisasiGroupAbove(reader, r, c) : null;
    classes.push(
      cls?.kind === "quarter" && group !== null ? ownPart(group, "quarter", cls.quarter, isCumulative(label)) : cls,
    );
  }
  return { classes, valid: true };
}

/**
 * The label of `REALISASI` (or `CAPAIAN`) merged across quarters in the row above a bare `TW I`, which makes it that
 * quarter's own figure (or, `s/d TW I`, the figure up to it); null when no such group is above.
 */
function realisasiGroupAbove(reader: CellReader, r: number, c: number): string | null {
  if (r === 0) return null;
  const m = reader.merges.find(r - 1, c);
  if (m === undefined || m.right <= m.left || m.bottom !== r - 1) return null;
  const label = normaliseHeader(reader.masterText(r - 1, c));
  return isRealisasiOrCapaian(label) ? label : null;
}

/** A one-row header whose cells are merged down over two rows still ends at the merge's last row. */
function lastRowOfVerticalMerges(reader: CellReader, r: number, classes: (HeaderClass | null)[]): number {
  let bottom = r;
  classes.forEach((cls, c) => {
    if (!cls) return;
    const m = reader.merges.find(r, c);
    if (m && m.top === r) bottom = Math.max(bottom, Math.min(m.bottom, r + 2));
  });
  return bottom;
}

function twoRows(reader: CellReader, r: number, width: number): Candidate {
  const top: string[] = [];
  const bottom: string[] = [];
  const spans: boolean[] = [];
  for (let c = 0; c < width; c++) {
    const m = reader.merges.find(r, c);
    spans.push(m !== undefined && m.top <= r && m.bottom >= r + 1);
    top.push(normaliseHeader(reader.masterText(r, c)));
    bottom.push(normaliseHeader(reader.masterText(r + 1, c)));
  }
  return combinedRows(reader, r, top, bottom, spans, new Set(top.filter((t) => t !== "")).size);
}

/**
 * Rows r and r + 1 read as one upper row (each column's labels joined top down, a merged label once) over row r + 2:
 * a group word over its sub titles over quarters or units. Row r must have labels of its own (a title line is one).
 */
function threeRows(reader: CellReader, r: number, width: number): Candidate {
  const top: string[] = [];
  const bottom: string[] = [];
  const spans: boolean[] = [];
  const own = new Set<string>();
  for (let c = 0; c < width; c++) {
    const first = normaliseHeader(reader.masterText(r, c));
    if (first !== "") own.add(first);
    const m1 = reader.merges.find(r + 1, c);
    const m2 = reader.merges.find(r + 2, c);
    const sameAbove = m1 !== undefined && m1.top <= r;
    const second = sameAbove ? "" : normaliseHeader(reader.masterText(r + 1, c));
    top.push([first, second].filter((t) => t !== "").join(" "));
    const sameBelow = m2 !== undefined && m2.top <= r + 1;
    spans.push(sameBelow);
    bottom.push(sameBelow ? "" : normaliseHeader(reader.masterText(r + 2, c)));
  }
  return combinedRows(reader, r + 1, top, bottom, spans, own.size);
}

/** Classify each column from its upper and lower label (see twoRows); `distinctTop`: labels the top row has. */
function combinedRows(
  reader: CellReader,
  r: number,
  top: string[],
  bottom: string[],
  spans: boolean[],
  distinctTop: number,
): Candidate {
  const width = top.length;
  let topUsed = false;
  let bottomUsed = false;
  const classes: (HeaderClass | null)[] = [];
  const use = (cls: HeaderClass | null, fromTop: boolean, fromBottom: boolean) => {
    if (cls) {
      topUsed ||= fromTop;
      bottomUsed ||= fromBottom;
    }
    classes.push(cls);
  };
  for (let c = 0; c < width; c++) {
    const [t, b] = [top[c], bottom[c]];
    if (spans[c]) use(classifyHeader(t), true, true);
    else if (t && b) {
      // `REALISASI …` over `TW I | TW II …`: each quarter's own realisasi (a yearly recap), neither a target nor an
      // anggaran kas, whichever side of the table it stands on.
      // `JUMLAH S/D TW III` among them is the realisasi up to the report's triwulan: the column the year is read from.
      const below = classifyHeader(b);
      if (isRealisasiOrCapaian(t) && below?.kind === "quarter") {
        use(isCumulative(b) ? classifyHeader(`${t} ${b}`) : ownPart(t, "quarter", below.quarter), true, true);
      } else if (isRealisasiOrCapaian(t) && monthOf(b) !== null) {
        // `REALISASI KEUANGAN PER BULAN (Rp)` over `JANUARI … DESEMBER`: each month's own spending.
        use(ownPart(t, "month", monthOf(b) as number), true, true);
      } else if (isGroupLabel(t)) {
        const combined = classifyHeader(`${t} ${b}`);
        if (combined) use(combined, true, true);
        else use(classifyHeader(b), false, true);
      } else {
        const quarter = quarterOf(t);
        // `TRIWULAN I` over `ANGGARAN KAS`: the group word under its quarters, read the other way round.
        const turned = below?.kind === "group" && quarter !== null ? classifyHeader(`${b} ${t}`) : null;
        if (turned?.kind === "key") use(turned, true, true);
        else if (below?.kind === "ambiguous" && quarter !== null && !isCumulative(t))
          use({ ...below, quarter }, true, true);
        // `TRIWULAN I` over `REALISASI (Rp)`: that quarter's own spending, not the realisasi up to the report's
        // triwulan (a `REALISASI S/D TW III` column elsewhere is).
        else if (quarter !== null && !isCumulative(t) && isBudgetRealisasi(below))
          use(
            below?.kind === "key" && below.key === "realisasiAnggaran" ? ownPart(b, "quarter", quarter) : QUARTER_ONLY,
            true,
            true,
          );
        // `RENCANA AKSI` over `TW I | TW II …`: each quarter's planned action (resolveColumns decides what it is).
        else if (below?.kind === "quarter" && /\bAKSI\b/.test(t)) use({ ...below, aksi: true }, true, true);
        else if (below) use(below, false, true);
        else {
          const above = classifyHeader(t);
          const group = above?.kind === "quarter" ? realisasiGroupAbove(reader, r, c) : null;
          use(
            above?.kind === "quarter" && group !== null
              ? ownPart(group, "quarter", above.quarter, isCumulative(t))
              : above,
            true,
            false,
          );
        }
      }
    } else if (t) use(classifyHeader(t), true, false);
    else if (b) {
      const group = groupToTheLeft(top, bottom, spans, c);
      if (group) use(classifyHeader(`${group} ${b}`), true, true);
      else use(classifyHeader(b), false, true);
    } else classes.push(null);
  }
  // A title merged across the table is one label repeated; a header row has many.
  return { classes, valid: topUsed && bottomUsed && distinctTop >= 2 };
}

const QUARTER_ONLY: HeaderClass = { kind: "quarterOnly" };

/**
 * One quarter's or month's figure under a group word, its own or (`s/d TW II`) up to it: a part of the realisasi when
 * the group is one.
 */
function ownPart(group: string, unit: "quarter" | "month", index: number, cumulative = false): HeaderClass {
  const cls: HeaderClass = isRealisasiGroup(group)
    ? { kind: "quarterOnly", part: { unit, index, cumulative } }
    : { kind: "quarterOnly" };
  if (unit === "quarter" && !MONEY_WORDS.test(group))
    cls.figure = { what: isRealisasiGroup(group) ? "realisasi" : "capaian", quarter: index as Quarter };
  return cls.part || cls.figure ? cls : QUARTER_ONLY;
}

/** A group word of the budget half: its quarters are amounts, never an indikator's figures. */
const MONEY_WORDS = /(?:^| )(?:RP|RUPIAH|ANGGARAN|KEUANGAN|BELANJA|SERAPAN|DANA)(?: |$)/;

/** A group of realisasi columns, not of capaian ones (`REALISASI`, `REALISASI KEUANGAN KUMULATIF (Rp)`). */
function isRealisasiGroup(label: string): boolean {
  return /(?:^| )REALISASI(?: |$)/.test(label) && !/(?:^| )(?:CAPAIAN|SERAPAN)(?: |$)/.test(label);
}

function isBudgetRealisasi(cls: HeaderClass | null): boolean {
  return cls?.kind === "key" && (cls.key === "realisasiAnggaran" || cls.key === "capaianAnggaran");
}

function isRealisasiOrCapaian(label: string): boolean {
  return /(?:^| )(?:REALISASI|CAPAIAN|SERAPAN)(?: |$)/.test(label);
}

/** Without merges a group word is written once, above the first of its columns: find it to the left. */
function groupToTheLeft(top: string[], bottom: string[], spans: boolean[], c: number): string | null {
  let k = c - 1;
  while (k >= 0 && top[k] === "" && bottom[k] !== "") k--;
  if (k < 0 || top[k] === "" || bottom[k] === "" || spans[k]) return null;
  return isGroupLabel(top[k]) ? top[k] : null;
}

/**
 * The header without the columns of an earlier year than the report's (`PAGU TAHUN 2022`, `REALISASI TAHUN 2022`
 * beside this year's, often hidden: offices build each year's sheet on last year's and keep its figures for the
 * comparison tables): this year's columns are the figures. As read when nothing names an earlier year, or when
 * without those columns a required one would be missing.
 */
export function ofTheYear(header: HeaderMatch, tahun: number | null, required: readonly string[]): HeaderMatch {
  const earlier = (c: HeaderClass | null) =>
    tahun !== null && (c?.kind === "key" || c?.kind === "ambiguous") && c.year !== undefined && c.year < tahun;
  if (!header.classes.some(earlier)) return header;
  const thisYear = headerMatch(
    header.classes.map((c) => (earlier(c) ? null : c)),
    header.rows,
  );
  return required.some((k) => thisYear.columns[k as keyof ColumnMap] === undefined) ? header : thisYear;
}
