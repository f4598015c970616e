import { ColumnMap } from "../../model/columns";
import { SasaranPd, TujuanPd } from "../../model/evaluasiRenja";
import { CellReader } from "../readCells";
import { NodeExtras } from "./budgetTree";
import { ErRow, indikatorOfRow } from "./rows";
import { RowKind } from "./totals";

export interface ContextResult {
  tujuan: TujuanPd[];
  /** Sasaran PD outside any Tujuan PD (the sheet has no Tujuan column, or they come before the first). */
  sasaran: SasaranPd[];
  extras: Map<ErRow, NodeExtras>;
}

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/**
 * Walk the rows for the Tujuan PD and Sasaran PD blocks and give every node its indikator and its Sasaran PD. A
 * Tujuan or Sasaran starts where its column holds a name; a name written again (repeated on every row, or met
 * again further down) is the same one, counted once. Visi, Misi and Sasaran RPJMD stay context of the tujuan.
 * An indikator row belongs to the node above it, or to the Sasaran PD when the Sasaran's block started after that
 * node (its own indikator, written before its first program).
 */
export function walkContext(
  reader: CellReader,
  columns: ColumnMap,
  rows: readonly ErRow[],
  kinds: ReadonlyMap<ErRow, RowKind>,
  outside: ReadonlySet<number>,
): ContextResult {
  const result: ContextResult = { tujuan: [], sasaran: [], extras: new Map() };
  let tujuan: TujuanPd | null = null;
  let sasaran: SasaranPd | null = null;
  let sasaranSince = -1;
  let node: ErRow | null = null;
  let nodeSince = -1;
  const context = { visi: "", misi: "", sasaranRpjmd: "" };
  for (const row of rows) {
    const kind = kinds.get(row);
    if (kind === "total" || kind === "footer" || kind === "apart") continue;
    const c = row.context;
    if (c.visi) context.visi = c.visi;
    if (c.misi) context.misi = c.misi;
    if (c.sasaranRpjmd) context.sasaranRpjmd = c.sasaranRpjmd;
    if (c.tujuan && !(tujuan && same(tujuan.name, c.tujuan))) {
      const found = result.tujuan.find((t) => same(t.name, c.tujuan));
      if (found) tujuan = found;
      else {
        const cell = c.headingCell ?? reader.a1(row.row, columns.tujuan as number);
        tujuan = { name: c.tujuan, cell, row: row.row, sasaran: [] };
        if (context.visi) tujuan.visi = context.visi;
        if (context.misi) tujuan.misi = context.misi;
        if (context.sasaranRpjmd) tujuan.sasaranRpjmd = context.sasaranRpjmd;
        result.tujuan.push(tujuan);
      }
      sasaran = null;
      sasaranSince = row.row;
    }
    if (c.sasaran && !(sasaran && same(sasaran.name, c.sasaran))) {
      const list = tujuan ? tujuan.sasaran : result.sasaran;
      const found = list.find((s) => same(s.name, c.sasaran));
      if (found) sasaran = found;
      else {
        const cell = c.headingCell ?? reader.a1(row.row, columns.sasaran as number);
        sasaran = { name: c.sasaran, cell, row: row.row, indikator: [] };
        list.push(sasaran);
      }
      sasaranSince = row.row;
    }
    if (kind === "node") {
      node = row;
      nodeSince = row.row;
      result.extras.set(row, {
        indikator: indikatorOfRow(row),
        sasaranCell: sasaran?.cell ?? null,
        outsideTotals: outside.has(row.row),
      });
      continue;
    }
    if (kind !== "continuation" || !row.indikator) continue;
    const nodeExtras = node ? result.extras.get(node) : undefined;
    if (nodeExtras && (row.nameCovered || nodeSince >= sasaranSince || !sasaran))
      nodeExtras.indikator.push(...indikatorOfRow(row));
    else if (sasaran) sasaran.indikator.push(...indikatorOfRow(row));
  }
  return result;
}
