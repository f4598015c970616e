/**
 * Lays out a seed-like Pengukuran Kinerja sheet as a Grid, in the many ways offices do it: two-row header with
 * merges, without merges, or one-row; names merged over their block, written once, or repeated; numbers as the
 * typed Indonesian text or as real numbers with number formats; columns in any order, extra or missing.
 */
import { toA1 } from "../../../../src/core/grid/address";
import { CellRange, Grid, GridCell } from "../../../../src/core/grid/grid";
import { ColumnKey } from "../../../../src/core/model/columns";
import { parseIndonesianNumber } from "../../../../src/core/numbers/parseNumber";

export type Level = "program" | "kegiatan" | "subKegiatan";
type Four = [string, string, string, string];

export interface BudgetRowData {
  level: Level;
  uraian: string;
  pagu: string;
  kas: Four;
  realisasi: string;
  capaian: string;
  kode?: string;
  bold?: boolean;
  indent?: number;
}

export interface IndikatorData {
  name: string;
  formulasi: string[];
  target: Four;
  realisasi: string;
  capaian: string;
}

export interface SasaranData {
  name: string;
  indikator: IndikatorData[];
  budget: BudgetRowData[];
}

export interface TujuanData {
  no: string;
  name: string;
  indikatorTujuan: string;
  sasaran: SasaranData[];
  /** Merge (or write) NO / TUJUAN only over the first sasaran; the next sasaran has an empty tujuan cell. */
  onlyFirstSasaran?: boolean;
}

export type LayoutColumn = ColumnKey | { extra: string };

export interface LayoutOptions {
  name?: string;
  title?: string[];
  columns?: LayoutColumn[];
  header?: "twoRow" | "twoRowNoMerge" | "oneRow";
  /** Header text per column, replacing the seed's (or the one-row default). */
  labels?: Partial<Record<ColumnKey, string>>;
  /** "seed": 1..12 then 8..13 as the seed prints them; "sequence": 1..n; "none". */
  columnNumbers?: "seed" | "sequence" | "none";
  /** How tujuan, sasaran and indikator names fill their block. */
  blocks?: "merged" | "once" | "repeated";
  numbers?: "text" | "typed";
  signature?: string[];
  /** Rows between the title and the header. */
  gapAfterTitle?: number;
  /** Group words over the quarter columns of a two-row header. */
  groupLabels?: { target?: string; kas?: string };
  /** Column of the signature block (default: six from the right). */
  signatureCol?: number;
}

export const SEED_COLUMNS: ColumnKey[] = [
  "no",
  "tujuan",
  "indikatorTujuan",
  "sasaran",
  "indikatorSasaran",
  "formulasi",
  "target1",
  "target2",
  "target3",
  "target4",
  "realisasiKinerja",
  "capaianKinerja",
  "uraian",
  "pagu",
  "kas1",
  "kas2",
  "kas3",
  "kas4",
  "realisasiAnggaran",
  "capaianAnggaran",
];

const SINGLE_LABELS: Partial<Record<ColumnKey, string>> = {
  no: "NO",
  tujuan: "TUJUAN",
  indikatorTujuan: "INDIKATOR TUJUAN",
  sasaran: "SASARAN STRATEGIS",
  indikatorSasaran: "INDIKATOR SASARAN",
  formulasi: "FORMULASI PERHITUNGAN INDIKATOR KINERJA",
  realisasiKinerja: "REALISASI %",
  capaianKinerja: "CAPAIAN %",
  kode: "KODE",
  uraian: "PROGRAM / KEGIATAN / SUB KEGIATAN",
  pagu: "PAGU",
  realisasiAnggaran: "REALISASI (Rp)",
  capaianAnggaran: "CAPAIAN (%)",
};
const ROMAN = ["I", "II", "III", "IV"];
const GROUPS = { target: "TARGET", kas: "ANGGARAN KAS" } as const;

export const SEED_TITLE = [
  "PENGUKURAN KINERJA DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN TENAGA KERJA",
  "PEMERINTAH KOTA PROBOLINGGO",
  "S/D TRIWULAN I TAHUN 2022",
];
export const SEED_SIGNATURE = [
  "Probolinggo, 30 Desember 2022",
  "KEPALA DINAS PENANAMAN MODAL,",
  "PELAYANAN TERPADU SATU PINTU DAN TENAGA KERJA",
  "KOTA PROBOLINGGO",
  "",
  "MUHAMMAD ABAS, S.Sos., M.Si",
  "Pembina Utama Muda",
  "NIP. 19740407 199311 1 001",
];

function groupOf(key: ColumnKey): { group: keyof typeof GROUPS; quarter: number } | null {
  const m = /^(target|kas)([1-4])$/.exec(key);
  return m ? { group: m[1] as keyof typeof GROUPS, quarter: Number(m[2]) } : null;
}

export interface BuiltSheet {
  grid: Grid;
  /** 0-based column of a key, throws when the layout has no such column. */
  col: (key: ColumnKey) => number;
  headerTop: number;
  firstDataRow: number;
  lastDataRow: number;
}

export function indikatorHeight(ind: IndikatorData): number {
  return Math.max(1, ind.formulasi.length);
}

export function sasaranHeight(s: SasaranData): number {
  return Math.max(
    1,
    s.budget.length,
    s.indikator.reduce((n, i) => n + indikatorHeight(i), 0),
  );
}

export function buildSheet(tujuan: TujuanData[], opts: LayoutOptions = {}): BuiltSheet {
  const columns = opts.columns ?? SEED_COLUMNS;
  const header = opts.header ?? "twoRow";
  const blocks = opts.blocks ?? "merged";
  const numbers = opts.numbers ?? "text";
  const title = opts.title ?? SEED_TITLE;
  const width = columns.length;
  const rows: (GridCell | undefined)[][] = [];
  const merges: CellRange[] = [];
  const colIndex = new Map<ColumnKey, number>();
  columns.forEach((c, i) => typeof c === "string" && colIndex.set(c, i));
  const col = (key: ColumnKey) => {
    const c = colIndex.get(key);
    if (c === undefined) throw new Error(`layout has no column ${key}`);
    return c;
  };
  const put = (r: number, c: number | undefined, cell: GridCell | undefined) => {
    if (c === undefined || cell === undefined) return;
    while (rows.length <= r) rows.push([]);
    rows[r][c] = cell;
  };
  const text = (v: string): GridCell | undefined => (v === "" ? undefined : { value: v });
  const mergeDown = (top: number, bottom: number, c: number | undefined) => {
    if (c !== undefined && bottom > top && blocks === "merged") merges.push({ top, left: c, bottom, right: c });
  };

  title.forEach((line, i) => {
    put(i, 0, text(line));
    if (width > 1) merges.push({ top: i, left: 0, bottom: i, right: width - 1 });
  });
  const headerTop = title.length + (opts.gapAfterTitle ?? (title.length > 0 ? 1 : 0));
  const groups = { target: opts.groupLabels?.target ?? GROUPS.target, kas: opts.groupLabels?.kas ?? GROUPS.kas };
  const headerRows = writeHeader(columns, header, opts.labels ?? {}, groups, headerTop, put, merges);
  let row = headerTop + headerRows;
  const columnNumbers = opts.columnNumbers ?? "seed";
  if (columnNumbers !== "none") {
    const n = columnNumbers === "seed" ? Math.min(width, 18) : width;
    for (let c = 0; c < n; c++) {
      const v = columnNumbers === "seed" ? (c < 12 ? c + 1 : c - 4) : c + 1;
      put(row, c, { value: numbers === "text" ? String(v) : v });
    }
    row++;
  }
  const firstDataRow = row;
  const has = (key: ColumnKey) => colIndex.has(key);
  const fill = (top: number, height: number, key: ColumnKey, value: string) => {
    if (!has(key)) return;
    const c = col(key);
    if (blocks === "repeated") for (let r = top; r < top + height; r++) put(r, c, text(value));
    else put(top, c, text(value));
    mergeDown(top, top + height - 1, c);
  };

  for (const t of tujuan) {
    const tujuanTop = row;
    for (const s of t.sasaran) {
      const top = row;
      const h = sasaranHeight(s);
      fill(top, h, "sasaran", s.name);
      let r = top;
      for (const ind of s.indikator) {
        const ih = indikatorHeight(ind);
        fill(r, ih, "indikatorSasaran", ind.name);
        ind.formulasi.forEach((line, i) => has("formulasi") && put(r + i, col("formulasi"), text(line)));
        const kinerja: [ColumnKey, string][] = [
          ["target1", ind.target[0]],
          ["target2", ind.target[1]],
          ["target3", ind.target[2]],
          ["target4", ind.target[3]],
          ["realisasiKinerja", ind.realisasi],
          ["capaianKinerja", ind.capaian],
        ];
        for (const [key, v] of kinerja) {
          if (!has(key)) continue;
          put(r, col(key), numberCell(v, numbers, "kinerja"));
          mergeDown(r, r + ih - 1, col(key));
        }
        r += ih;
      }
      s.budget.forEach((b, i) => {
        const br = top + i;
        const name: GridCell | undefined = b.uraian === "" ? undefined : { value: b.uraian };
        if (name && b.bold) name.bold = true;
        if (name && b.indent) name.indent = b.indent;
        put(br, colIndex.get("uraian"), name);
        if (b.kode !== undefined) put(br, colIndex.get("kode"), text(b.kode));
        const amounts: [ColumnKey, string, "amount" | "points"][] = [
          ["pagu", b.pagu, "amount"],
          ["kas1", b.kas[0], "amount"],
          ["kas2", b.kas[1], "amount"],
          ["kas3", b.kas[2], "amount"],
          ["kas4", b.kas[3], "amount"],
          ["realisasiAnggaran", b.realisasi, "amount"],
          ["capaianAnggaran", b.capaian, "points"],
        ];
        for (const [key, v, kind] of amounts) if (has(key)) put(br, col(key), numberCell(v, numbers, kind));
      });
      row += h;
    }
    const firstSasaranEnd = tujuanTop + (t.sasaran.length > 0 ? sasaranHeight(t.sasaran[0]) : 1);
    const tujuanHeight = (t.onlyFirstSasaran ? firstSasaranEnd : row) - tujuanTop;
    fill(tujuanTop, tujuanHeight, "no", t.no);
    fill(tujuanTop, tujuanHeight, "tujuan", t.name);
    fill(tujuanTop, tujuanHeight, "indikatorTujuan", t.indikatorTujuan);
  }
  const lastDataRow = row - 1;
  const signature = opts.signature ?? SEED_SIGNATURE;
  const signatureCol = opts.signatureCol ?? Math.max(0, width - 6);
  signature.forEach((line, i) => put(lastDataRow + 2 + i, signatureCol, text(line)));

  const grid: Grid = {
    name: opts.name ?? "TW I 2022",
    rowCount: rows.length,
    colCount: width,
    cells: rows,
    merges,
  };
  return { grid, col, headerTop, firstDataRow, lastDataRow };
}

function writeHeader(
  columns: LayoutColumn[],
  header: "twoRow" | "twoRowNoMerge" | "oneRow",
  labels: Partial<Record<ColumnKey, string>>,
  groups: Record<keyof typeof GROUPS, string>,
  top: number,
  put: (r: number, c: number, cell: GridCell | undefined) => void,
  merges: CellRange[],
): number {
  const label = (key: ColumnKey) => labels[key] ?? SINGLE_LABELS[key] ?? "";
  if (header === "oneRow") {
    columns.forEach((c, i) => {
      if (typeof c !== "string") return put(top, i, { value: c.extra });
      const g = groupOf(c);
      const text =
        labels[c] ?? (g ? `${g.group === "target" ? "TARGET" : "KAS"} TW ${ROMAN[g.quarter - 1]}` : label(c));
      put(top, i, { value: text });
    });
    return 1;
  }
  const merged = header === "twoRow";
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    if (typeof c !== "string") {
      put(top, i, { value: c.extra });
      if (merged) merges.push({ top, left: i, bottom: top + 1, right: i });
      continue;
    }
    const g = groupOf(c);
    if (!g) {
      put(top, i, { value: label(c) });
      if (merged) merges.push({ top, left: i, bottom: top + 1, right: i });
      continue;
    }
    const sub = labels[c] ?? `${g.group === "target" ? "TRW" : "TRIWULAN"} ${ROMAN[g.quarter - 1]}`;
    put(top + 1, i, { value: sub });
    const prev = columns[i - 1];
    const startsGroup = typeof prev !== "string" || groupOf(prev)?.group !== g.group;
    if (startsGroup) {
      put(top, i, { value: groups[g.group] });
      let end = i;
      while (end + 1 < columns.length) {
        const next = columns[end + 1];
        if (typeof next !== "string" || groupOf(next)?.group !== g.group) break;
        end++;
      }
      if (merged && end > i) merges.push({ top, left: i, bottom: top, right: end });
    }
  }
  return 2;
}

/** A number cell: the typed text, or a real number with a format showing the same digits. */
export function numberCell(
  v: string,
  numbers: "text" | "typed",
  kind: "kinerja" | "amount" | "points",
): GridCell | undefined {
  const s = v.trim();
  if (s === "") return undefined;
  if (numbers === "text" || s === "-" || s.startsWith("#")) return { value: s };
  const p = parseIndonesianNumber(s);
  if (p.kind !== "number") return { value: s };
  const zeros = p.decimals > 0 ? "." + "0".repeat(p.decimals) : "";
  if (p.percent) return { value: p.value.div(100).toNumber(), numFmt: `0${zeros}%` };
  if (kind === "amount") return { value: p.value.toNumber(), numFmt: `#,##0${zeros}` };
  return { value: p.value.toNumber(), numFmt: `0${zeros}` };
}

/** A1 of a column key on a 0-based row. */
export function a1(built: BuiltSheet, row: number, key: ColumnKey): string {
  return toA1(row, built.col(key));
}
