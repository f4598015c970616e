import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { MessageKey } from "../../model/messages/params";
import { SheetModel } from "../../model/sheetModel";
import Decimal from "decimal.js";
import { BudgetNode } from "../../model/types";
import { ErNode } from "../../model/evaluasiRenja";
import {
  budgetNodes,
  cellIn,
  headerCell,
  list,
  num,
  realisasiTriwulanOf,
  sheetName,
  shownDecimals,
  statedReportQuarter,
  triwulanOf,
} from "../modelAccess";
import { TRIWULAN_KEYS } from "./parentVsChildren";

/**
 * triwulan-source (info): where the report's triwulan came from when the title does not state it plainly. Neither
 * the title nor the sheet's name says it (`.unstated`: read as the year's end; `.capaian`: the targets the sheet's
 * capaian follow from; `.realisasi`: the last quarter holding realisasi, when before TW IV), or the sheet's name
 * states another than the title (`.conflict`: the title's is read; `.conflict-lembar`, raised to a warning: the name's
 * is read, the stated capaian being measured against its targets). Said at the title's first cell (A1), or the
 * header's when the table has no title. And, raised to a warning, realisasi written after the report's quarter on an
 * Evaluasi Renja form (`.later-quarter`, at its first cell).
 */
export function triwulanSource(model: SheetModel): Finding[] {
  const lembar = sheetName(model);
  const headerTop = Array.isArray(model.headerRows) ? model.headerRows[0] : 0;
  const cell = headerTop > 0 ? "A1" : headerCell(model);
  const finding = (key: MessageKey, params: Record<string, string | number>, raised = false) =>
    makeFinding({ rule: "triwulan-source", sheet: lembar, cell, key, params: { lembar, ...params }, raised });
  const triwulan = triwulanOf(model);
  // Said where recognition looked and found none (a model made by hand may not say where its period came from).
  if (triwulan === null) return model.triwulanFrom === null ? [finding("triwulan-source.unstated", {})] : [];
  const later = laterQuarter(model, triwulan);
  return later ? [...periodSource(model, triwulan, finding), later] : periodSource(model, triwulan, finding);
}

function periodSource(
  model: SheetModel,
  triwulan: number,
  finding: (key: MessageKey, params: Record<string, string | number>, raised?: boolean) => Finding,
): Finding[] {
  switch (model.triwulanFrom) {
    case "capaian":
      return [finding("triwulan-source.capaian", { triwulan })];
    case "realisasi":
      // Realisasi through TW IV is the year-end form an untitled one is read as anyway: nothing to say.
      return triwulan === 4 ? [] : [finding("triwulan-source.realisasi", { triwulan })];
    case "lembar": {
      const judul = model.triwulanJudul;
      return typeof judul === "number"
        ? [finding("triwulan-source.conflict-lembar", { triwulan, triwulanJudul: judul }, true)]
        : [];
    }
    case "judul": {
      const named = model.triwulanLembar;
      return typeof named === "number" && named !== triwulan
        ? [finding("triwulan-source.conflict", { triwulan, triwulanLembar: named })]
        : [];
    }
    default:
      return [];
  }
}

/** A figure written after the report's quarter: Rp of a row, else K of one of its indikator. */
interface LaterFigure {
  cell: string;
  q: number;
  value: Decimal;
  /** The K figure of an indikator: how it is shown. */
  kinerja?: { desimal: number; persen: boolean };
}

/**
 * An Evaluasi Renja form whose title (or sheet name) says the report's quarter, with realisasi written in a later
 * quarter's column (a TW III figure typed under TW IV, or a TW IV sheet whose title still says TW III): Rp of a row,
 * else K of one of its indikator. No rule reads those cells for the report, so it is said once, at the first such
 * cell, with how many rows more have one. Zero and a dash are no realisasi.
 */
function laterQuarter(model: SheetModel, triwulan: number): Finding | null {
  if (statedReportQuarter(model) !== triwulan) return null;
  let first: LaterFigure | null = null;
  let rows = 0;
  for (const { node } of budgetNodes(model)) {
    const found = laterRupiah(model, node, triwulan) ?? laterKinerja(node as ErNode, triwulan);
    if (found === null) continue;
    rows++;
    first ??= found;
  }
  if (first === null) return null;
  const common = {
    rule: "triwulan-source" as const,
    sheet: sheetName(model),
    cell: first.cell,
    actual: first.value,
    raised: true,
  };
  const at = { cell: first.cell, triwulan, triwulanIsi: first.q + 1 };
  if (first.kinerja) {
    const params = { ...at, nilai: first.value, ...first.kinerja };
    return rows === 1
      ? makeFinding({ ...common, key: "triwulan-source.later-quarter-kinerja", params })
      : makeFinding({
          ...common,
          key: "triwulan-source.later-quarter-kinerja-many",
          params: { ...params, lain: rows - 1 },
        });
  }
  const params = { ...at, realisasi: first.value };
  return rows === 1
    ? makeFinding({ ...common, key: "triwulan-source.later-quarter", params })
    : makeFinding({ ...common, key: "triwulan-source.later-quarter-many", params: { ...params, lain: rows - 1 } });
}

function laterRupiah(model: SheetModel, node: BudgetNode, triwulan: number): LaterFigure | null {
  for (let q = triwulan; q < 4; q++) {
    const figure = realisasiTriwulanOf(node, q);
    const value = num(figure);
    if (value === null || value.isZero()) continue;
    const cell = cellIn(model, node.row, TRIWULAN_KEYS[q], figure);
    if (cell !== null) return { cell, q, value };
  }
  return null;
}

function laterKinerja(node: ErNode, triwulan: number): LaterFigure | null {
  for (const ind of list(node.indikator)) {
    if (!ind || typeof ind !== "object") continue;
    const quarters = list(ind.realisasiTriwulan);
    for (let q = triwulan; q < 4; q++) {
      const figure = quarters[q] ?? null;
      const value = num(figure);
      if (figure === null || value === null || value.isZero() || typeof figure.cell !== "string") continue;
      return { cell: figure.cell, q, value, kinerja: { desimal: shownDecimals(figure), persen: ind.persen === true } };
    }
  }
  return null;
}
