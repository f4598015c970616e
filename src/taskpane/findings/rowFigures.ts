import { Grid } from "../../core/grid/grid";
import { ColumnKey } from "../../core/model/columns";
import { BudgetNode, Indikator, MaybeNumber } from "../../core/model/types";
import { isPengukuranKinerja, SheetModel } from "../../core/model/sheetModel";
import { budgetNodes } from "../../core/validation/modelAccess";
import { ErNodeBase } from "../../core/model/evaluasiRenja";

/** A number column of a row as the engine read it: a value, empty, or text it could not read. */
export type ReadFigure = { kind: "number"; value: number } | { kind: "empty" } | { kind: "unreadable"; text: string };

export type RowFigures =
  | {
      kind: "budget";
      level: BudgetNode["level"];
      name: string;
      pagu: ReadFigure;
      kas: ReadFigure[];
      realisasi: ReadFigure;
      capaian: ReadFigure;
    }
  | {
      /** An Evaluasi Renja budget row: the form's own Rp columns, (8) the year's target, (9)–(12), (13), (14). */
      kind: "budget-er";
      level: BudgetNode["level"];
      name: string;
      targetRenja: ReadFigure;
      triwulan: ReadFigure[];
      realisasi: ReadFigure;
      realisasiSdTahun: ReadFigure;
    }
  | {
      kind: "indikator";
      name: string;
      persen: boolean;
      target: ReadFigure[];
      realisasi: ReadFigure;
      capaian: ReadFigure;
    };

const KAS: ColumnKey[] = ["kas1", "kas2", "kas3", "kas4"];
const TARGET: ColumnKey[] = ["target1", "target2", "target3", "target4"];
const ER_TRIWULAN_RP: ColumnKey[] = ["realisasiTw1Rp", "realisasiTw2Rp", "realisasiTw3Rp", "realisasiTw4Rp"];

function cellText(grid: Grid | undefined, row0: number, col: number | undefined): string {
  if (!grid || col === undefined) return "";
  const cell = grid.cells[row0]?.[col];
  if (!cell) return "";
  return cell.text ?? (cell.value === null ? "" : String(cell.value));
}

/** Reads one figure of a row: its value, else the text the engine could not read in its column, else empty. */
function figureReader(
  node: { row: number; unreadable?: readonly ColumnKey[] },
  model: SheetModel,
  grid: Grid | undefined,
): (value: MaybeNumber, key: ColumnKey) => ReadFigure {
  return (value, key) => {
    if (value) return { kind: "number", value: value.value.toNumber() };
    if (node.unreadable?.includes(key)) {
      return { kind: "unreadable", text: cellText(grid, node.row, model.columns[key]) };
    }
    return { kind: "empty" };
  };
}

function budgetFigures(node: BudgetNode, model: SheetModel, grid: Grid | undefined): RowFigures {
  const read = figureReader(node, model, grid);
  return {
    kind: "budget",
    level: node.level,
    name: node.name,
    pagu: read(node.pagu, "pagu"),
    kas: node.anggaranKas.map((k, i) => read(k, KAS[i])),
    realisasi: read(node.realisasi, "realisasiAnggaran"),
    capaian: read(node.capaian, "capaianAnggaran"),
  };
}

function erBudgetFigures(node: ErNodeBase, model: SheetModel, grid: Grid | undefined): RowFigures {
  const read = figureReader(node, model, grid);
  return {
    kind: "budget-er",
    level: node.level,
    name: node.name,
    targetRenja: read(node.pagu, "targetRenjaRp"),
    triwulan: node.realisasiTriwulan.map((v, i) => read(v, ER_TRIWULAN_RP[i])),
    realisasi: read(node.realisasi, "realisasiRp"),
    realisasiSdTahun: read(node.realisasiSdTahun, "realisasiSdTahunRp"),
  };
}

function indikatorFigures(node: Indikator, model: SheetModel, grid: Grid | undefined): RowFigures {
  const read = figureReader(node, model, grid);
  return {
    kind: "indikator",
    name: node.name,
    persen: node.persen,
    target: node.target.map((v, i) => read(v, TARGET[i])),
    realisasi: read(node.realisasi, "realisasiKinerja"),
    capaian: read(node.capaian, "capaianKinerja"),
  };
}

/**
 * What the engine read in one row (1-based) of a recognised sheet: the budget node and the indikator that start on
 * it (a Pengukuran Kinerja row may hold both, kinerja on the left and anggaran on the right), as read, so the web
 * page can show why a finding was raised without Excel. Budget rows of either family, each with its own form's
 * columns: an Evaluasi Renja row has no anggaran kas or capaian, but a realisasi per triwulan.
 */
export function rowFigures(model: SheetModel, grid: Grid | undefined, row: number): RowFigures[] {
  const row0 = row - 1;
  const found: RowFigures[] = [];
  if (isPengukuranKinerja(model)) {
    for (const tujuan of model.tujuan) {
      for (const sasaran of tujuan.sasaran) {
        for (const indikator of sasaran.indikator) {
          if (indikator.row === row0) found.push(indikatorFigures(indikator, model, grid));
        }
      }
    }
  }
  for (const { node } of budgetNodes(model)) {
    if (node.row !== row0) continue;
    found.push(
      isPengukuranKinerja(model) ? budgetFigures(node, model, grid) : erBudgetFigures(node as ErNodeBase, model, grid),
    );
  }
  return found;
}
