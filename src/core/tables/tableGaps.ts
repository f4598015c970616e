import Decimal from "decimal.js";
import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";

/** Why a table cell is left empty (the message key of its finding: `table-cell-empty.<reason>`). */
export type GapReason =
  | "data-pendukung"
  | "source-target"
  | "source-realisasi"
  | "source-both"
  /** Target, realisasi or both written on the source sheet but unreadable as numbers (a finding says why). */
  | "source-unreadable-target"
  | "source-unreadable-realisasi"
  | "source-unreadable-both"
  /** An Evaluasi Renja sheet's own Renstra column (6, 7, 14) is empty for the indikator. */
  | "source-renstra"
  /** Target and realisasi are values on an ordered scale (`BB`, `WTP`): no percentage is made of them. */
  | "kualitatif"
  | "unnamed"
  /** The source names no tujuan (an Evaluasi Renja form exported without its Tujuan PD column). */
  | "no-tujuan"
  /** Nor any sasaran (a form without Tujuan PD and Sasaran PD rows): the programs start the table. */
  | "no-tujuan-sasaran"
  | "no-program"
  | "no-pagu"
  | "no-realisasi"
  /** A program's pagu or realisasi is on the sheet but could not be read (a finding says why): no sum is made. */
  | "unreadable-pagu"
  | "unreadable-realisasi"
  | "pagu-zero"
  | "capaian-anggaran-zero"
  | "capaian-kinerja"
  | "efisiensi-pmk"
  | "total-anggaran"
  | "rencana-tindak-lanjut"
  | "sumber-dana";

/** A table cell left empty, why, and where the officer can fill what is missing. */
export interface TableGap {
  /** `3.2` */
  tabel: string;
  /** The column of the table: `Target 2021`. */
  kolom: string;
  /** What the row is about: an indikator's, program's or sasaran's name. */
  subject: string;
  reason: GapReason;
  /** The Data Pendukung column to fill (reason `data-pendukung`), as its header says. */
  kolomDp?: string;
  /** The total used instead (reason `total-anggaran`). */
  total?: Decimal;
  /** The cell to fill or fix. */
  fix: { sheet: string; cell: string };
  /** Gaps with the same key make one finding (one per Data Pendukung column, not one per indikator). */
  key: string;
}

/** Names a table-cell-empty finding lists before saying how many more. */
const SUBJECTS_NAMED = 5;

/** One `table-cell-empty` finding per key: the tables, the column, the rows concerned, and what to fill. */
export function gapFindings(gaps: TableGap[]): Finding[] {
  const groups = new Map<string, TableGap[]>();
  for (const g of gaps) {
    const list = groups.get(g.key) ?? [];
    list.push(g);
    groups.set(g.key, list);
  }
  return [...groups.values()].map((list) => {
    const first = list[0];
    const subjects = unique(list.map((g) => `"${g.subject}"`));
    const params = {
      tabel: unique(list.map((g) => g.tabel)).join(", "),
      kolom: unique(list.map((g) => g.kolom)).join(" / "),
      // A few names and how many more: the whole list of a large office made one finding pages long in print.
      subjek: subjects.slice(0, SUBJECTS_NAMED).join(", "),
      lainnya: Math.max(0, subjects.length - SUBJECTS_NAMED),
      sheet: first.fix.sheet,
      cell: first.fix.cell,
    };
    const base = { rule: "table-cell-empty" as const, sheet: first.fix.sheet, cell: first.fix.cell };
    switch (first.reason) {
      case "data-pendukung":
        return makeFinding({
          ...base,
          key: "table-cell-empty.data-pendukung",
          params: { ...params, kolomDp: first.kolomDp ?? "" },
        });
      case "total-anggaran":
        return makeFinding({
          ...base,
          key: "table-cell-empty.total-anggaran",
          params: { ...params, total: first.total ?? 0 },
        });
      default:
        return makeFinding({ ...base, key: `table-cell-empty.${first.reason}`, params });
    }
  });
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
