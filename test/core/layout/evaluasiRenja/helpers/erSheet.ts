/**
 * Lays out an Evaluasi Renja form (Permendagri 86/2017) as a Grid, in the two styles offices send: hand-made in
 * Excel (merged multi-row header, levels by fill colour and bold, parents as SUM formulas over their children,
 * no code column) and exported from an application (every cell text, a code column, an unlabelled total row).
 */
import { columnLetters, toA1 } from "../../../../../src/core/grid/address";
import { CellRange, Grid, GridCell } from "../../../../../src/core/grid/grid";
import { ER_ROWS, ErIndikatorData, ErLevel, ErNodeData, PASTED_ROWS } from "./erData";

type Single =
  | "no"
  | "visi"
  | "misi"
  | "sasaranRpjmd"
  | "tujuan"
  | "sasaran"
  | "kode"
  | "uraian"
  | "indikator"
  | "satuan"
  | "unitPd"
  | "keterangan";
type Group =
  | "targetRenstra"
  | "realisasiRenstra"
  | "targetRenja"
  | "tw1"
  | "tw2"
  | "tw3"
  | "tw4"
  | "realisasi"
  | "realisasiSdTahun"
  | "tingkatCapaian";
type Unit = "K" | "Persen" | "Rp";

export interface ErLayoutOptions {
  style: "handmade" | "export";
  /**
   * twoRows: titles (one per quarter) and units; threeRows: titles, the row of column numbers with equations,
   * units; fourRows: titles (one over the quarters), quarters, units, numbers; fiveRows: titles, quarters,
   * numbers, Kinerja/Anggaran, K/%/Rp.
   */
  header?: "twoRows" | "threeRows" | "fourRows" | "fiveRows";
  /** Tujuan and Sasaran PD written on the first row of their block, or on every row. */
  blocks?: "first" | "repeated";
  /** Visi, Misi and Sasaran RPJMD columns in front. */
  context?: boolean;
  kode?: boolean;
  total?: "labelled" | "unlabelled" | "none";
  pasted?: boolean;
  scratch?: boolean;
  signature?: boolean;
  title?: string[];
  /** Keep "PROGRAM " in front of program names (default true). */
  programWord?: boolean;
  /** Urusan and bidang rows (default true). */
  urusan?: boolean;
  /** Export: percentages and fractions written with a decimal comma or a decimal point. */
  decimals?: "comma" | "dot";
  /** Rupiah written in this unit (1000: `dalam ribuan rupiah`): every Rp figure divided by it. */
  rpUnit?: number;
  /** Export: counts written with their satuan (`5 dokumen`). */
  satuanInK?: boolean;
  name?: string;
}

export interface BuiltNode {
  row: number;
  level: ErLevel;
  name: string;
  kode: string;
  cell: string;
}

export interface BuiltEr {
  grid: Grid;
  nodes: BuiltNode[];
  headerRows: [number, number];
  numberRow: number | null;
  firstDataRow: number;
  totalRow: number | null;
  pastedRows: number[];
  /** 0-based column of every single column and group unit. */
  col: (key: string) => number;
  /** The number a group carries in the row of column numbers. */
  numberOf: Partial<Record<Group, number>>;
}

export const DEFAULT_TITLE = [
  "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
  "KOTA PROBOLINGGO",
  "Perangkat Daerah : Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja",
  "Periode Pelaksanaan : Triwulan IV Tahun 2022",
];

const SINGLE_TITLE: Record<Single, string> = {
  no: "No",
  visi: "Visi",
  misi: "Misi",
  sasaranRpjmd: "Sasaran RPJMD",
  tujuan: "Tujuan",
  sasaran: "Sasaran",
  kode: "Kode",
  uraian: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
  indikator: "Indikator Kinerja Program (outcome)/ Kegiatan (output)",
  satuan: "Satuan",
  unitPd: "Unit Perangkat Daerah Penanggung Jawab",
  keterangan: "Keterangan",
};

const GROUP_TITLE: Record<Exclude<Group, "tw1" | "tw2" | "tw3" | "tw4">, string> = {
  targetRenstra: "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)",
  realisasiRenstra: "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2021)",
  targetRenja: "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2022) yang Dievaluasi",
  realisasi: "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2022)",
  realisasiSdTahun: "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2022",
  tingkatCapaian: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2022 (%)",
};
const ROMAN = ["I", "II", "III", "IV"];
const GROUPS: Group[] = [
  "targetRenstra",
  "realisasiRenstra",
  "targetRenja",
  "tw1",
  "tw2",
  "tw3",
  "tw4",
  "realisasi",
  "realisasiSdTahun",
  "tingkatCapaian",
];
const TW: Group[] = ["tw1", "tw2", "tw3", "tw4"];

export const FILL: Partial<Record<ErLevel, string>> = {
  urusan: "#A6A6A6",
  bidang: "#D9D9D9",
  program: "#BDD7EE",
  kegiatan: "#FFF2CC",
};

interface Figures {
  targetRenstra: number;
  realisasiRenstra: number;
  pagu: number;
  tw: [number, number, number, number];
}

class Sheet {
  readonly rows: (GridCell | undefined)[][] = [];
  readonly merges: CellRange[] = [];
  set(r: number, c: number, cell: GridCell): void {
    (this.rows[r] ??= [])[c] = cell;
  }
  text(r: number, c: number, value: string | number, extra: Partial<GridCell> = {}): void {
    this.set(r, c, { value, ...extra });
  }
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top !== bottom || left !== right) this.merges.push({ top, left, bottom, right });
  }
}

export function buildErSheet(opts: ErLayoutOptions): BuiltEr {
  const style = opts.style;
  const header = opts.header ?? (style === "export" ? "twoRows" : "fourRows");
  const withKode = opts.kode ?? style === "export";
  const withPersen = header === "fiveRows";
  const singles: Single[] = [
    "no",
    ...(opts.context ? (["visi", "misi", "sasaranRpjmd"] as Single[]) : []),
    "tujuan",
    "sasaran",
    ...(withKode ? (["kode"] as Single[]) : []),
    "uraian",
    "indikator",
    "satuan",
  ];
  const tail: Single[] = ["unitPd", "keterangan"];
  const colOf = new Map<string, number>();
  let c = 0;
  for (const s of singles) colOf.set(s, c++);
  const unitsOf = (g: Group): Unit[] => (TW.includes(g) && withPersen ? ["K", "Persen", "Rp"] : ["K", "Rp"]);
  for (const g of GROUPS) for (const u of unitsOf(g)) colOf.set(`${g}${u}`, c++);
  for (const s of tail) colOf.set(s, c++);
  const width = c;
  const col = (key: string) => {
    const v = colOf.get(key);
    if (v === undefined) throw new Error(`no column ${key}`);
    return v;
  };

  const sheet = new Sheet();
  const title = opts.title ?? DEFAULT_TITLE;
  title.forEach((t, i) => sheet.text(i, 0, t));
  const top = title.length + 1;

  // Numbers of the row of column numbers: singles in order, then one per group, then the tail.
  const numberOf: Partial<Record<Group, number>> = {};
  let n = 1;
  const singleNumber = new Map<Single, number>();
  for (const s of singles) singleNumber.set(s, n++);
  for (const g of GROUPS) numberOf[g] = n++;
  for (const s of tail) singleNumber.set(s, n++);
  const N = (g: Group) => numberOf[g] as number;
  const equation: Partial<Record<Group, string>> = {
    realisasi: `${N("realisasi")} = ${N("tw1")} + ${N("tw2")} + ${N("tw3")} + ${N("tw4")}`,
    realisasiSdTahun: `${N("realisasiSdTahun")} = ${N("realisasiRenstra")} + ${N("realisasi")}`,
    tingkatCapaian: `${N("tingkatCapaian")} = ${N("realisasiSdTahun")} / ${N("targetRenstra")} x 100`,
  };

  const layoutRows: Record<string, string[]> = {
    twoRows: ["titles-per-quarter", "units"],
    threeRows: ["titles-per-quarter", "numbers", "units"],
    fourRows: ["titles", "quarters", "units", "numbers"],
    fiveRows: ["titles", "quarters", "numbers", "kinds", "units"],
  };
  const kinds = layoutRows[header];
  const bottom = top + kinds.length - 1;
  let numberRow: number | null = null;
  const groupCols = (g: Group) => unitsOf(g).map((u) => col(`${g}${u}`));
  kinds.forEach((kind, i) => {
    const r = top + i;
    if (kind === "titles" || kind === "titles-per-quarter") {
      for (const s of [...singles, ...tail]) sheet.text(r, col(s), SINGLE_TITLE[s], { bold: true });
      for (const g of GROUPS) {
        const cols = groupCols(g);
        if (TW.includes(g)) {
          if (kind === "titles-per-quarter") {
            sheet.text(r, cols[0], `Realisasi Kinerja Pada Triwulan ${ROMAN[TW.indexOf(g)]}`, { bold: true });
            sheet.merge(r, cols[0], r, cols[cols.length - 1]);
          } else if (g === "tw1") {
            const last = groupCols("tw4");
            sheet.text(r, cols[0], "Realisasi Kinerja Pada Triwulan", { bold: true });
            sheet.merge(r, cols[0], r, last[last.length - 1]);
          }
          continue;
        }
        sheet.text(r, cols[0], GROUP_TITLE[g as keyof typeof GROUP_TITLE], { bold: true });
        const quartersRow = kinds.indexOf("quarters");
        sheet.merge(r, cols[0], quartersRow > 0 ? top + quartersRow : r, cols[cols.length - 1]);
      }
    } else if (kind === "quarters") {
      TW.forEach((g, q) => {
        const cols = groupCols(g);
        sheet.text(r, cols[0], ROMAN[q], { bold: true });
        sheet.merge(r, cols[0], r, cols[cols.length - 1]);
      });
    } else if (kind === "units") {
      for (const g of GROUPS)
        unitsOf(g).forEach((u) => sheet.text(r, col(`${g}${u}`), u === "Persen" ? "%" : u, { bold: true }));
    } else if (kind === "kinds") {
      for (const g of GROUPS) {
        const cols = groupCols(g);
        const kCols = cols.slice(0, -1);
        sheet.text(r, kCols[0], "Kinerja", { bold: true });
        sheet.merge(r, kCols[0], r, kCols[kCols.length - 1]);
        sheet.text(r, cols[cols.length - 1], "Anggaran", { bold: true });
      }
    } else if (kind === "numbers") {
      numberRow = r;
      for (const s of [...singles, ...tail]) sheet.text(r, col(s), singleNumber.get(s) as number);
      for (const g of GROUPS) {
        const cols = groupCols(g);
        sheet.text(r, cols[0], equation[g] ?? (N(g) as number));
        sheet.merge(r, cols[0], r, cols[cols.length - 1]);
      }
    }
  });
  // Single columns are merged over the header rows, around the row of numbers (which holds their numbers).
  for (const sc of [...singles, ...tail].map(col)) {
    if (numberRow === null) sheet.merge(top, sc, bottom, sc);
    else {
      sheet.merge(top, sc, numberRow - 1, sc);
      if (numberRow < bottom) sheet.merge(numberRow + 1, sc, bottom, sc);
    }
  }

  let r = bottom + 1;
  const nodes: BuiltNode[] = [];
  const visible = visibleRows(opts.urusan !== false);
  const context = { tujuan: "", sasaran: "" };
  const placed = placeRows(visible);
  const figures = computeFigures(visible, opts.rpUnit ?? 1);
  const rowOf = new Map<ErNodeData, number>();
  for (const { data, height } of placed) {
    rowOf.set(data, r);
    r += height;
  }
  const writeNode = (
    data: ErNodeData,
    at: number,
    height: number,
    inBlock: ErNodeData[],
    rowsOf: Map<ErNodeData, number>,
  ) => {
    if (data.tujuan) context.tujuan = data.tujuan;
    if (data.sasaran) context.sasaran = data.sasaran;
    const fill = style === "handmade" ? FILL[data.level] : undefined;
    const bold =
      style === "handmade" &&
      (data.level === "program" || data.level === "kegiatan" || data.level === "urusan" || data.level === "bidang");
    const name = opts.programWord === false ? data.name.replace(/^PROGRAM /, "") : data.name;
    const style1 = { ...(fill ? { fill } : {}), ...(bold ? { bold } : {}) };
    for (let k = 0; k < height; k++)
      for (let cc = 0; cc < width; cc++) if (fill) sheet.set(at + k, cc, { value: null, fill });
    const textCell = (rr: number, cc: number, v: string | number, extra: Partial<GridCell> = {}) =>
      sheet.text(rr, cc, v, { ...style1, ...extra });
    for (let k = 0; k < height; k++) {
      const rr = at + k;
      const first = k === 0;
      if (opts.blocks === "repeated") {
        textCell(rr, col("tujuan"), context.tujuan);
        textCell(rr, col("sasaran"), context.sasaran);
      } else if (first) {
        if (data.tujuan) textCell(rr, col("tujuan"), data.tujuan);
        if (data.sasaran) textCell(rr, col("sasaran"), data.sasaran);
      }
      if (opts.context) {
        if (opts.blocks === "repeated" || rr === bottom + 1) {
          textCell(rr, col("visi"), "Terwujudnya Kota Probolinggo yang Maju dan Sejahtera");
          textCell(rr, col("misi"), "Meningkatkan perekonomian daerah yang berdaya saing");
          textCell(rr, col("sasaranRpjmd"), "Meningkatnya investasi dan lapangan kerja");
        }
      }
      const ind = data.indikator[k];
      if (ind) writeIndikator(sheet, rr, col, ind, style, opts, style1);
    }
    textCell(at, col("uraian"), name);
    if (withKode) textCell(at, col("kode"), data.kode);
    textCell(at, col("no"), String(nodes.length + 1));
    if (style === "handmade" && height > 1) sheet.merge(at, col("uraian"), at + height - 1, col("uraian"));
    writeRp(sheet, at, col, data, figures.get(data) as Figures, inBlock, rowsOf, style, opts, style1);
    nodes.push({ row: at, level: data.level, name, kode: data.kode, cell: toA1(at, col("uraian")) });
  };
  for (const { data, height } of placed) writeNode(data, rowOf.get(data) as number, height, visible, rowOf);

  let totalRow: number | null = null;
  if ((opts.total ?? "unlabelled") !== "none") {
    totalRow = r++;
    const programs = visible.filter((d) => d.level === "program");
    if (opts.total === "labelled") sheet.text(totalRow, col("uraian"), "JUMLAH", { bold: true });
    for (const g of [
      "targetRenstra",
      "realisasiRenstra",
      "targetRenja",
      ...TW,
      "realisasi",
      "realisasiSdTahun",
    ] as Group[]) {
      const cc = col(`${g}Rp`);
      const value = programs.reduce((sum, p) => sum + rpValue(figures.get(p) as Figures, g), 0);
      if (style === "handmade")
        sheet.set(totalRow, cc, {
          value,
          formula: `SUM(${programs.map((p) => `${columnLetters(cc)}${(rowOf.get(p) as number) + 1}`).join(",")})`,
          bold: true,
        });
      else sheet.text(totalRow, cc, rupiahText(value));
    }
  }
  const pastedRows: number[] = [];
  if (opts.pasted) {
    r++;
    const pastedFigures = computeFigures(PASTED_ROWS, opts.rpUnit ?? 1);
    for (const [d, f] of pastedFigures) figures.set(d, f);
    const pastedPlaced = placeRows(PASTED_ROWS);
    const pastedRowOf = new Map<ErNodeData, number>();
    for (const { data, height } of pastedPlaced) {
      pastedRowOf.set(data, r);
      pastedRows.push(r);
      r += height;
    }
    for (const { data, height } of pastedPlaced)
      writeNode(data, pastedRowOf.get(data) as number, height, PASTED_ROWS, pastedRowOf);
  }
  const lastData = r - 1;
  if (opts.scratch) {
    const scratch = width + 2;
    sheet.text(bottom, scratch, "cek");
    for (const node of nodes.slice(0, 4)) {
      const pagu = col("targetRenjaRp");
      sheet.set(node.row, scratch, {
        value: 0,
        formula: `${columnLetters(pagu)}${node.row + 1}-${columnLetters(pagu)}${node.row + 1}`,
      });
    }
    sheet.set(lastData + 2, scratch, {
      value: 123,
      formula: `SUM(${columnLetters(scratch)}1:${columnLetters(scratch)}9)`,
    });
  }
  if (opts.signature ?? true) {
    const sc = width - 4;
    const lines = [
      "Probolinggo, 10 Januari 2023",
      "KEPALA DINAS PENANAMAN MODAL, PTSP DAN TENAGA KERJA",
      "",
      "",
      "Drs. NAMA PEJABAT",
      "NIP. 19700101 199003 1 001",
    ];
    lines.forEach((l, i) => {
      if (l) sheet.text(lastData + 3 + i, sc, l);
    });
  }
  const rowCount = Math.max(sheet.rows.length, lastData + 1);
  const cells: (GridCell | undefined)[][] = [];
  let colCount = 0;
  for (let i = 0; i < rowCount; i++) {
    cells.push(sheet.rows[i] ?? []);
    colCount = Math.max(colCount, (sheet.rows[i] ?? []).length);
  }
  return {
    grid: { name: opts.name ?? "Evaluasi Renja TW IV", rowCount, colCount, cells, merges: sheet.merges },
    nodes,
    headerRows: [top, bottom],
    numberRow,
    firstDataRow: bottom + 1,
    totalRow,
    pastedRows,
    col,
    numberOf,
  };
}

/** The rows of the table; without urusan and bidang rows, their Tujuan and Sasaran start at the next row. */
function visibleRows(urusan: boolean): ErNodeData[] {
  if (urusan) return ER_ROWS;
  const out: ErNodeData[] = [];
  let pending: Pick<ErNodeData, "tujuan" | "sasaran"> = {};
  for (const d of ER_ROWS) {
    if (d.level === "urusan" || d.level === "bidang") {
      pending = { tujuan: d.tujuan ?? pending.tujuan, sasaran: d.sasaran ?? pending.sasaran };
      continue;
    }
    out.push({ ...pending, ...d });
    pending = {};
  }
  return out;
}

function placeRows(rows: ErNodeData[]): { data: ErNodeData; height: number }[] {
  return rows.map((data) => ({ data, height: Math.max(1, data.indikator.length) }));
}

/** Rp of every node: leaves as given, parents the sum of the nodes below them down to the next of their level. */
function computeFigures(rows: ErNodeData[], unit: number): Map<ErNodeData, Figures> {
  // Sums of amounts in a unit keep its decimals, not the floating point's.
  const inUnit = (rp: number) => (unit === 1 ? rp : Math.round((rp / unit) * 1e6) / 1e6);
  const out = new Map<ErNodeData, Figures>();
  const order: ErLevel[] = ["urusan", "bidang", "program", "kegiatan", "subKegiatan"];
  for (let i = rows.length - 1; i >= 0; i--) {
    const d = rows[i];
    if (d.pagu !== undefined) {
      const tw = d.triwulan as [number, number, number, number];
      out.set(d, {
        pagu: inUnit(d.pagu),
        tw: tw.map(inUnit) as Figures["tw"],
        targetRenstra: inUnit(d.pagu * 5),
        realisasiRenstra: inUnit(d.pagu * 3),
      });
      continue;
    }
    const level = order.indexOf(d.level);
    const f: Figures = { pagu: 0, tw: [0, 0, 0, 0], targetRenstra: 0, realisasiRenstra: 0 };
    for (let j = i + 1; j < rows.length && order.indexOf(rows[j].level) > level; j++) {
      if (order.indexOf(rows[j].level) !== level + 1) continue;
      const child = out.get(rows[j]) as Figures;
      f.pagu = inUnit((f.pagu + child.pagu) * unit);
      f.targetRenstra = inUnit((f.targetRenstra + child.targetRenstra) * unit);
      f.realisasiRenstra = inUnit((f.realisasiRenstra + child.realisasiRenstra) * unit);
      child.tw.forEach((v, q) => (f.tw[q] = inUnit((f.tw[q] + v) * unit)));
    }
    out.set(d, f);
  }
  return out;
}

function rpValue(f: Figures, g: Group): number {
  switch (g) {
    case "targetRenstra":
      return f.targetRenstra;
    case "realisasiRenstra":
      return f.realisasiRenstra;
    case "targetRenja":
      return f.pagu;
    case "realisasi":
      return f.tw.reduce((a, b) => a + b, 0);
    case "realisasiSdTahun":
      return f.realisasiRenstra + f.tw.reduce((a, b) => a + b, 0);
    case "tingkatCapaian":
      return Math.round(((f.realisasiRenstra + f.tw.reduce((a, b) => a + b, 0)) / f.targetRenstra) * 10000) / 100;
    default:
      return f.tw[TW.indexOf(g)];
  }
}

export function rupiahText(v: number): string {
  return Math.round(v)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function decimalText(v: number, opts: ErLayoutOptions): string {
  const s = Number.isInteger(v) ? String(v) : v.toFixed(2);
  return opts.decimals === "dot" ? s : s.replace(".", ",");
}

function writeRp(
  sheet: Sheet,
  at: number,
  col: (k: string) => number,
  data: ErNodeData,
  f: Figures,
  rows: ErNodeData[],
  rowOf: Map<ErNodeData, number>,
  style: "handmade" | "export",
  opts: ErLayoutOptions,
  extra: Partial<GridCell>,
): void {
  const order: ErLevel[] = ["urusan", "bidang", "program", "kegiatan", "subKegiatan"];
  const i = rows.indexOf(data);
  const level = order.indexOf(data.level);
  const children: number[] = [];
  for (let j = i + 1; j < rows.length && order.indexOf(rows[j].level) > level; j++)
    if (order.indexOf(rows[j].level) === level + 1) children.push(rowOf.get(rows[j]) as number);
  const letter = (g: Group) => columnLetters(col(`${g}Rp`));
  for (const g of GROUPS) {
    const cc = col(`${g}Rp`);
    const value = rpValue(f, g);
    if (style === "export") {
      sheet.text(at, cc, g === "tingkatCapaian" ? decimalText(value, opts) : rupiahText(value), extra);
      continue;
    }
    let formula: string | undefined;
    const own = at + 1;
    if (g === "realisasi") formula = TW.map((q) => `${letter(q)}${own}`).join("+");
    else if (g === "realisasiSdTahun") formula = `${letter("realisasiRenstra")}${own}+${letter("realisasi")}${own}`;
    else if (g === "tingkatCapaian")
      formula = `${letter("realisasiSdTahun")}${own}/${letter("targetRenstra")}${own}*100`;
    else if (children.length > 0) {
      const L = columnLetters(cc);
      const contiguous = data.level === "kegiatan";
      formula = contiguous
        ? `SUM(${L}${children[0] + 1}:${L}${children[children.length - 1] + 1})`
        : children.length === 1
          ? `${L}${children[0] + 1}`
          : `SUM(${children.map((c) => `${L}${c + 1}`).join(",")})`;
    }
    sheet.set(at, cc, {
      value,
      ...(formula ? { formula } : {}),
      numFmt: g === "tingkatCapaian" ? "0.00" : "#,##0",
      ...extra,
    });
  }
}

function writeIndikator(
  sheet: Sheet,
  r: number,
  col: (k: string) => number,
  ind: ErIndikatorData,
  style: "handmade" | "export",
  opts: ErLayoutOptions,
  extra: Partial<GridCell>,
): void {
  sheet.text(r, col("indikator"), ind.name, extra);
  sheet.text(r, col("satuan"), ind.satuan, extra);
  const count = ind.satuan !== "%" && ind.satuan !== "indeks";
  const realisasi = count
    ? ind.triwulan.reduce((a, b) => a + b, 0)
    : (ind.triwulan.filter((v) => v !== 0).slice(-1)[0] ?? 0);
  const values: [string, number][] = [
    ["targetRenstraK", ind.targetRenstra],
    ["realisasiRenstraK", ind.realisasiRenstra],
    ["targetRenjaK", ind.targetRenja],
    ...ind.triwulan.map((v, q): [string, number] => [`tw${q + 1}K`, v]),
    ["realisasiK", realisasi],
    ["realisasiSdTahunK", ind.realisasiRenstra + realisasi],
    ["tingkatCapaianK", Math.round(((ind.realisasiRenstra + realisasi) / ind.targetRenstra) * 10000) / 100],
  ];
  for (const [key, v] of values) {
    const cc = col(key);
    if (style === "handmade") {
      sheet.set(r, cc, { value: v, numFmt: Number.isInteger(v) ? "0" : "0.00", ...extra });
      continue;
    }
    const text = Number.isInteger(v) ? String(v) : decimalText(v, opts);
    sheet.text(r, cc, opts.satuanInK && count && key !== "tingkatCapaianK" ? `${text} ${ind.satuan}` : text, extra);
  }
}
