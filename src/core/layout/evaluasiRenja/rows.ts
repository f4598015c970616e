import { isFooterText } from "./tableEnd";
import { GridCell } from "../../grid/grid";
import { ColumnMap, ER_GROUPS, ErColumnKey, ErGroup, erGroupKey } from "../../model/columns";
import { ErFigures, ErIndikator } from "../../model/evaluasiRenja";
import { MaybeNumber, Quarterly, RowFormulas, TargetBatas, TargetRentang } from "../../model/types";
import { kodeColumnsOf, readKode } from "../kodeCells";
import { splitCode } from "../levelWords";
import { collapseSpaces } from "../readCells";
import { readPerLine } from "../indikatorLines";
import { ErNumberReader } from "./numbers";
import { inRupiah } from "../rupiahUnit";

/** The figure groups read on every row, in column order of the standard form. */
const FIGURE_GROUPS: readonly ErGroup[] = ER_GROUPS;
const CONTEXT_KEYS = ["visi", "misi", "sasaranRpjmd", "tujuan", "sasaran"] as const;
const TW_GROUPS = ["realisasiTw1", "realisasiTw2", "realisasiTw3", "realisasiTw4"] as const;
const TW_INDEXES = TW_GROUPS.map((g) => FIGURE_GROUPS.indexOf(g));
/**
 * K cells where a dash means "no figure" rather than zero: a target (Renstra (6), Renja (8)) not set for the
 * indikator, a tingkat capaian (15) not computed. A realisasi written `-` is nothing achieved: 0.
 */
const UNSET_BY_DASH: ReadonlySet<ErGroup> = new Set(["targetRenstra", "targetRenja", "tingkatCapaian", "capaianRenja"]);
/** Groups whose figures are percentages in both their columns: never multiplied to rupiah, never a K unit. */
const PERCENT_GROUPS: ReadonlySet<ErGroup> = new Set(["tingkatCapaian", "capaianRenja"]);

/** The columns of an Evaluasi Renja table the rows are read with. */
export interface ErFrame {
  columns: ColumnMap;
  /** Where each row's code is read: its parts, or the KODE column (kodeColumnsOf). */
  kodeColumns: readonly number[];
  uraianColumns: number[];
  /** The K, % and Rp column of each of FIGURE_GROUPS, looked up once. */
  figureColumns: Record<"K" | "Persen" | "Rp", (number | undefined)[]>;
  /** What an Rp figure as written is multiplied by to be rupiah: 1000 on a form `dalam ribuan rupiah`. */
  rpFactor: number;
}

export function erFrame(columns: ColumnMap, kodeColumns: number[], uraianColumns: number[], rpFactor = 1): ErFrame {
  const of = (unit: "K" | "Persen" | "Rp") =>
    FIGURE_GROUPS.map((g) => {
      const key = erGroupKey(g, unit);
      return key ? columns[key] : undefined;
    });
  return {
    columns,
    kodeColumns: kodeColumnsOf(kodeColumns, columns.kode),
    uraianColumns,
    figureColumns: { K: of("K"), Persen: of("Persen"), Rp: of("Rp") },
    rpFactor,
  };
}

export interface ContextTexts {
  visi: string;
  misi: string;
  sasaranRpjmd: string;
  tujuan: string;
  sasaran: string;
  /** Where a Tujuan or Sasaran written as a heading row (`Sasaran : …` across the table) is, without its column. */
  headingCell?: string;
}

/** A Tujuan or Sasaran written as a heading row across the table: `Sasaran : Meningkatnya …`, `TUJUAN: …`. */
const HEADING = /^(tujuan|sasaran)(?:\s+(?:strategis|pd|perangkat\s+daerah))?\s*[:.\-–]\s*(\S.*)$/i;

/** The Rp side of one row: a NumberCell per group, null when empty, and whether any cell had content. */
export interface RpFigures {
  byGroup: Partial<Record<ErGroup, MaybeNumber>>;
  /** Rp columns whose cell holds text that is not a number (its unreadable-value finding is recorded). */
  unreadable: ErColumnKey[];
  /** Some Rp cell has content, a readable number or not. */
  present: boolean;
  /** Every Rp cell with content holds a dash alone (`-`): no amount, as an indikator row under its node writes it. */
  dashOnly: boolean;
  /** The formula of each Rp cell that holds one, by 0-based column. */
  formulas: Map<number, string>;
  /** The same formulas by column key; absent when no Rp cell holds one. */
  formulaKeys?: RowFormulas;
}

/** One data row as read, before levels. */
export interface ErRow {
  row: number;
  context: ContextTexts;
  kode?: string;
  /** The name without a code prefix; "" when the row has none. */
  name: string;
  /** A1 of the name cell (the first uraian column when the row has no name). */
  nameCell: string;
  /** The name cell lies under a merge from an earlier row: the row continues that node's block. */
  nameCovered: boolean;
  /** Which of the uraian columns held the name (0 for the first): a deeper column is a deeper level. */
  uraianOffset: number;
  /** Fill (`#RRGGBB`) and bold of the name cell, the format that marks the level in hand-made copies. */
  fill?: string;
  bold: boolean;
  indent: number;
  indikator: ErIndikator | null;
  /** Further indikator written in the same cells, one per line (indikatorLines.ts); absent when there are none. */
  moreIndikator?: ErIndikator[];
  rp: RpFigures;
  /** The first cell with text in the row, for total and footer words. */
  label: string;
}

export function readErRow(numbers: ErNumberReader, frame: ErFrame, row: number): ErRow {
  const { reader } = numbers;
  const { columns } = frame;
  const text = (key: ErColumnKey) => collapseSpaces(reader.text(row, columns[key]));
  const context: ContextTexts = {
    visi: text("visi"),
    misi: text("misi"),
    sasaranRpjmd: text("sasaranRpjmd"),
    tujuan: text("tujuan"),
    sasaran: text("sasaran"),
  };
  let nameText = "";
  let uraianOffset = 0;
  const uraianColumns = frame.uraianColumns.length > 0 ? frame.uraianColumns : [columns.uraian as number];
  const nameCovered = reader.coveredFromAbove(row, uraianColumns[0]);
  for (const [i, col] of uraianColumns.entries()) {
    const t = collapseSpaces(reader.text(row, col));
    if (t !== "") {
      nameText = t;
      uraianOffset = i;
      break;
    }
  }
  const split = splitErCode(nameText);
  const kode = readKode(numbers.reader, frame.kodeColumns, row) ?? split.kode;
  const nameCol = uraianColumns[uraianOffset];
  const master = reader.merges.find(row, nameCol);
  const rp = readRp(numbers, frame, row);
  const heading = kode === undefined && !rp.present ? HEADING.exec(nameText) : null;
  if (heading) {
    // A heading, not a node: it starts a Tujuan or Sasaran block as its column would.
    const which = heading[1].toLowerCase() === "tujuan" ? "tujuan" : "sasaran";
    context[which] = collapseSpaces(heading[2]);
    context.headingCell = master ? reader.a1(master.top, master.left) : reader.a1(row, nameCol);
    return {
      row,
      context,
      name: "",
      nameCell: context.headingCell,
      nameCovered: false,
      uraianOffset,
      bold: false,
      indent: 0,
      indikator: null,
      rp,
      label: nameText,
    };
  }
  const styled = master && master.top === row ? reader.cell(master.top, master.left) : reader.cell(row, nameCol);
  const [indikator, ...moreIndikator] = readIndikators(numbers, frame, row);
  const out: ErRow = {
    row,
    context,
    name: split.name,
    nameCell: reader.a1(row, nameCol),
    nameCovered,
    uraianOffset,
    bold: styled?.bold === true,
    indent: indentOf(styled),
    indikator: indikator ?? null,
    rp,
    label: firstText(numbers, frame, row, Math.max(...uraianColumns)),
  };
  if (moreIndikator.length > 0) out.moreIndikator = moreIndikator;
  if (kode) out.kode = kode;
  // White is what an unfilled cell shows: a cell filled white is not a format of its own.
  const fill = styled?.fill?.toUpperCase();
  if (fill && fill !== "#FFFFFF") out.fill = fill;
  return out;
}

/**
 * The indent of a name: Excel's indent level, or the spaces typed before it (hand-made copies indent kegiatan and
 * sub kegiatan so), counted in steps of four.
 */
function indentOf(cell: GridCell | undefined): number {
  if (typeof cell?.indent === "number" && Number.isFinite(cell.indent) && cell.indent > 0) return cell.indent;
  const v = cell?.value;
  if (typeof v !== "string") return 0;
  const lead = v.length - v.replace(/^[ \u00a0\t]+/, "").length;
  return Math.min(4, Math.ceil(lead / 4));
}

const URUSAN_CODE = /^([0-9X]{1,2}(?:\.[0-9X]{1,2})?)\.?\s+((?:URUSAN|BIDANG|UNSUR)\b.*)$/is;

/** A code before a name (`2.18.03 PROGRAM …`), also the short codes of urusan and bidang (`2.18 URUSAN …`). */
function splitErCode(text: string): { kode?: string; name: string } {
  const m = URUSAN_CODE.exec(text);
  return m ? { kode: m[1], name: m[2].trim() } : splitCode(text);
}

/** The indikator of a row: one, several written one per line of the same cells, or none. */
function readIndikators(numbers: ErNumberReader, frame: ErFrame, row: number): ErIndikator[] {
  const { K, Persen } = frame.figureColumns;
  return readPerLine(
    numbers.reader,
    row,
    frame.columns.indikator,
    () => [...K, ...Persen],
    (r) => readIndikator(r === numbers.reader ? numbers : numbers.over(r), frame, row),
  );
}

/** Every indikator a row holds, in line order. */
export function indikatorOfRow(row: ErRow): ErIndikator[] {
  return row.indikator ? [row.indikator, ...(row.moreIndikator ?? [])] : [];
}

function readIndikator(numbers: ErNumberReader, frame: ErFrame, row: number): ErIndikator | null {
  const { reader } = numbers;
  const { columns, figureColumns } = frame;
  const name = collapseSpaces(reader.text(row, columns.indikator));
  const satuan = collapseSpaces(reader.text(row, columns.satuan));
  let present = false;
  let percent = false;
  let unit: string | undefined;
  const unreadable: ErColumnKey[] = [];
  let targetRentang: TargetRentang | undefined;
  let kualitatif: ErIndikator["kualitatif"];
  let targetBatas: TargetBatas | undefined;
  const k: MaybeNumber[] = figureColumns.K.map((col, i) => {
    const group = FIGURE_GROUPS[i];
    if (group === "targetRenja" && col !== undefined) {
      // A target Renja written as a range (`90-95`): read as one, measured as CAPAIAN_RENTANG measures it.
      targetRentang = reader.targetRange(row, col)?.rentang;
      if (targetRentang) {
        present = true;
        return null;
      }
    }
    if ((group === "targetRenja" || group === "targetRenstra") && col !== undefined) {
      // A target written as a bound (`≥ 80`, `maks. 5`): its number is the target; the Renja one keeps how it reads.
      const bound = reader.targetBound(row, col);
      if (bound) {
        if (group === "targetRenja") targetBatas = bound.batas;
        present = true;
        if (bound.percent) percent = true;
        return bound.number;
      }
    }
    const read = numbers.kinerja(row, col, satuan, UNSET_BY_DASH.has(FIGURE_GROUPS[i]));
    present ||= read.present;
    unit ??= read.unit;
    const key = erGroupKey(FIGURE_GROUPS[i], "K") as ErColumnKey;
    if (read.kualitatif) (kualitatif ??= {})[key] = read.kualitatif;
    else if (read.present && read.value === null) unreadable.push(key);
    if (read.percent && !PERCENT_GROUPS.has(FIGURE_GROUPS[i])) percent = true;
    return read.value;
  });
  const persen = TW_INDEXES.map((i) => {
    const read = numbers.read(row, figureColumns.Persen[i]);
    present ||= read.present;
    if (read.present && read.value === null) unreadable.push(erGroupKey(FIGURE_GROUPS[i], "Persen") as ErColumnKey);
    return read.value;
  });
  if (name === "" && !present) return null;
  const value = (g: ErGroup) => k[FIGURE_GROUPS.indexOf(g)];
  const indikator: ErIndikator = {
    name,
    cell: reader.a1(row, (columns.indikator ?? columns.uraian) as number),
    row,
    // Without a satuan of its own, the unit the K cells are written with (`5 Dokumen`).
    satuan: satuan || unit || "",
    targetRenstra: value("targetRenstra"),
    realisasiRenstra: value("realisasiRenstra"),
    realisasiTriwulan: TW_INDEXES.map((i) => k[i]) as Quarterly,
    realisasiSdTahun: value("realisasiSdTahun"),
    tingkatCapaian: value("tingkatCapaian"),
    ...(frame.figureColumns.K[FIGURE_GROUPS.indexOf("capaianRenja")] !== undefined
      ? { capaianRenja: value("capaianRenja") }
      : {}),
    targetRenja: value("targetRenja"),
    persenTriwulan: persen as Quarterly,
    realisasi: value("realisasi"),
    persen: percent || /^(%|persen|prosen|persentase)$/i.test(satuan || unit || ""),
  };
  if (unreadable.length > 0) indikator.unreadable = unreadable;
  if (targetRentang) indikator.targetRentang = targetRentang;
  if (kualitatif) indikator.kualitatif = kualitatif;
  if (targetBatas) indikator.targetBatas = targetBatas;
  // What the form's Keterangan says of the indikator (`Semakin kecil semakin baik`): its polaritas, in words.
  const keterangan = reader.text(row, columns.keterangan);
  if (keterangan !== "") indikator.keterangan = keterangan;
  return indikator;
}

function readRp(numbers: ErNumberReader, frame: ErFrame, row: number): RpFigures {
  const byGroup: Partial<Record<ErGroup, MaybeNumber>> = {};
  const formulas = new Map<number, string>();
  let formulaKeys: RowFormulas | undefined;
  const unreadable: ErColumnKey[] = [];
  let present = false;
  let dashOnly = true;
  frame.figureColumns.Rp.forEach((col, i) => {
    if (col === undefined) return;
    const read = numbers.read(row, col);
    present ||= read.present;
    if (read.present && !numbers.reader.isDash(row, col)) dashOnly = false;
    if (read.present && read.value === null) unreadable.push(erGroupKey(FIGURE_GROUPS[i], "Rp") as ErColumnKey);
    // Tingkat capaian (15) is a percentage in its Rp column too: never multiplied.
    const amount = !PERCENT_GROUPS.has(FIGURE_GROUPS[i]) && frame.rpFactor !== 1;
    byGroup[FIGURE_GROUPS[i]] = read.value && amount ? inRupiah(read.value, frame.rpFactor) : read.value;
    const formula = numbers.reader.cell(row, col)?.formula;
    if (formula) {
      formulas.set(col, formula);
      (formulaKeys ??= {})[erGroupKey(FIGURE_GROUPS[i], "Rp") as ErColumnKey] = formula;
    }
  });
  const out: RpFigures = { byGroup, unreadable, present, dashOnly: present && dashOnly, formulas };
  if (formulaKeys) out.formulaKeys = formulaKeys;
  return out;
}

/**
 * The first text (not a number) of a row up to the names column: `JUMLAH` or `Rata-rata capaian kinerja`, often
 * merged over the first columns. An indikator name further right is not a label of the row.
 */
function firstText(numbers: ErNumberReader, frame: ErFrame, row: number, lastCol: number): string {
  const { reader } = numbers;
  const context = new Set(CONTEXT_KEYS.map((k) => frame.columns[k]));
  for (let c = 0; c <= lastCol; c++) {
    // A Tujuan or Sasaran name is context, not the row's label, unless a label merged across covers the column, or
    // the form's own footer line ("Rata-rata capaian kinerja", "Predikat kinerja") is written there.
    const m = reader.merges.find(row, c);
    if (context.has(c) && !(m && m.left < m.right) && !isFooterText(reader.text(row, c))) continue;
    const t = reader.text(row, c);
    if (/[A-Za-z]/.test(t)) return collapseSpaces(t);
  }
  return "";
}

/** The Rp figures of a node. */
export function rpFigures(rp: RpFigures): ErFigures & { pagu: MaybeNumber; realisasi: MaybeNumber } {
  const v = (g: ErGroup) => rp.byGroup[g] ?? null;
  return {
    targetRenstra: v("targetRenstra"),
    realisasiRenstra: v("realisasiRenstra"),
    pagu: v("targetRenja"),
    realisasiTriwulan: TW_GROUPS.map(v) as Quarterly,
    realisasi: v("realisasi"),
    realisasiSdTahun: v("realisasiSdTahun"),
    tingkatCapaian: v("tingkatCapaian"),
    ...(rp.byGroup.capaianRenja !== undefined ? { capaianRenja: v("capaianRenja") } : {}),
  };
}
