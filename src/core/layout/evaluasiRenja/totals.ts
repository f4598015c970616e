import Decimal from "decimal.js";
import { ErIndikator, OutsideTotalsBlock, TotalRow } from "../../model/evaluasiRenja";
import { MaybeNumber } from "../../model/types";
import { rowsReadInColumn } from "../../grid/formulaReferences";
import { ErRow, rpFigures } from "./rows";
import { isUnitHeadingText } from "../officeName";
import { isAkunPendapatan, isPendapatanName } from "../levelWords";
import { isOfficeLabel, SKPD_CODE } from "./offices";

/**
 * `apart`: a row above or among the belanja tree that is none of it: revenue (`PENDAPATAN DAERAH`, `4.1.4.16.01
 * Pendapatan BLUD`), and headings without code or figures (`SUB UNIT : KELURAHAN …`, `II. UPTD LABORATORIUM …`,
 * `BELANJA DAERAH`).
 */
export type RowKind = "node" | "continuation" | "total" | "footer" | "context" | "apart";

/** `JUMLAH`, `TOTAL`, `SUB TOTAL`, `REKAP` / `REKAPITULASI`, `GRAND TOTAL`: a total row, no node. */
const TOTAL_LABEL = /^(jumlah|total|sub\s*total|rekap(?:itulasi)?|grand\s+total)\b/i;
const HEADING = /^(?:(?:sub\s*unit|unit\s+kerja|unit\s+organisasi|bidang|bagian|upt|uptd)\s*:|belanja(?:\s+daerah)?$)/i;

/** A row's Rp to compare totals by: the pagu (8), else its first Rp figure. */
function amountOf(row: ErRow): Decimal | null {
  const f = rpFigures(row.rp);
  const first: MaybeNumber =
    f.pagu ?? f.realisasi ?? f.realisasiTriwulan.find((q) => q !== null) ?? f.targetRenstra ?? null;
  return first?.value ?? null;
}

/** An indikator with a name and a target Renja (8) of its own, a number, a range or a bound. */
function hasTarget(ind: ErIndikator | null): boolean {
  if (!ind || ind.name === "") return false;
  return ind.targetRenja !== null || ind.targetRentang !== undefined || ind.kualitatif?.targetRenjaK !== undefined;
}

/** The kind of a row as its own cells say: a named node, a labelled total, or open (decided by decideTotals). */
export function labelKind(row: ErRow, isFooter: (text: string) => boolean): RowKind | "unnamed" {
  const texts = [row.label, row.name].filter((t) => t !== "");
  // SIPD's organisation code: the row is the office's total over its programs.
  if (row.kode && SKPD_CODE.test(row.kode)) return "total";
  // A name with an indikator that has a target of its own is a program, kegiatan or sub kegiatan, whatever word it
  // begins with (`Tindak Lanjut Hasil Pemeriksaan …`, `Rekapitulasi Keanggotaan …`, `Pendapatan Daerah`): totals,
  // footer lines and revenue lines have no target kinerja (words35: such rows were dropped, some silently).
  const measured = row.name !== "" && hasTarget(row.indikator);
  // An account code of akun 4 says revenue whatever else the row holds (a BLUD's revenue has its own indikator).
  // Revenue, by name, with no code or an account code of akun 4.
  if (isPendapatanName(row.name) && (row.kode ? isAkunPendapatan(row.kode) : !measured)) return "apart";
  if (!row.kode && !row.rp.present && texts.some(isHeadingText)) return "apart";
  if (!row.kode && !measured && texts.some(isFooter)) return "footer";
  if (!row.kode && !measured && texts.some((t) => TOTAL_LABEL.test(t))) return "total";
  if (row.name !== "" || row.kode) return "node";
  if (row.nameCovered) return "continuation";
  // Dashes alone in the Rp cells of a row that names only an indikator: the next indikator of the node above.
  if (row.rp.present && !(row.rp.dashOnly && row.indikator?.name)) return "unnamed";
  return row.indikator ? "continuation" : "context";
}

/**
 * An unnamed row of Rp figures is the table's footer total, not a nameless node, when its formula adds up rows
 * above it, or its amount is above every node's above it, or it equals the largest (the urusan's, or the only
 * program's) and no node follows it or that largest row is not the one right above it (a nameless only child
 * equals its parent, and stands right under it).
 */
export function isUnlabelledTotal(row: ErRow, above: readonly ErRow[], nodeFollows: boolean): boolean {
  if (row.indikator?.name) return false;
  for (const [col, formula] of row.rp.formulas) {
    const read = rowsReadInColumn(formula, col);
    if (read.filter((r) => r < row.row).length >= 2) return true;
  }
  const amount = amountOf(row);
  if (amount === null) return false;
  let max: Decimal | null = null;
  let maxAt = -1;
  above.forEach((r, i) => {
    const a = amountOf(r);
    if (a && (max === null || a.gt(max))) {
      max = a;
      maxAt = i;
    }
  });
  if (max === null) return false;
  if (amount.gt(max)) return true;
  return amount.eq(max) && (!nodeFollows || maxAt !== above.length - 1);
}

export function totalRow(row: ErRow, labelled: boolean, unit = false): TotalRow {
  const f = rpFigures(row.rp);
  const firstNumber =
    f.pagu ?? f.targetRenstra ?? f.realisasiRenstra ?? f.realisasiTriwulan.find((q) => q !== null) ?? f.realisasi;
  return {
    row: row.row,
    cell: labelled || !firstNumber ? row.nameCell : firstNumber.cell,
    labelled,
    pagu: f.pagu,
    realisasi: f.realisasi,
    realisasiTriwulan: f.realisasiTriwulan,
    ...(unit ? { unit: true as const } : {}),
  };
}

/**
 * A heading row naming a unit of the office (`B. UPTD RUMAH SAKIT …`, `Unit Organisasi : UPTD …`), without code or
 * figures: the rows under it are that unit's, not a revenue line or `BELANJA DAERAH`.
 */
function isUnitHeadingRow(row: ErRow): boolean {
  if (row.kode || row.rp.present) return false;
  return [row.label, row.name].some((t) => t !== "" && !/^belanja\b/i.test(t) && isHeadingText(t));
}

/** A heading's words: a unit's or office's label or name, or `BELANJA DAERAH` (labelKind's `apart`). */
function isHeadingText(text: string): boolean {
  return HEADING.test(text) || isOfficeLabel(text) || isUnitHeadingText(text);
}

/**
 * Totals that close one unit's part of the table: the Dinas's programs and JUMLAH, then `II. UPTD …` with its own
 * programs and JUMLAH. A total is a unit's when a heading naming a unit follows it before any program (it closes the
 * unit above), or when it closes the programs under such a heading that follows a total. Each adds up the rows since
 * the total before it, and the rows under the heading are the office's, not a block pasted below its total.
 */
export function unitTotalRows(rows: readonly ErRow[], kinds: ReadonlyMap<ErRow, RowKind>): Set<number> {
  const units = new Set<number>();
  let lastTotal: ErRow | null = null;
  let nodesSinceTotal = false;
  let underHeading = false;
  for (const row of rows) {
    const kind = kinds.get(row);
    if (kind === "apart") {
      // Only after a total: headings over the parts of one table (`SUB UNIT : KELURAHAN …` between programs, one
      // JUMLAH under them all) make no unit totals.
      if (lastTotal && !nodesSinceTotal && isUnitHeadingRow(row)) {
        underHeading = true;
        units.add(lastTotal.row);
      }
      continue;
    }
    if (kind === "total") {
      if (underHeading && nodesSinceTotal) units.add(row.row);
      lastTotal = row;
      nodesSinceTotal = false;
      underHeading = false;
      continue;
    }
    if (kind === "footer") underHeading = false;
    if (kind === "node") nodesSinceTotal = true;
  }
  return units;
}

/**
 * The total a table's rows add up to: the one with the largest amount (the first on a tie), so that a JUMLAH per
 * urusan above it does not count; a unit's own total is never it (see unitTotalRows). Null when every total is a
 * unit's.
 */
export function grandTotalOf(totals: readonly TotalRow[]): TotalRow | null {
  let grand: TotalRow | null = null;
  for (const t of totals) {
    if (t.unit) continue;
    const a = t.pagu?.value;
    const g = grand?.pagu?.value;
    if (grand === null || (a && (!g || a.gt(g)))) grand = t;
  }
  return grand;
}

/**
 * Blocks of node rows below the table's total (grandTotalOf). Each block runs to the next total or the end. A unit's
 * rows under its heading and closed by its own total are the office's too: no block, whatever their amounts.
 */
export function outsideTotalsBlocks(
  rows: readonly ErRow[],
  kinds: ReadonlyMap<ErRow, RowKind>,
  totals: readonly TotalRow[],
): OutsideTotalsBlock[] {
  const grand = grandTotalOf(totals);
  if (grand === null) return [];
  // A total written right under the header, above every row it adds up, has nothing pasted below it.
  if (!rows.some((r) => r.row < grand.row && kinds.get(r) === "node")) return [];
  const unitEnds = totals.filter((t) => t.unit && t.row > grand.row).map((t) => t.row);
  const blocks: OutsideTotalsBlock[] = [];
  let current: OutsideTotalsBlock | null = null;
  for (const row of rows) {
    if (row.row <= grand.row) continue;
    const kind = kinds.get(row);
    if (kind === "apart") continue;
    if (kind === "total" || kind === "footer") {
      if (current && unitEnds.includes(row.row)) blocks.pop();
      current = null;
      continue;
    }
    if (kind === "node" && !current) {
      current = { rows: [row.row, row.row], cell: row.nameCell, totalCell: grand.cell };
      blocks.push(current);
    }
    if (current && kind !== "context") current.rows[1] = row.row;
  }
  return blocks;
}
